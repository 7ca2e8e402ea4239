package mamori.entrustment;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Reason;

/**
 * What an entrustment covers: purposes, fields with the masking each is shown at ({@link Mask#NONE}
 * or {@link Mask#PARTIAL}; a field not listed is not shown at all), persons, the period (both days
 * included, Asia/Tokyo), a daily volume cap and the allowed actions (those {@link
 * Action#entrustable}).
 */
public record Scope(
    Set<String> purposes,
    Map<Field, Mask> fields,
    PersonSet persons,
    LocalDate from,
    LocalDate to,
    long dailyCap,
    Set<Action> actions) {

  public Scope {
    if (purposes.isEmpty() || fields.isEmpty() || actions.isEmpty()) {
      throw new IllegalArgumentException(
          "a scope names at least one purpose, one field and one action");
    }
    purposes.forEach(p -> Organisation.checkId(p, "a purpose id"));
    purposes = Collections.unmodifiableSet(new TreeSet<>(purposes));
    if (fields.containsValue(Mask.FULL)) {
      throw new IllegalArgumentException(
          "a scope shows a field at NONE or PARTIAL masking; leave hidden fields out");
    }
    fields = Collections.unmodifiableMap(new EnumMap<>(fields));
    Objects.requireNonNull(persons, "persons");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a scope's period ends on or after the day it starts");
    }
    if (dailyCap < 1) {
      throw new IllegalArgumentException("a daily volume cap is at least 1");
    }
    if (!actions.stream().allMatch(Action::entrustable)) {
      throw new IllegalArgumentException("a scope allows read, enter, verify, print or package");
    }
    actions = Collections.unmodifiableSet(EnumSet.copyOf(actions));
  }

  /**
   * Whether this scope shows a field of the two most sensitive classes (the My Number, the bank
   * account) in the clear. Such a grant needs a second person, the tenant's security officer, even
   * as a first entrustment.
   */
  public boolean needsSecondPerson() {
    return fields.entrySet().stream()
        .anyMatch(f ->
            f.getValue() == Mask.NONE
                && f.getKey().sensitivity().compareTo(Field.Sensitivity.FINANCIAL) >= 0);
  }

  /**
   * The reason code when this scope is wider than {@code parent}'s in any way, empty when it lies
   * within: {@code scope.purposes}, {@code scope.fields} (a field the parent does not show, or
   * shown less masked), {@code scope.actions}, {@code scope.period}, {@code scope.cap}, {@code
   * scope.persons}.
   */
  public Optional<Reason> widerThan(Scope parent) {
    if (!parent.purposes.containsAll(purposes)) {
      return Optional.of(Reason.SCOPE_PURPOSES);
    }
    for (Map.Entry<Field, Mask> f : fields.entrySet()) {
      Mask given = parent.fields.get(f.getKey());
      if (given == null || (given == Mask.PARTIAL && f.getValue() == Mask.NONE)) {
        return Optional.of(Reason.SCOPE_FIELDS);
      }
    }
    if (!parent.actions.containsAll(actions)) {
      return Optional.of(Reason.SCOPE_ACTIONS);
    }
    if (from.isBefore(parent.from) || to.isAfter(parent.to)) {
      return Optional.of(Reason.SCOPE_PERIOD);
    }
    if (dailyCap > parent.dailyCap) {
      return Optional.of(Reason.SCOPE_CAP);
    }
    if (!persons.within(parent.persons)) {
      return Optional.of(Reason.SCOPE_PERSONS);
    }
    return Optional.empty();
  }
}
