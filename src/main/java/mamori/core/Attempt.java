package mamori.core;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One access as it is attempted: who acts, through which chain of entrustments, why, what they do,
 * to which person's which fields, and when. With its {@link Outcome} it is what the log records
 * (the log module's {@code AccessRecord.of(Attempt, Outcome)}).
 *
 * @param who the user, organisation and tenant
 * @param chain the entrustment ids from the tenant's first entrustment down to the organisation;
 *     empty for the tenant's own staff, and for most denials and administrative actions
 * @param why the purpose and case
 * @param action what is done
 * @param person the person the access concerns, empty when it concerns none (a listing, a sign-in)
 * @param fields the fields touched
 * @param when when it happens (the log keeps it to the millisecond)
 */
public record Attempt(
    Who who,
    List<String> chain,
    Why why,
    Action action,
    Optional<PersonToken> person,
    Set<Field> fields,
    Instant when) {

  public Attempt {
    Objects.requireNonNull(who, "who");
    chain = List.copyOf(chain);
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(person, "person");
    fields = fields.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(fields));
    Objects.requireNonNull(when, "when");
  }

  /** An attempt on no person and no field: a sign-in, an administrative action. */
  public static Attempt withoutPerson(
      Who who, List<String> chain, Why why, Action action, Instant when) {
    return new Attempt(who, chain, why, action, Optional.empty(), Set.of(), when);
  }
}
