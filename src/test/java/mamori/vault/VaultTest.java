package mamori.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.crypto.AgencyToken;
import mamori.log.AccessRecord;
import mamori.log.LogUnavailableException;
import mamori.number.IndividualNumber;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Registering, finding, revealing and erasing persons, on SQLite and on PostgreSQL. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class VaultTest extends VaultTestBase {

  private static Map<Field, Mask> all(Mask mask) {
    Map<Field, Mask> m = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      m.put(f, mask);
    }
    return m;
  }

  @Test
  void registeringABatch_storesEveryPerson_andLogsOneRegisterRecordEach() {
    List<PersonData> batch = TestPersons.generate(300, 1);
    assertThat(vault.register(TENANT, CLERK, batch)).isEqualTo(new RegisterSummary(300, 0, 0));
    assertThat(vault.count(TENANT)).isEqualTo(300);
    assertThat(logSize()).isEqualTo(300);
    AccessRecord first = logged(0);
    assertThat(first.action()).isEqualTo("register");
    assertThat(first.actor()).isEqualTo("clerk-1");
    assertThat(first.fields()).hasSize(11).contains("my_number", "address");
    assertThat(AgencyToken.isValid(first.personToken())).isTrue();
  }

  @Test
  void registeringTheSameBatchAgain_changesNothing_andLogsNothing() {
    List<PersonData> batch = TestPersons.generate(200, 2);
    vault.register(TENANT, CLERK, batch);
    long logged = logSize();
    assertThat(vault.register(TENANT, CLERK, batch)).isEqualTo(new RegisterSummary(0, 0, 200));
    assertThat(logSize()).isEqualTo(logged);
    assertThat(vault.count(TENANT)).isEqualTo(200);
  }

  @Test
  void aChangedAddress_isAnUpdateNamingThatField_andThePriorVersionIsInTheHistory() {
    List<PersonData> batch = TestPersons.generate(10, 3);
    vault.register(TENANT, CLERK, batch);
    PersonData moved = TestPersons.withAddress(batch.get(4), "東京都新宿区西新宿2丁目8-1");
    List<PersonData> next = new java.util.ArrayList<>(batch);
    next.set(4, moved);

    assertThat(vault.register(TENANT, CLERK, next)).isEqualTo(new RegisterSummary(0, 1, 9));
    AccessRecord update = logged(logSize() - 1);
    assertThat(update.action()).isEqualTo("update");
    assertThat(update.fields()).containsExactly("address");

    AgencyToken token = vault.findByNumber(TENANT, moved.myNumber()).orElseThrow();
    assertThat(update.personToken()).isEqualTo(token.value());
    Revealed now = vault.reveal(TENANT, token, Map.of(Field.ADDRESS, Mask.NONE), CLERK);
    assertThat(now.version()).isEqualTo(2);
    assertThat(now.get(Field.ADDRESS)).contains("東京都新宿区西新宿2丁目8-1");
    List<PersonVersion> history =
        vault.history(
            TENANT, token, Map.of(Field.ADDRESS, Mask.NONE, Field.FAMILY_NAME, Mask.NONE), CLERK);
    assertThat(history).hasSize(1);
    assertThat(history.getFirst().version()).isEqualTo(1);
    assertThat(history.getFirst().get(Field.ADDRESS)).contains(batch.get(4).address());
    assertThat(history.getFirst().get(Field.FAMILY_NAME)).contains(batch.get(4).familyName());
  }

  @Test
  void aPersonIsFound_byNumber_andByNameAndBirthDate_ignoringWidthAndSpaces() {
    List<PersonData> batch = TestPersons.generate(50, 4);
    vault.register(TENANT, CLERK, batch);
    PersonData p = batch.get(17);
    AgencyToken token = vault.findByNumber(TENANT, p.myNumber()).orElseThrow();
    assertThat(
            vault.findByNameAndBirthDate(
                TENANT, " " + p.familyName() + "\u3000", p.givenName(), p.birthDate()))
        .contains(token);
    assertThat(vault.findByNumber(TENANT, IndividualNumber.withCheckDigit("00000000001")))
        .isEmpty();
    assertThat(vault.findByNumber("other-city", p.myNumber())).isEmpty();
    assertThat(
            vault.findByNameAndBirthDate(
                TENANT, p.familyName(), p.givenName(), p.birthDate().plusDays(1)))
        .doesNotContain(token);
  }

  @Test
  void reveal_givesEachFieldAtItsMask_andLogsOneReadOfTheShownFields() {
    PersonData p =
        new PersonData(
            IndividualNumber.parse("123456789018"),
            "山田",
            "太郎",
            "ヤマダ",
            "タロウ",
            java.time.LocalDate.of(1985, 4, 2),
            "1",
            "660-0892",
            "兵庫県尼崎市東七松町1丁目23-1",
            "H1",
            "0009-123-4567890");
    vault.register(TENANT, CLERK, List.of(p));
    AgencyToken token = vault.findByNumber(TENANT, p.myNumber()).orElseThrow();

    long before = logSize();
    Revealed clear = vault.reveal(TENANT, token, all(Mask.NONE), CLERK);
    assertThat(logSize()).isEqualTo(before + 1);
    AccessRecord read = logged(before);
    assertThat(read.action()).isEqualTo("read");
    assertThat(read.personToken()).isEqualTo(token.value());
    assertThat(read.fields()).hasSize(11);
    assertThat(IndividualNumber.parse(clear.get(Field.MY_NUMBER).orElseThrow()))
        .isEqualTo(p.myNumber());
    assertThat(clear.get(Field.ADDRESS)).contains("兵庫県尼崎市東七松町1丁目23-1");

    Revealed partial = vault.reveal(TENANT, token, all(Mask.PARTIAL), CLERK);
    assertThat(partial.values())
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry(Field.MY_NUMBER, "****-****-9018"),
                Map.entry(Field.FAMILY_NAME, "山＊"),
                Map.entry(Field.GIVEN_NAME, "太＊"),
                Map.entry(Field.FAMILY_NAME_KANA, "ヤ＊"),
                Map.entry(Field.GIVEN_NAME_KANA, "タ＊"),
                Map.entry(Field.BIRTH_DATE, "1985"),
                Map.entry(Field.SEX, "＊"),
                Map.entry(Field.POSTAL_CODE, "660-＊"),
                Map.entry(Field.ADDRESS, "兵庫県尼崎市＊"),
                Map.entry(Field.HOUSEHOLD_ID, "＊"),
                Map.entry(Field.BANK_ACCOUNT, "＊890")));

    Map<Field, Mask> someHidden = new EnumMap<>(all(Mask.FULL));
    someHidden.put(Field.FAMILY_NAME, Mask.NONE);
    Revealed hidden = vault.reveal(TENANT, token, someHidden, CLERK);
    assertThat(hidden.values()).containsOnlyKeys(Field.FAMILY_NAME);
    assertThat(logged(logSize() - 1).fields()).containsExactly("family_name");
    assertThat(hidden.toString()).doesNotContain("山田");
  }

  @Test
  void whenTheLogIsClosed_revealThrows_andReturnsNothing() {
    vault.register(TENANT, CLERK, TestPersons.generate(3, 5));
    AgencyToken token =
        vault.findByNumber(TENANT, TestPersons.generate(3, 5).get(1).myNumber()).orElseThrow();
    long before = logSize();
    logs.forTenant(TENANT).close();
    assertThatThrownBy(() -> vault.reveal(TENANT, token, all(Mask.NONE), CLERK))
        .isInstanceOf(LogUnavailableException.class);
    assertThatThrownBy(() -> vault.erase(TENANT, token, CLERK))
        .isInstanceOf(LogUnavailableException.class);
    assertThat(logSize()).isEqualTo(before);
    assertThat(vault.count(TENANT)).isEqualTo(3);
  }

  @Test
  void whenTheLogIsClosed_registerStoresNothing() {
    vault.register(TENANT, CLERK, TestPersons.generate(1, 6));
    logs.forTenant(TENANT).close();
    assertThatThrownBy(() -> vault.register(TENANT, CLERK, TestPersons.generate(20, 7)))
        .isInstanceOf(LogUnavailableException.class);
    assertThat(vault.count(TENANT)).isEqualTo(1);
  }

  @Test
  void aBatchWithOneNumberTwice_isRefusedWithoutTheNumber_andNothingIsStored() {
    List<PersonData> batch = new java.util.ArrayList<>(TestPersons.generate(5, 8));
    batch.add(TestPersons.withGivenName(batch.get(1), "別人"));
    assertThatThrownBy(() -> vault.register(TENANT, CLERK, batch))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "persons 2 and 6 of the batch have the same My Number "
                + batch.get(1).myNumber().masked()
                + "; nothing was registered");
    assertThat(vault.count(TENANT)).isZero();
    assertThat(logs.exists(TENANT)).isFalse();
  }

  @Test
  void aHeldRow_revealsAsTheTokenDoes_andAnErasedOrUnknownOneRevealsNothing() {
    List<PersonData> batch = TestPersons.generate(3, 21);
    List<AgencyToken> tokens = register(batch);
    AgencyToken token = tokens.get(0);
    AgencyToken erased = tokens.get(1);
    vault.erase(TENANT, erased, CLERK);

    long before = logSize();
    Revealed held =
        vault.reveal(vault.hold(TENANT, token).orElseThrow(), all(Mask.NONE), CLERK, Action.READ);
    assertThat(logSize()).isEqualTo(before + 1);
    assertThat(logged(before).personToken()).isEqualTo(token.value());
    assertThat(held.version()).isEqualTo(1);
    assertThat(IndividualNumber.parse(held.get(Field.MY_NUMBER).orElseThrow()))
        .isEqualTo(batch.get(0).myNumber());

    // the gate asks hold() before deciding: an unknown token is empty, an erased person is known
    // and refused at the reveal, before anything is logged
    PersonData elsewhere = TestPersons.generate(1, 22).get(0);
    vault.register("other-city", CLERK, List.of(elsewhere));
    AgencyToken theirs = vault.findByNumber("other-city", elsewhere.myNumber()).orElseThrow();
    assertThat(vault.hold(TENANT, theirs)).isEmpty();
    assertThat(vault.hold("other-city", token)).isEmpty();
    Vault.Held gone = vault.hold(TENANT, erased).orElseThrow();
    long beforeErased = logSize();
    assertThatThrownBy(() -> vault.reveal(gone, all(Mask.NONE), CLERK, Action.READ))
        .isInstanceOf(VaultException.class)
        .extracting(e -> ((VaultException) e).reason())
        .isEqualTo(VaultException.Reason.ERASED);
    assertThatThrownBy(() -> vault.reveal(gone, all(Mask.NONE), CLERK, Action.ERASE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(logSize()).isEqualTo(beforeErased);
  }

  @Test
  void erase_logsAnEraseRecordWithoutNumber_thenRevealFindAndHistoryFailAsErased() {
    List<PersonData> batch = TestPersons.generate(5, 9);
    vault.register(TENANT, CLERK, batch);
    PersonData p = batch.get(2);
    vault.register(TENANT, CLERK, List.of(TestPersons.withAddress(p, "東京都新宿区1-1")));
    AgencyToken token = vault.findByNumber(TENANT, p.myNumber()).orElseThrow();

    vault.erase(TENANT, token, CLERK);
    AccessRecord erase = logged(logSize() - 1);
    assertThat(erase.action()).isEqualTo("erase");
    assertThat(erase.personToken()).isEqualTo(token.value());
    assertThat(erase.toString())
        .doesNotContain(p.myNumber().digits(mamori.number.InsecureNumberAccess.get()));

    assertThatThrownBy(() -> vault.reveal(TENANT, token, all(Mask.NONE), CLERK))
        .isInstanceOf(VaultException.class)
        .hasMessage("the person with the token " + token + " was erased: the data is gone for good")
        .extracting(e -> ((VaultException) e).reason())
        .isEqualTo(VaultException.Reason.ERASED);
    assertThatThrownBy(() -> vault.history(TENANT, token, all(Mask.NONE), CLERK))
        .isInstanceOf(VaultException.class);
    assertThatThrownBy(() -> vault.erase(TENANT, token, CLERK)).isInstanceOf(VaultException.class);
    assertThat(vault.findByNumber(TENANT, p.myNumber())).isEmpty();
    assertThat(vault.findByNameAndBirthDate(TENANT, p.familyName(), p.givenName(), p.birthDate()))
        .doesNotContain(token);
    assertThat(vault.count(TENANT)).isEqualTo(4);
    assertThat(store.jdbc().sql("SELECT COUNT(*) FROM person_version").query(Long.class).single())
        .isZero();
    assertThat(
            store
                .jdbc()
                .sql(
                    "SELECT COUNT(*) FROM person WHERE data_key IS NOT NULL OR fields IS NOT NULL"
                        + " OR number_index IS NOT NULL OR fingerprint IS NOT NULL")
                .query(Long.class)
                .single())
        .isEqualTo(4);
  }

  @Test
  void anUnknownToken_isNotFound_andNothingIsLogged() {
    vault.register(TENANT, CLERK, TestPersons.generate(1, 10));
    long before = logSize();
    AgencyToken unknown =
        AgencyToken.parse(
            new mamori.crypto.AgencyToken("0000-A000-0000-000" + checkChar()).value());
    assertThatThrownBy(() -> vault.reveal(TENANT, unknown, all(Mask.NONE), CLERK))
        .isInstanceOf(VaultException.class)
        .extracting(e -> ((VaultException) e).reason())
        .isEqualTo(VaultException.Reason.NOT_FOUND);
    assertThat(logSize()).isEqualTo(before);
  }

  private static char checkChar() {
    for (char c : "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray()) {
      if (AgencyToken.isValid("0000-A000-0000-000" + c)) {
        return c;
      }
    }
    throw new AssertionError();
  }

  @Test
  void markupInANameRoundTripsAsData() {
    PersonData p =
        TestPersons.withGivenName(
            TestPersons.generate(1, 11).getFirst(), "<script>alert(1)</script>");
    vault.register(TENANT, CLERK, List.of(p));
    AgencyToken token = vault.findByNumber(TENANT, p.myNumber()).orElseThrow();
    assertThat(
            vault
                .reveal(TENANT, token, Map.of(Field.GIVEN_NAME, Mask.NONE), CLERK)
                .get(Field.GIVEN_NAME))
        .contains("<script>alert(1)</script>");
    assertThat(
            vault
                .reveal(TENANT, token, Map.of(Field.GIVEN_NAME, Mask.PARTIAL), CLERK)
                .get(Field.GIVEN_NAME))
        .contains("<＊");
    assertThat(
            vault.findByNameAndBirthDate(
                TENANT, p.familyName(), "<script>alert(1)</script>", p.birthDate()))
        .containsExactly(token);
  }

  @Test
  void aCiphertextSwappedBetweenTwoPersonsInTheStore_isRefusedOnReveal() {
    List<PersonData> batch = TestPersons.generate(2, 12);
    vault.register(TENANT, CLERK, batch);
    AgencyToken a = vault.findByNumber(TENANT, batch.get(0).myNumber()).orElseThrow();
    byte[] fieldsOfB =
        store
            .jdbc()
            .sql("SELECT fields FROM person WHERE token <> ?")
            .param(a.value())
            .query(byte[].class)
            .single();
    store
        .jdbc()
        .sql("UPDATE person SET fields = ? WHERE token = ?")
        .param(fieldsOfB)
        .param(a.value())
        .update();
    assertThatThrownBy(() -> vault.reveal(TENANT, a, Map.of(Field.FAMILY_NAME, Mask.NONE), CLERK))
        .isInstanceOf(mamori.crypto.KeyException.class)
        .hasMessageContaining("does not open with that person's data key");
  }

  // ---- accepted work documents (issue 16) ----

  static final byte[] SLIP =
      "{\"payee_address\":\"兵庫県尼崎市東七松町1丁目23-1\",\"payment_amount\":\"3200000\"}"
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);

  long documentRows(String where) {
    return store
        .jdbc()
        .sql("SELECT COUNT(*) FROM person_document WHERE " + where)
        .query(Long.class)
        .single();
  }

  @Test
  void anAcceptedDocument_isSealedUnderItsPersonsKey_opensForThatPerson_andLogsNothing() {
    List<PersonData> batch = TestPersons.generate(2, 31);
    vault.register(TENANT, CLERK, batch);
    AgencyToken token = vault.findByNumber(TENANT, batch.get(0).myNumber()).orElseThrow();
    long id = vault.personId(TENANT, token);
    long before = logSize();
    int[] ran = {0};

    assertThat(
            vault.attachDocument(
                TENANT, token, 77, "job-1", "withholding-slip", SLIP, () -> ran[0]++))
        .isEqualTo(id);

    assertThat(ran[0]).isEqualTo(1);
    assertThat(logSize()).isEqualTo(before);
    assertThat(documents(token)).containsOnlyKeys(77L);
    assertThat(documents(token).get(77L)).isEqualTo(SLIP);
    assertThat(Vault.documentField(77)).isEqualTo("doc/77");
    var row =
        store
            .jdbc()
            .sql(
                "SELECT person_id, job_id, type_id, fields, accepted_at FROM person_document"
                    + " WHERE tenant_id = ? AND document_id = 77")
            .params(TENANT)
            .query()
            .singleRow();
    assertThat(((Number) row.get("person_id")).longValue()).isEqualTo(id);
    assertThat(row.get("job_id")).isEqualTo("job-1");
    assertThat(row.get("type_id")).isEqualTo("withholding-slip");
    assertThat(((Number) row.get("accepted_at")).longValue()).isPositive();
    byte[] stored = (byte[]) row.get("fields");
    assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("3200000");
    assertThat(new String(stored, java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain("3200000")
        .doesNotContain("尼崎");
  }

  @Test
  void aDocumentAcceptedAgain_replacesTheFirstAttempt() {
    vault.register(TENANT, CLERK, TestPersons.generate(1, 32));
    AgencyToken token =
        vault.findByNumber(TENANT, TestPersons.generate(1, 32).get(0).myNumber()).orElseThrow();
    byte[] second = "{\"payment_amount\":\"1\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    vault.attachDocument(TENANT, token, 5, "job-1", "withholding-slip", SLIP, () -> {});
    vault.attachDocument(TENANT, token, 5, "job-1", "withholding-slip", second, () -> {});
    vault.attachDocument(TENANT, token, 6, "job-1", "withholding-slip", SLIP, () -> {});

    assertThat(documentRows("document_id = 5")).isEqualTo(1);
    assertThat(documents(token)).containsOnlyKeys(5L, 6L);
    assertThat(documents(token).get(5L)).isEqualTo(second);
  }

  @Test
  void aSealedDocumentMovedToAnotherPersonOrDocument_doesNotOpen() {
    List<AgencyToken> tokens = register(TestPersons.generate(2, 33));
    AgencyToken a = tokens.get(0);
    AgencyToken b = tokens.get(1);
    vault.attachDocument(TENANT, a, 7, "job-1", "withholding-slip", SLIP, () -> {});

    // a copy of a's document under another document id does not open as that document
    store
        .jdbc()
        .sql(
            "INSERT INTO person_document (tenant_id, person_id, document_id, job_id, type_id,"
                + " fields, accepted_at) SELECT tenant_id, person_id, 8, job_id, type_id, fields,"
                + " accepted_at FROM person_document WHERE document_id = 7")
        .update();
    assertThatThrownBy(() -> documents(a))
        .isInstanceOf(mamori.crypto.KeyException.class)
        .hasMessageNotContaining("3200000");
    store.jdbc().sql("DELETE FROM person_document WHERE document_id = 8").update();
    assertThat(documents(a)).containsOnlyKeys(7L);

    // moved to b, it does not open with b's key
    store
        .jdbc()
        .sql("UPDATE person_document SET person_id = ? WHERE document_id = 7")
        .params(vault.personId(TENANT, b))
        .update();
    assertThatThrownBy(() -> documents(b))
        .isInstanceOf(mamori.crypto.KeyException.class)
        .hasMessageContaining("does not open with that person's data key");
    assertThat(documents(a)).isEmpty();
  }

  @Test
  void aFailureInTheWorkTablesPart_leavesNoDocumentStored() {
    vault.register(TENANT, CLERK, TestPersons.generate(1, 34));
    AgencyToken token =
        vault.findByNumber(TENANT, TestPersons.generate(1, 34).get(0).myNumber()).orElseThrow();
    vault.attachDocument(TENANT, token, 1, "job-1", "withholding-slip", SLIP, () -> {});

    assertThatThrownBy(() ->
            vault.attachDocument(
                TENANT,
                token,
                2,
                "job-1",
                "withholding-slip",
                SLIP,
                () -> {
                  throw new IllegalStateException("the work tables failed");
                }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the work tables failed");
    assertThatThrownBy(() ->
            vault.attachDocument(
                TENANT,
                token,
                1,
                "job-1",
                "withholding-slip",
                "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                () -> {
                  throw new IllegalStateException("the work tables failed");
                }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the work tables failed");

    assertThat(documents(token)).containsOnlyKeys(1L);
    assertThat(documents(token).get(1L)).isEqualTo(SLIP);
  }

  @Test
  void erasingAPerson_deletesTheirDocuments_andNoOnesElse_andNoDocumentIsAttachedAfter() {
    List<PersonData> batch = TestPersons.generate(2, 35);
    vault.register(TENANT, CLERK, batch);
    AgencyToken a = vault.findByNumber(TENANT, batch.get(0).myNumber()).orElseThrow();
    AgencyToken b = vault.findByNumber(TENANT, batch.get(1).myNumber()).orElseThrow();
    long idA = vault.personId(TENANT, a);
    long idB = vault.personId(TENANT, b);
    vault.attachDocument(TENANT, a, 1, "job-1", "withholding-slip", SLIP, () -> {});
    vault.attachDocument(TENANT, a, 2, "job-1", "withholding-slip", SLIP, () -> {});
    vault.attachDocument(TENANT, b, 3, "job-1", "withholding-slip", SLIP, () -> {});

    vault.erase(TENANT, a, CLERK);

    assertThat(documentRows("person_id = " + idA)).isZero();
    assertThat(documentRows("person_id = " + idB)).isEqualTo(1);
    assertThat(documents(b)).containsOnlyKeys(3L);
    assertThatThrownBy(() -> vault.personId(TENANT, a)).isInstanceOf(VaultException.class);
    int[] ran = {0};
    assertThatThrownBy(() ->
            vault.attachDocument(TENANT, a, 4, "job-1", "withholding-slip", SLIP, () -> ran[0]++))
        .isInstanceOf(VaultException.class);
    assertThat(ran[0]).isZero();
    assertThat(documentRows("person_id = " + idA)).isZero();
  }

  @Test
  void aTokenOfNoPerson_orOfAnotherTenant_hasNoVaultId() {
    vault.register(TENANT, CLERK, TestPersons.generate(1, 36));
    AgencyToken token =
        vault.findByNumber(TENANT, TestPersons.generate(1, 36).get(0).myNumber()).orElseThrow();

    assertThatThrownBy(() -> vault.personId("other-city", token))
        .isInstanceOf(VaultException.class);
    assertThatThrownBy(() ->
            vault.attachDocument(
                "other-city", token, 1, "job-1", "withholding-slip", SLIP, () -> {}))
        .isInstanceOf(VaultException.class);
    assertThat(documentRows("1 = 1")).isZero();
  }

  @Test
  void aBulkImport_refreshesThePlannersStatistics_onPostgresql_fromTenThousandPersons() {
    vault.register(TENANT, CLERK, TestPersons.generate(50, 7));
    vault.imported(Vault.ANALYZE_AFTER - 1);
    if (kind == TestStores.Kind.POSTGRESQL) {
      // reltuples is -1 until the table is first analyzed (or vacuumed)
      assertThat(personTuples()).as("fewer persons: no ANALYZE").isNegative();
    }
    vault.imported(Vault.ANALYZE_AFTER);
    if (kind == TestStores.Kind.POSTGRESQL) {
      assertThat(personTuples()).as("the planner knows the table's size").isEqualTo(50);
    }
  }

  private double personTuples() {
    return store
        .jdbc()
        .sql(
            "SELECT c.reltuples FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relname = 'person' AND n.nspname = current_schema()")
        .query(Double.class)
        .single();
  }
}
