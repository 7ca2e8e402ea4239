package mamori.entrustment;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.UserId;
import mamori.core.Why;

/**
 * An access to decide: who acts (user, organisation, role), why (purpose, case), what they do to
 * which fields of a person, and when.
 *
 * @param user the acting user
 * @param organisation the user's organisation
 * @param role the user's role there
 * @param why the purpose (事務) named for the access, and the case
 * @param action what is done, as an entrustment allows it ({@link Action#entrustable})
 * @param personIn whether the person is in a person set (a tag, a list, a job), asked for each link
 *     whose set is not {@link PersonSet.All} (which holds everyone whatever it answers); a decision
 *     on no person (a listing, which shows only the set's members) answers true
 * @param fields the fields asked, at least one; none for desk work ({@link Action#ENTER} or {@link
 *     Action#VERIFY}) on a part of a form that holds no person field (a payer's name, an amount)
 * @param time when the access happens; its Asia/Tokyo date is the day of the period and the volume
 */
public record Request(
    UserId user,
    OrganisationId organisation,
    Role role,
    Why why,
    Action action,
    Predicate<PersonSet> personIn,
    Set<Field> fields,
    Instant time) {
  public Request {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(why, "why");
    if (!action.entrustable()) {
      throw new IllegalArgumentException(
          "an entrustment allows read, enter, verify, print or package, not " + action.code());
    }
    Objects.requireNonNull(personIn, "personIn");
    if (fields.isEmpty() && action != Action.ENTER && action != Action.VERIFY) {
      throw new IllegalArgumentException("an access asks for at least one field");
    }
    fields = Set.copyOf(fields);
    Objects.requireNonNull(time, "time");
  }
}
