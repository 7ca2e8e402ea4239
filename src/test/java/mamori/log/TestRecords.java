package mamori.log;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Field;
import mamori.core.OrganisationId;
import mamori.core.Outcome;
import mamori.core.PersonToken;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import org.jspecify.annotations.Nullable;

/**
 * Access records for tests of the log and its readers, made as the service makes them: from an
 * attempt.
 */
public final class TestRecords {
  /** The tenant of the attempts; a record does not hold it (each tenant has its own log). */
  public static final TenantId TENANT = new TenantId("demo-city");

  private TestRecords() {}

  /**
   * The attempt of {@code user} of {@code organisation} on the person {@code token} (none when
   * null).
   */
  public static Attempt attempt(
      String user,
      String organisation,
      List<String> chain,
      Why why,
      Action action,
      @Nullable String token,
      Set<Field> fields,
      Instant when) {
    return new Attempt(
        new Who(new UserId(user), new OrganisationId(organisation), TENANT),
        chain,
        why,
        action,
        Optional.ofNullable(token).map(PersonToken::new),
        fields,
        when);
  }

  /** A read of {@code fields} of the person {@code token}, allowed. */
  public static AccessRecord read(
      String user,
      String organisation,
      List<String> chain,
      Why why,
      String token,
      Set<Field> fields,
      Instant when) {
    return AccessRecord.of(
        attempt(user, organisation, chain, why, Action.READ, token, fields, when),
        Outcome.allowed());
  }
}
