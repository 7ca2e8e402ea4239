package mamori.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.crypto.AgencyToken;
import mamori.crypto.KeyException;
import mamori.crypto.PersonKey;
import mamori.log.AccessRecord;
import mamori.log.LogUnavailableException;
import mamori.log.LogVerifier;
import mamori.number.InsecureNumberAccess;
import mamori.store.TestStores;
import mamori.vault.BulkErasure.Item;
import mamori.vault.BulkErasure.Result;
import mamori.vault.BulkErasure.What;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A retention run's erasures ({@link Vault#eraseAll}), whole and number only, on SQLite and on
 * PostgreSQL.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class VaultEraseAllTest extends VaultTestBase {
  /** A document whose payee number field and a remark holding a number go; the rest stays. */
  static final byte[] SLIP =
      ("{\"payee_number\":\"1234 5678 9018\",\"payee_address\":\"兵庫県尼崎市東七松町1丁目23-1\","
              + "\"payment_amount\":\"3200000\",\"remark\":\"番号１２３４５６７８９０１８あり\","
              + "\"lines\":[\"a\",\"123456789018\"]}")
          .getBytes(StandardCharsets.UTF_8);

  static final String SLIP_WITHOUT_NUMBERS =
      "{\"payee_address\":\"兵庫県尼崎市東七松町1丁目23-1\",\"payment_amount\":\"3200000\",\"lines\":[\"a\"]}";

  private static Map<Field, Mask> all(Mask mask) {
    Map<Field, Mask> m = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      m.put(f, mask);
    }
    return m;
  }

  private long id(AgencyToken t) {
    return vault.personId(TENANT, t);
  }

  private Map<String, Object> row(AgencyToken t) {
    return store
        .jdbc()
        .sql(
            "SELECT data_key, fields, number_index, name_index, fingerprint, version, erased_at,"
                + " number_erased_at FROM person WHERE tenant_id = ? AND token = ?")
        .params(TENANT, t.value())
        .query()
        .singleRow();
  }

  private long count(String sql) {
    return store.jdbc().sql(sql).query(Long.class).single();
  }

  @Test
  void
      wholeErasure_erasesEachPersonOfTheBatch_logsOneRecordEach_andAnUnknownIdIsReportedNotLogged() {
    List<PersonData> batch = TestPersons.generate(20, 101);
    List<AgencyToken> tokens = register(batch);
    vault.register(TENANT, CLERK, List.of(TestPersons.withAddress(batch.get(0), "東京都新宿区1-1")));
    vault.attachDocument(TENANT, tokens.get(1), 5, "job-1", "withholding-slip", SLIP, () -> {});
    vault.sets().tag(TENANT, CLERK, tokens.get(0), new mamori.core.PersonTag("ward-kita"));
    vault.sets().tag(TENANT, CLERK, tokens.get(2), new mamori.core.PersonTag("ward-kita"));
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      items.add(new Item(id(tokens.get(i)), What.WHOLE));
    }
    items.add(new Item(42, What.WHOLE));
    long before = logSize();

    BulkErasure.Outcome outcome = vault.eraseAll(TENANT, items, CLERK);

    assertThat(outcome.count(Result.ERASED)).isEqualTo(5);
    assertThat(outcome.byPerson()).containsEntry(42L, Result.UNKNOWN);
    assertThat(logSize()).isEqualTo(before + 5);
    for (int i = 0; i < 5; i++) {
      AccessRecord r = logged(before + i);
      assertThat(r.action()).isEqualTo("erase");
      assertThat(r.personToken()).isEqualTo(tokens.get(i).value());
      assertThat(r.fields()).hasSize(Field.values().length);
      assertThat(r.toString())
          .doesNotContain(batch.get(i).myNumber().digits(InsecureNumberAccess.get()));
      AgencyToken t = tokens.get(i);
      assertThatThrownBy(() -> vault.reveal(TENANT, t, all(Mask.NONE), CLERK))
          .isInstanceOf(VaultException.class)
          .extracting(e -> ((VaultException) e).reason())
          .isEqualTo(VaultException.Reason.ERASED);
      assertThat(vault.findByNumber(TENANT, batch.get(i).myNumber())).isEmpty();
    }
    assertThat(vault.count(TENANT)).isEqualTo(15);
    assertThat(
            count(
                "SELECT COUNT(*) FROM person WHERE data_key IS NOT NULL OR fields IS NOT NULL OR"
                    + " number_index IS NOT NULL OR name_index IS NOT NULL OR fingerprint IS NOT NULL"))
        .isEqualTo(15);
    assertThat(count("SELECT COUNT(*) FROM person_version")).isZero();
    assertThat(count("SELECT COUNT(*) FROM person_document")).isZero();
    assertThat(count("SELECT COUNT(*) FROM person_tag")).isZero();
    assertThat(vault.reveal(TENANT, tokens.get(5), all(Mask.NONE), CLERK).get(Field.FAMILY_NAME))
        .contains(batch.get(5).familyName());
    assertThat(LogVerifier.verify(logs, TENANT, n -> {}).ok()).isTrue();
  }

  @Test
  void numberOnly_dropsTheNumberAndItsIndex_keepsEveryOtherFieldVersionAndDocumentValue() {
    List<PersonData> batch = TestPersons.generate(6, 102);
    List<AgencyToken> tokens = register(batch);
    PersonData p = batch.get(2);
    AgencyToken t = tokens.get(2);
    vault.register(TENANT, CLERK, List.of(TestPersons.withAddress(p, "東京都新宿区西新宿2丁目8-1")));
    vault.attachDocument(TENANT, t, 9, "job-1", "withholding-slip", SLIP, () -> {});
    Revealed before = vault.reveal(TENANT, t, all(Mask.NONE), CLERK);
    List<PersonVersion> historyBefore = vault.history(TENANT, t, all(Mask.NONE), CLERK);
    Map<String, Object> rowBefore = row(t);
    byte[] oldVersion =
        store.jdbc().sql("SELECT fields FROM person_version").query(byte[].class).single();
    byte[] oldDocument =
        store.jdbc().sql("SELECT fields FROM person_document").query(byte[].class).single();
    Revealed other = vault.reveal(TENANT, tokens.get(3), all(Mask.NONE), CLERK);
    long logBefore = logSize();

    BulkErasure.Outcome outcome =
        vault.eraseAll(TENANT, List.of(new Item(id(t), What.NUMBER)), CLERK);

    assertThat(outcome.byPerson()).containsExactly(Map.entry(id(t), Result.ERASED));
    assertThat(logSize()).isEqualTo(logBefore + 1);
    AccessRecord erase = logged(logBefore);
    assertThat(erase.action()).isEqualTo("erase");
    assertThat(erase.personToken()).isEqualTo(t.value());
    assertThat(erase.fields()).containsExactly("my_number");

    Map<String, Object> rowAfter = row(t);
    assertThat(rowAfter.get("number_index")).isNull();
    assertThat(rowAfter.get("fingerprint")).isNull();
    assertThat(rowAfter.get("erased_at")).isNull();
    assertThat(rowAfter.get("number_erased_at")).isNotNull();
    assertThat(rowAfter.get("name_index")).isEqualTo(rowBefore.get("name_index"));
    assertThat((byte[]) rowAfter.get("data_key")).isNotEqualTo(rowBefore.get("data_key"));
    assertThat(PersonCodec.unframe((byte[]) rowAfter.get("fields"))[Field.MY_NUMBER.ordinal()])
        .isNull();

    Revealed after = vault.reveal(TENANT, t, all(Mask.NONE), CLERK);
    assertThat(after.get(Field.MY_NUMBER)).contains(Revealed.NUMBER_ERASED);
    assertThat(after.numberErased()).isTrue();
    for (Field f : Field.values()) {
      if (f != Field.MY_NUMBER) {
        assertThat(after.get(f)).as(f.column()).isEqualTo(before.get(f));
      }
    }
    assertThat(vault.reveal(TENANT, t, all(Mask.PARTIAL), CLERK).get(Field.MY_NUMBER))
        .contains(Revealed.NUMBER_ERASED);
    assertThat(vault.reveal(TENANT, t, all(Mask.FULL), CLERK).get(Field.MY_NUMBER)).isEmpty();
    List<PersonVersion> historyAfter = vault.history(TENANT, t, all(Mask.NONE), CLERK);
    assertThat(historyAfter).hasSize(1);
    assertThat(historyAfter.getFirst().get(Field.MY_NUMBER)).contains(Revealed.NUMBER_ERASED);
    for (Field f : Field.values()) {
      if (f != Field.MY_NUMBER) {
        assertThat(historyAfter.getFirst().get(f))
            .as(f.column())
            .isEqualTo(historyBefore.getFirst().get(f));
      }
    }
    assertThat(new String(documents(t).get(9L), StandardCharsets.UTF_8))
        .isEqualTo(SLIP_WITHOUT_NUMBERS);

    // the old ciphertexts do not open under the fresh key
    PersonKey fresh = keys.personKey(TENANT, id(t), (byte[]) rowAfter.get("data_key"));
    byte[][] oldFields = PersonCodec.unframe((byte[]) rowBefore.get("fields"));
    for (Field f : Field.values()) {
      byte[] sealed = oldFields[f.ordinal()];
      assertThatThrownBy(() -> fresh.open(f.column(), sealed)).isInstanceOf(KeyException.class);
    }
    byte[] numberInVersion = PersonCodec.unframe(oldVersion)[Field.MY_NUMBER.ordinal()];
    assertThatThrownBy(() -> fresh.open("my_number", numberInVersion))
        .isInstanceOf(KeyException.class);
    assertThatThrownBy(() -> fresh.open(Vault.documentField(9), oldDocument))
        .isInstanceOf(KeyException.class);

    // not found by number; the same number registered again is a new person
    assertThat(vault.findByNumber(TENANT, p.myNumber())).isEmpty();
    assertThat(vault.findByNameAndBirthDate(TENANT, p.familyName(), p.givenName(), p.birthDate()))
        .contains(t);
    assertThat(vault.register(TENANT, CLERK, List.of(p)).imported()).isEqualTo(1);
    AgencyToken again = vault.findByNumber(TENANT, p.myNumber()).orElseThrow();
    assertThat(again).isNotEqualTo(t);
    assertThat(vault.count(TENANT)).isEqualTo(7);
    // no one else changed
    assertThat(vault.reveal(TENANT, tokens.get(3), all(Mask.NONE), CLERK).values())
        .isEqualTo(other.values());
    assertThat(LogVerifier.verify(logs, TENANT, n -> {}).ok()).isTrue();
  }

  @Test
  void aNumberErasedPerson_canStillBeErasedWhole_andAsksForTheNumberAgainAreAlready() {
    List<PersonData> batch = TestPersons.generate(3, 103);
    List<AgencyToken> tokens = register(batch);
    long a = id(tokens.get(0));
    long b = id(tokens.get(1));
    vault.eraseAll(TENANT, List.of(new Item(a, What.NUMBER), new Item(b, What.WHOLE)), CLERK);
    Map<String, Object> rowA = row(tokens.get(0));
    Map<String, Object> rowB = row(tokens.get(1));
    long logBefore = logSize();

    BulkErasure.Outcome again =
        vault.eraseAll(TENANT, List.of(new Item(a, What.NUMBER), new Item(b, What.WHOLE)), CLERK);
    assertThat(again.byPerson())
        .containsOnly(Map.entry(a, Result.ALREADY), Map.entry(b, Result.ALREADY));
    assertThat(logSize()).isEqualTo(logBefore);
    assertThat(row(tokens.get(0))).usingRecursiveComparison().isEqualTo(rowA);
    assertThat(row(tokens.get(1))).usingRecursiveComparison().isEqualTo(rowB);
    assertThat(vault.eraseAll(TENANT, List.of(new Item(b, What.NUMBER)), CLERK).byPerson())
        .containsExactly(Map.entry(b, Result.ALREADY));

    assertThat(vault.eraseAll(TENANT, List.of(new Item(a, What.WHOLE)), CLERK).byPerson())
        .containsExactly(Map.entry(a, Result.ERASED));
    assertThat(row(tokens.get(0)).get("data_key")).isNull();
    assertThat(vault.count(TENANT)).isEqualTo(1);
  }

  @Test
  void whenTheLogIsClosed_nothingIsErased() {
    List<PersonData> batch = TestPersons.generate(4, 104);
    List<AgencyToken> tokens = register(batch);
    long before = logSize();
    logs.forTenant(TENANT).close();
    assertThatThrownBy(() ->
            vault.eraseAll(
                TENANT,
                List.of(
                    new Item(id(tokens.get(0)), What.WHOLE),
                    new Item(id(tokens.get(1)), What.NUMBER)),
                CLERK))
        .isInstanceOf(LogUnavailableException.class);
    assertThat(vault.count(TENANT)).isEqualTo(4);
    assertThat(count("SELECT COUNT(*) FROM person WHERE number_index IS NULL")).isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM person WHERE erased_at IS NOT NULL OR number_erased_at IS NOT NULL"))
        .isZero();
    assertThat(logSize()).isEqualTo(before);
  }

  @Test
  void aPersonNamedTwice_isRefused_andNothingIsLoggedOrErased() {
    List<AgencyToken> tokens = register(TestPersons.generate(2, 105));
    long a = id(tokens.get(0));
    long before = logSize();
    assertThatThrownBy(() ->
            vault.eraseAll(
                TENANT, List.of(new Item(a, What.WHOLE), new Item(a, What.NUMBER)), CLERK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a person is named twice in one erasure batch");
    assertThat(logSize()).isEqualTo(before);
    assertThat(vault.count(TENANT)).isEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM person WHERE number_erased_at IS NOT NULL")).isZero();
  }

  @Test
  void aCrashBetweenTheLogAndTheStore_leavesEveryPersonWhole_andARerunCompletesIt() {
    List<PersonData> batch = TestPersons.generate(10, 106);
    List<AgencyToken> tokens = register(batch);
    vault.attachDocument(TENANT, tokens.get(1), 3, "job-1", "withholding-slip", SLIP, () -> {});
    AtomicBoolean fail = new AtomicBoolean(true);
    List<long[]> parts = new ArrayList<>();
    Vault crashing =
        new Vault(
            store.dataSource(),
            keys,
            logs,
            Clock.systemUTC(),
            List.of(
                new ErasedWithPerson() {
                  @Override
                  public void erase(String tenant, long personId) {
                    throw new AssertionError("the batch calls eraseAll");
                  }

                  @Override
                  public void eraseAll(String tenant, long[] personIds) {
                    if (fail.get()) {
                      throw new IllegalStateException("the work tables failed");
                    }
                    parts.add(personIds.clone());
                  }
                }));
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      items.add(new Item(id(tokens.get(i)), i % 2 == 0 ? What.WHOLE : What.NUMBER));
    }
    Map<Field, String> revealed1 =
        vault.reveal(TENANT, tokens.get(1), all(Mask.NONE), CLERK).values();
    long before = logSize();

    assertThatThrownBy(() -> crashing.eraseAll(TENANT, items, CLERK))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the work tables failed");
    assertThat(logSize()).isEqualTo(before + 6); // logged first: the log over-reports
    assertThat(vault.count(TENANT)).isEqualTo(10);
    for (int i = 0; i < 10; i++) {
      assertThat(vault.findByNumber(TENANT, batch.get(i).myNumber())).contains(tokens.get(i));
    }
    assertThat(vault.reveal(TENANT, tokens.get(1), all(Mask.NONE), CLERK).values())
        .isEqualTo(revealed1);
    assertThat(documents(tokens.get(1))).containsOnlyKeys(3L);

    fail.set(false);
    long rerun = logSize();
    BulkErasure.Outcome outcome = crashing.eraseAll(TENANT, items, CLERK);
    assertThat(logSize()).isEqualTo(rerun + 6);
    assertThat(outcome.count(Result.ERASED)).isEqualTo(6);
    assertThat(parts).hasSize(1);
    assertThat(parts.getFirst())
        .containsExactlyInAnyOrder(items.stream().mapToLong(Item::personId).toArray());
    assertThat(vault.count(TENANT)).isEqualTo(7);
    assertThat(count("SELECT COUNT(*) FROM person WHERE number_erased_at IS NOT NULL"))
        .isEqualTo(3);
    assertThat(new String(documents(tokens.get(1)).get(3L), StandardCharsets.UTF_8))
        .isEqualTo(SLIP_WITHOUT_NUMBERS);
    LogVerifier.Report report = LogVerifier.verify(logs, TENANT, n -> {});
    assertThat(report.problem()).isEmpty();
    for (long i :
        java.util.stream.LongStream.concat(
                java.util.stream.LongStream.range(before, before + 6),
                java.util.stream.LongStream.range(rerun, rerun + 6))
            .toArray()) {
      AccessRecord r = logged(i);
      assertThat(r.action()).isEqualTo("erase");
      assertThat(r.personToken()).isNotNull();
      for (PersonData p : batch) {
        assertThat(r.toString()).doesNotContain(p.myNumber().digits(InsecureNumberAccess.get()));
      }
    }
  }

  @Test
  void aPersonUpdatedBetweenTheReadAndTheSwap_isMaskedAgain_fromWhatIsStoredThen() {
    List<PersonData> batch = TestPersons.generate(2, 107);
    List<AgencyToken> tokens = register(batch);
    PersonData p = batch.get(0);
    long a = id(tokens.get(0));
    int[] rounds = {0};
    vault.erasures().beforeStore =
        () -> {
          if (rounds[0]++ == 0) { // an import's update lands after the batch was read
            vault.register(TENANT, CLERK, List.of(TestPersons.withAddress(p, "大阪府大阪市北区梅田1-1")));
          }
        };
    long before = logSize();

    BulkErasure.Outcome outcome = vault.eraseAll(TENANT, List.of(new Item(a, What.NUMBER)), CLERK);

    assertThat(outcome.byPerson()).containsExactly(Map.entry(a, Result.ERASED));
    assertThat(rounds[0]).isEqualTo(2);
    assertThat(logSize()).isEqualTo(before + 2); // the erase, then the update; not logged again
    Revealed now = vault.reveal(TENANT, tokens.get(0), all(Mask.NONE), CLERK);
    assertThat(now.get(Field.ADDRESS)).contains("大阪府大阪市北区梅田1-1");
    assertThat(now.numberErased()).isTrue();
    List<PersonVersion> history = vault.history(TENANT, tokens.get(0), all(Mask.NONE), CLERK);
    assertThat(history).hasSize(1);
    assertThat(history.getFirst().get(Field.MY_NUMBER)).contains(Revealed.NUMBER_ERASED);
    assertThat(history.getFirst().get(Field.ADDRESS)).contains(p.address());
  }

  @Test
  void aDocumentAcceptedBetweenTheReadAndTheSwap_goesRoundAgain_andIsSealedUnderTheFreshKey() {
    List<PersonData> batch = TestPersons.generate(3, 110);
    List<AgencyToken> tokens = register(batch);
    AgencyToken t = tokens.get(0);
    long a = id(t);
    long b = id(tokens.get(1));
    int[] rounds = {0};
    vault.erasures().beforeStore =
        () -> {
          if (rounds[0]++ == 0) { // sealed under the old key, after the batch was read
            vault.attachDocument(TENANT, t, 11, "job-1", "withholding-slip", SLIP, () -> {});
          }
        };

    BulkErasure.Outcome outcome =
        vault.eraseAll(TENANT, List.of(new Item(a, What.NUMBER), new Item(b, What.WHOLE)), CLERK);

    assertThat(outcome.byPerson())
        .containsOnly(Map.entry(a, Result.ERASED), Map.entry(b, Result.ERASED));
    assertThat(rounds[0]).isEqualTo(2);
    assertThat(new String(documents(t).get(11L), StandardCharsets.UTF_8))
        .isEqualTo(SLIP_WITHOUT_NUMBERS);
    assertThat(vault.reveal(TENANT, t, all(Mask.NONE), CLERK).numberErased()).isTrue();
    assertThat(vault.count(TENANT)).isEqualTo(2);
  }

  @Test
  void aPersonChangedInEveryRound_isReportedChanged_andKeepsItsNumber() {
    List<PersonData> batch = TestPersons.generate(2, 109);
    List<AgencyToken> tokens = register(batch);
    long a = id(tokens.get(0));
    long b = id(tokens.get(1));
    int[] n = {0};
    vault.erasures().beforeStore =
        () ->
            store
                .jdbc()
                .sql("UPDATE person SET version = version + 1 WHERE person_id = ?")
                .param(a)
                .update();

    BulkErasure.Outcome outcome =
        vault.eraseAll(TENANT, List.of(new Item(a, What.NUMBER), new Item(b, What.NUMBER)), CLERK);

    assertThat(outcome.byPerson())
        .containsOnly(Map.entry(a, Result.CHANGED), Map.entry(b, Result.ERASED));
    assertThat(n[0]).isZero();
    assertThat(vault.findByNumber(TENANT, batch.get(0).myNumber())).contains(tokens.get(0));
    assertThat(vault.findByNumber(TENANT, batch.get(1).myNumber())).isEmpty();
  }

  @Test
  void aPackagePageOfANumberErasedPerson_carriesAnEmptyNumber_andTheOtherFields() throws Exception {
    List<PersonData> batch = TestPersons.generate(3, 108);
    List<AgencyToken> tokens = register(batch);
    vault.eraseAll(TENANT, List.of(new Item(id(tokens.get(1)), What.NUMBER)), CLERK);
    PackagePages pages = vault.packagePages();
    PackagePages.Read read =
        pages.read(
            TENANT,
            new PackagePages.Source.Of(new PersonSets.Members.Everyone()),
            Long.MIN_VALUE,
            10);
    PackagePages.Logged logged =
        pages.log(read, CLERK, List.of(Field.MY_NUMBER, Field.FAMILY_NAME));
    List<String> numbers = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int opened =
        pages.open(
            logged,
            values -> {
              numbers.add(new String(values[0], StandardCharsets.UTF_8));
              names.add(new String(values[1], StandardCharsets.UTF_8));
            });
    assertThat(opened).isEqualTo(3);
    assertThat(numbers).filteredOn(String::isEmpty).hasSize(1);
    assertThat(names).contains(batch.get(1).familyName());
  }
}
