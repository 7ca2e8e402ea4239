package mamori.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mamori.core.OrganisationId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.crypto.KeyException;
import mamori.number.IndividualNumber;
import mamori.number.InsecureNumberAccess;
import mamori.store.TestStores;
import mamori.vault.Actor;
import mamori.vault.BulkErasure;
import mamori.vault.PersonData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Erasing a person shreds the work documents tied to them (promise 7), on SQLite and PostgreSQL: no
 * page, region, entry or value is left, and the document's data key no longer opens.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class DocumentErasureTest extends DeskTestBase {
  static final IndividualNumber NUMBER = IndividualNumber.withCheckDigit("12345678901");
  static final Actor CLERK =
      new Actor(
          new UserId("clerk-1"),
          new OrganisationId(TENANT),
          List.of(),
          new Why(PURPOSE, "erasure-1"));

  AgencyToken register() {
    vault.register(
        TENANT,
        CLERK,
        List.of(
            new PersonData(
                NUMBER,
                "山田",
                "花子",
                "ヤマダ",
                "ハナコ",
                LocalDate.parse("1980-04-01"),
                "2",
                "100-0001",
                "東京都千代田区",
                "",
                "")));
    return vault.findByNumber(TENANT, NUMBER, CLERK).orElseThrow();
  }

  static Map<String, Map<String, String>> values() {
    return slip(NUMBER.digits(InsecureNumberAccess.get()), "山田");
  }

  long rows(String table, long document) {
    return count(
        "SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ? AND document_id = ?",
        TENANT,
        document);
  }

  long entries(long document) {
    return count(
        "SELECT COUNT(*) FROM work_entry e JOIN work_task t ON t.tenant_id = e.tenant_id AND"
            + " t.task_id = e.task_id WHERE e.tenant_id = ? AND t.document_id = ?",
        TENANT,
        document);
  }

  void assertShredded(long doc) {
    for (String table : List.of("work_page", "work_region", "work_value")) {
      assertThat(rows(table, doc)).as(table + " rows of the erased person's document").isZero();
    }
    assertThat(entries(doc)).as("entries of the erased person's document").isZero();
    WorkDocument erased = work.document(T, doc).orElseThrow();
    assertThat(erased.state()).isEqualTo(WorkDocument.State.ERASED);
    assertThatThrownBy(() -> keys.documentKey(TENANT, doc, erased.dataKey()))
        .as("the erased document's data key")
        .isInstanceOf(KeyException.class);
  }

  @Test
  void anAcceptedDocument_ofAnErasedPerson_keepsNoPageRegionEntryOrValue_andNoUsableKey() {
    AgencyToken person = register();
    long doc = document(JOB);
    long untouched = document(OTHER_JOB);
    keyBoth(OP1, values(), OP2, values());
    assertThat(documentState(doc)).isEqualTo("accepted");
    assertThat(rows("work_page", doc)).isEqualTo(1);
    assertThat(rows("work_region", doc)).isPositive();
    assertThat(entries(doc)).isPositive();

    vault.erase(TENANT, person, CLERK);

    assertShredded(doc);
    // the person's accepted fields went with the person's own key
    assertThat(
            count(
                "SELECT COUNT(*) FROM person_document WHERE tenant_id = ? AND document_id = ?",
                TENANT,
                doc))
        .isZero();
    // a document tied to no one is not touched
    WorkDocument other = work.document(T, untouched).orElseThrow();
    assertThat(other.state()).isEqualTo(WorkDocument.State.OPEN);
    assertThat(rows("work_page", untouched)).isEqualTo(1);
    keys.documentKey(TENANT, untouched, other.dataKey());
  }

  @Test
  void aDocumentTiedByItsNumber_stillBeingKeyed_isShredded_andNoLongerGivenToOperators() {
    AgencyToken person = register();
    long doc = document(JOB);
    // both operators key the number part only: the document is tied, its other parts still open
    for (var p : List.of(OP1, OP2)) {
      Desk.Given n = desk.next(p, JOB).orElseThrow();
      assertThat(n.part()).isEqualTo("payee-number");
      desk.enter(p, n.task(), values().get("payee-number"));
    }
    assertThat(work.document(T, doc).orElseThrow().person()).isPresent();
    assertThat(documentState(doc)).isEqualTo("open");
    assertThat(rows("work_value", doc)).isPositive();

    vault.erase(TENANT, person, CLERK);

    assertShredded(doc);
    assertThat(
            count(
                "SELECT COUNT(*) FROM work_task WHERE tenant_id = ? AND document_id = ? AND state"
                    + " <> 'done'",
                TENANT,
                doc))
        .as("tasks left to key of the erased document")
        .isZero();
    assertThat(desk.next(OP1, JOB)).isEqualTo(Optional.empty());
  }

  @Test
  void aRetentionBatch_shredsTheDocumentsOfPersonsErasedWhole_andOfPersonsLosingOnlyTheirNumber() {
    AgencyToken person = register();
    long doc = document(JOB);
    long untouched = document(OTHER_JOB);
    keyBoth(OP1, values(), OP2, values());
    assertThat(documentState(doc)).isEqualTo("accepted");
    long id = vault.personId(TENANT, person);

    // the number only: the scanned page shows the number and cannot be masked, so it goes whole
    var outcome =
        vault.eraseAll(
            TENANT,
            List.of(
                new BulkErasure.Item(id, BulkErasure.What.NUMBER),
                new BulkErasure.Item(4242, BulkErasure.What.WHOLE)),
            CLERK);

    assertThat(outcome.byPerson())
        .containsOnly(
            Map.entry(id, BulkErasure.Result.ERASED), Map.entry(4242L, BulkErasure.Result.UNKNOWN));
    assertShredded(doc);
    // the accepted fields stay with the person, sealed under its fresh key, less the number
    assertThat(
            count(
                "SELECT COUNT(*) FROM person_document WHERE tenant_id = ? AND document_id = ?",
                TENANT,
                doc))
        .isEqualTo(1);
    WorkDocument other = work.document(T, untouched).orElseThrow();
    assertThat(other.state()).isEqualTo(WorkDocument.State.OPEN);
    keys.documentKey(TENANT, untouched, other.dataKey());

    vault.eraseAll(TENANT, List.of(new BulkErasure.Item(id, BulkErasure.What.WHOLE)), CLERK);
    assertThat(
            count(
                "SELECT COUNT(*) FROM person_document WHERE tenant_id = ? AND document_id = ?",
                TENANT,
                doc))
        .isZero();
  }
}
