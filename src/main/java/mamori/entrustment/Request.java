package mamori.entrustment;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import mamori.vault.Field;

/**
 * An access to decide: who acts (user, organisation, role), why (purpose, case), what they do to which
 * fields of a person, and when.
 *
 * @param user the acting user's id
 * @param organisation the user's organisation
 * @param role the user's role there
 * @param purpose the purpose (事務) id named for the access
 * @param caseRef the case
 * @param action what is done
 * @param personIn whether the person is in a person set (a segment, a job); {@link PersonSet.All} holds
 *     everyone whatever it answers
 * @param fields the fields asked, at least one
 * @param time when the access happens; its Asia/Tokyo date is the day of the period and the volume
 */
public record Request(String user, String organisation, Role role, String purpose, String caseRef, Action action,
    Predicate<PersonSet> personIn, Set<Field> fields, Instant time) {
  public Request {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(caseRef, "caseRef");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(personIn, "personIn");
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("an access asks for at least one field");
    }
    fields = Set.copyOf(fields);
    Objects.requireNonNull(time, "time");
  }
}
