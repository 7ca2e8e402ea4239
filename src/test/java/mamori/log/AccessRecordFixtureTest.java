package mamori.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.Test;

/**
 * Records written by version 1 of the codec before the access words were types
 * (access-records-v1.txt) still decode, read back as the typed words they were written from, encode
 * to the same bytes, and are what {@link AccessRecord#of(Attempt, Outcome)} makes of the same
 * attempt and outcome today.
 */
class AccessRecordFixtureTest {
  static final Instant T = Instant.parse("2026-04-01T09:15:30.123Z");
  static final TenantId CITY = new TenantId("demo-city");
  static final List<String> CHAIN = List.of("ent-k7m2-p4qx-a9rt", "ent-b3cd-e5fg-h6jk");
  static final Optional<PersonToken> PERSON = Optional.of(new PersonToken("KX4M-Q7RD-2HPA-93TC"));

  /** One fixture record: what it was written from, and its salt (bytes start, start + 1, ...). */
  record Written(Attempt attempt, Outcome outcome, int saltStart, int saltLength) {
    byte[] salt() {
      byte[] s = new byte[saltLength];
      for (int i = 0; i < saltLength; i++) {
        s[i] = (byte) (saltStart + i);
      }
      return s;
    }
  }

  static Who who(String user, String organisation) {
    return new Who(new UserId(user), new OrganisationId(organisation), CITY);
  }

  static final Map<String, Written> WRITTEN =
      Map.ofEntries(
          Map.entry(
              "allow-read-chain-of-two",
              new Written(
                  new Attempt(
                      who("sub-op", "sub-co"),
                      CHAIN,
                      new Why("resident-tax", "R8-2026-0001"),
                      Action.READ,
                      PERSON,
                      EnumSet.of(Field.ADDRESS, Field.FAMILY_NAME, Field.GIVEN_NAME),
                      T),
                  Outcome.allowed(),
                  0,
                  16)),
          Map.entry(
              "deny-chain-not-approved",
              new Written(
                  new Attempt(
                      who("sub-op", "sub-co"),
                      CHAIN,
                      new Why("resident-tax", "R8-2026-0002"),
                      Action.READ,
                      PERSON,
                      EnumSet.of(Field.FAMILY_NAME, Field.MY_NUMBER),
                      T.plusMillis(1)),
                  Outcome.denied(Reason.CHAIN_NOT_APPROVED),
                  16,
                  16)),
          Map.entry(
              "allow-list-no-person",
              new Written(
                  new Attempt(
                      who("entry-op", "entry-co"),
                      CHAIN.subList(0, 1),
                      new Why("resident-tax", "R8-2026-0003"),
                      Action.LIST,
                      Optional.empty(),
                      EnumSet.of(Field.FAMILY_NAME, Field.GIVEN_NAME),
                      T.plusMillis(2)),
                  Outcome.allowed(),
                  32,
                  16)),
          Map.entry(
              "deny-find-not-controller",
              new Written(
                  new Attempt(
                      who("entry-op", "entry-co"),
                      List.of(),
                      new Why("resident-tax", "R8-2026-0004"),
                      Action.FIND,
                      Optional.empty(),
                      Set.of(),
                      T.plusMillis(3)),
                  Outcome.denied(Reason.ORGANISATION_NOT_CONTROLLER),
                  48,
                  16)),
          Map.entry(
              "admin-entrustment-approve",
              new Written(
                  Attempt.withoutPerson(
                      who("city-officer", "demo-city"),
                      CHAIN,
                      Why.NONE,
                      Action.ENTRUSTMENT_APPROVE,
                      T.plusMillis(4)),
                  Outcome.allowed(),
                  64,
                  16)),
          Map.entry(
              "admin-denied-not-root-officer",
              new Written(
                  Attempt.withoutPerson(
                      who("entry-admin", "entry-co"),
                      CHAIN.subList(1, 2),
                      Why.NONE,
                      Action.ENTRUSTMENT_APPROVE,
                      T.plusMillis(5)),
                  Outcome.denied(Reason.APPROVAL_NOT_ROOT_OFFICER),
                  80,
                  16)),
          Map.entry(
              "resident-history",
              new Written(
                  new Attempt(
                      new Who(new UserId("r-3k9x7m2p4q"), new OrganisationId("resident"), CITY),
                      List.of(),
                      Why.NONE,
                      Action.HISTORY,
                      PERSON,
                      Set.of(),
                      T.plusMillis(6)),
                  Outcome.allowed(),
                  96,
                  32)),
          Map.entry(
              "signin",
              new Written(
                  Attempt.withoutPerson(
                      who("city-staff", "demo-city"),
                      List.of(),
                      Why.NONE,
                      Action.SIGNIN,
                      T.plusMillis(7)),
                  Outcome.allowed(),
                  128,
                  16)),
          Map.entry(
              "user-change-case-target",
              new Written(
                  Attempt.withoutPerson(
                      who("city-officer", "demo-city"),
                      List.of(),
                      new Why("", "city-staff"),
                      Action.USER_RESET_FACTOR,
                      T.plusMillis(8)),
                  Outcome.allowed(),
                  144,
                  16)),
          Map.entry(
              "register-cli-operator",
              new Written(
                  new Attempt(
                      new Who(UserId.commandLine("root"), new OrganisationId("demo-city"), CITY),
                      List.of(),
                      new Why("resident-register", "import-2026-04"),
                      Action.REGISTER,
                      PERSON,
                      EnumSet.allOf(Field.class),
                      T.plusMillis(9)),
                  Outcome.allowed(),
                  160,
                  64)),
          Map.entry(
              "staff-erase",
              new Written(
                  new Attempt(
                      who("city-staff", "demo-city"),
                      List.of(),
                      new Why("住民税", "案件-2026"),
                      Action.ERASE,
                      PERSON,
                      EnumSet.of(Field.MY_NUMBER),
                      T.plusMillis(10)),
                  Outcome.allowed(),
                  224,
                  16)));

  static Map<String, byte[]> fixture() throws IOException {
    Map<String, byte[]> records = new LinkedHashMap<>();
    try (InputStream in =
        AccessRecordFixtureTest.class.getResourceAsStream("access-records-v1.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] parts = line.strip().split(" ");
          records.put(parts[0], HexFormat.of().parseHex(parts[1]));
        }
      }
    }
    return records;
  }

  @Test
  void everyRecord_decodesAndEncodesToTheSameBytes() throws IOException {
    Map<String, byte[]> records = fixture();
    assertThat(records).hasSize(11);
    records.forEach((name, bytes) ->
        assertThat(AccessRecordCodec.encode(AccessRecordCodec.decode(bytes)))
            .as(name)
            .isEqualTo(bytes));
  }

  @Test
  void theFactory_makesTheSameBytesFromTheTypedAttemptAndOutcome() throws IOException {
    Map<String, byte[]> records = fixture();
    assertThat(records.keySet()).isEqualTo(WRITTEN.keySet());
    records.forEach((name, bytes) -> {
      Written w = WRITTEN.get(name);
      assertThat(AccessRecordCodec.encode(AccessRecord.of(w.attempt(), w.outcome(), w.salt())))
          .as(name)
          .isEqualTo(bytes);
    });
  }

  @Test
  void theTypedView_readsBackTheWordsTheRecordWasWrittenFrom() throws IOException {
    fixture()
        .forEach((name, bytes) -> {
          AccessRecord r = AccessRecordCodec.decode(bytes);
          Written w = WRITTEN.get(name);
          assertThat(r.knownAction()).as(name).contains(w.attempt().action());
          assertThat(r.why()).as(name).contains(w.attempt().why());
          assertThat(r.person()).as(name).isEqualTo(w.attempt().person());
          assertThat(r.actor()).as(name).isEqualTo(w.attempt().who().user().value());
          assertThat(r.organisation()).as(name).isEqualTo(w.attempt().who().organisation().value());
          assertThat(r.chain()).as(name).isEqualTo(w.attempt().chain());
          assertThat(r.fields())
              .as(name)
              .isEqualTo(w.attempt().fields().stream().map(Field::column).sorted().toList());
          assertThat(r.time()).as(name).isEqualTo(w.attempt().when());
          assertThat(r.allowed()).as(name).isEqualTo(w.outcome().isAllowed());
          assertThat(r.reason())
              .as(name)
              .isEqualTo(
                  w.outcome() instanceof Outcome.Denied d
                      ? Optional.of(d.reason())
                      : Optional.empty());
        });
  }

  @Test
  void theDecision_isAllowOrDenyWithTheReasonCode() throws IOException {
    Map<String, byte[]> records = fixture();
    assertThat(AccessRecordCodec.decode(records.get("deny-chain-not-approved")).decision())
        .isEqualTo("deny:chain.not-approved");
    assertThat(AccessRecordCodec.decode(records.get("admin-denied-not-root-officer")).decision())
        .isEqualTo("deny:approval.not-root-officer");
    assertThat(AccessRecordCodec.decode(records.get("signin")).decision()).isEqualTo("allow");
    assertThat(AccessRecordCodec.decode(records.get("allow-list-no-person")).personToken())
        .isEmpty();
  }

  @Test
  void aCodeThisVersionDoesNotKnow_readsAsEmpty_andTheRecordStillRoundTrips() {
    AccessRecord later =
        new AccessRecord(
            "u-1",
            "entry-co",
            List.of(),
            "resident-tax",
            "c",
            "work.split",
            "",
            List.of(),
            "deny:quota.exceeded",
            T,
            new byte[16]);
    AccessRecord back = AccessRecordCodec.decode(AccessRecordCodec.encode(later));
    assertThat(back.knownAction()).isEmpty();
    assertThat(back.reason()).isEmpty();
    assertThat(back.allowed()).isFalse();
    assertThat(back).isEqualTo(later);
  }
}
