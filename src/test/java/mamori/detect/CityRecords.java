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

/** Access records for rule tests, made as the service makes them (AccessRecord.of). */
final class CityRecords {
  static final TenantId TENANT = new TenantId("t-city");
  static final Instant NOON = Instant.parse("2026-12-07T03:00:00Z"); // Monday 12:00 in Tokyo

  private CityRecords() {}

  /** A record builder with a contractor operator reading one person's name at noon, allowed. */
  static final class R {
    String actor = "op-1";
    String organisation = "o-contractor";
    List<String> chain = List.of("e-1");
    String purpose = "juminzei";
    String caseRef = "c-1";
    Action action = Action.READ;
    String person = "tok-1";
    Set<Field> fields = Set.of(Field.FAMILY_NAME);
    Reason denied = null;
    Instant when = NOON;

    R actor(String v) {
      actor = v;
      return this;
    }

    R organisation(String v) {
      organisation = v;
      return this;
    }

    R chain(String... v) {
      chain = List.of(v);
      return this;
    }

    R purpose(String v) {
      purpose = v;
      return this;
    }

    R caseRef(String v) {
      caseRef = v;
      return this;
    }

    R action(Action v) {
      action = v;
      return this;
    }

    R person(String v) {
      person = v;
      return this;
    }

    R fields(Field... v) {
      fields = Set.of(v);
      return this;
    }

    R denied(Reason v) {
      denied = v;
      return this;
    }

    R at(Instant v) {
      when = v;
      return this;
    }

    R at(String iso) {
      when = Instant.parse(iso);
      return this;
    }

    AccessRecord record() {
      Attempt a =
          new Attempt(
              new Who(new UserId(actor), new OrganisationId(organisation), TENANT),
              chain,
              new Why(purpose, caseRef),
              action,
              person.isEmpty() ? Optional.empty() : Optional.of(new PersonToken(person)),
              fields,
              when);
      return AccessRecord.of(a, denied == null ? Outcome.allowed() : Outcome.denied(denied));
    }

    Seen seen(long index) {
      return new Seen(TENANT, index, record(), false);
    }
  }

  static R r() {
    return new R();
  }

  static final RuleSettings NO_SETTINGS = name -> Optional.empty();

  /** The one rule of {@code yaml} with the given id (prefixed). */
  static Rule rule(String yaml, String id) {
    return RuleFile.compile(yaml).stream()
        .filter(x -> x.id().equals(RuleFile.PREFIX + id))
        .findFirst()
        .orElseThrow();
  }

  /** A detection rule file of one rule with {@code detection} (indented two spaces). */
  static String detection(String detection) {
    return """
    title: Test rule
    id: t
    level: high
    logsource:
      product: mamori
      service: access
    detection:
    """
        + detection.indent(2);
  }

  static boolean matches(String detection, R record) {
    return !rule(detection(detection), "t").test(record.seen(1), NO_SETTINGS).isEmpty();
  }
}
