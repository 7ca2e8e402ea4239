package mamori.detect;

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
import mamori.core.Reason;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.log.AccessRecord;

/**
 * Unlike access records, differing in every field a rule can name: a rule that matches all of them
 * would match everything, and is refused at load. Two are as a tenant's own staff and a contractor
 * act; the third holds the short and odd values a careless pattern might still match.
 */
final class Probes {
  private Probes() {}

  static final List<AccessRecord> RECORDS =
      List.of(
          probe(
              "u-probe-a",
              "t-probe",
              List.of(),
              new Why("probe-purpose", "probe-case"),
              Action.READ,
              Optional.empty(),
              Set.of(),
              Outcome.allowed(),
              Instant.parse("2026-01-05T03:00:00Z")), // Monday 12:00 in Tokyo
          probe(
              "z9",
              "org-z",
              List.of("e-1", "e-2"),
              new Why("tax", "R8"),
              Action.ENTRUSTMENT_APPROVE,
              Optional.of(new PersonToken("TOKEN")),
              Set.of(Field.ADDRESS, Field.FAMILY_NAME),
              Outcome.denied(Reason.CHAIN_NOT_APPROVED),
              Instant.parse("2031-07-20T14:59:59Z")), // Sunday 23:59 in Tokyo
          probe(
              "x",
              "o",
              List.of("q"),
              new Why("p", "c"),
              Action.PRINT,
              Optional.of(new PersonToken("t")),
              Set.of(Field.MY_NUMBER),
              Outcome.denied(Reason.PERSON_NOT_FOUND),
              Instant.parse("2029-11-14T19:30:00Z"))); // Thursday 04:30 in Tokyo

  /** A probe record, made from typed words as every record is. */
  private static AccessRecord probe(
      String actor,
      String organisation,
      List<String> chain,
      Why why,
      Action action,
      Optional<PersonToken> person,
      Set<Field> fields,
      Outcome outcome,
      Instant when) {
    return AccessRecord.of(
        new Attempt(
            new Who(new UserId(actor), new OrganisationId(organisation), new TenantId("t-probe")),
            chain,
            why,
            action,
            person,
            fields,
            when),
        outcome);
  }
}
