package mamori.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mamori.core.OrganisationId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.crypto.DocumentKey;
import mamori.crypto.TenantKeys;
import mamori.store.TestStores;
import mamori.vault.Actor;
import mamori.vault.KeyRotation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A field key rotation re-wraps the work documents' data keys beside the persons' (V33
 * work_document.data_key), on SQLite and PostgreSQL: the status counts them, the re-wrap moves them
 * to the new key, and every sealed part still opens.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class DocumentKeysTest extends DeskTestBase {
  static final Actor OFFICER_ACTOR =
      new Actor(
          new UserId("officer-1"),
          new OrganisationId(TENANT),
          List.of(),
          new Why("key-management", "rotate"));

  KeyRotation rotation;
  List<Long> documents;

  @BeforeEach
  void fill() {
    rotation =
        new KeyRotation(store.dataSource(), keys, logs, clock, List.of(work.wrappedKeys(keys)));
    documents = List.of(document(JOB), document(JOB), document(OTHER_JOB));
  }

  int wrappingKey(long document) {
    return TenantKeys.wrappingKeyId(work.document(T, document).orElseThrow().dataKey());
  }

  @Test
  void rotate_thenRewrap_movesEveryDocumentKeyToTheNewKey_andEveryRegionStillOpens() {
    int old = keys.primaryFieldKeyId(TENANT);

    int fresh = rotation.rotate(TENANT, OFFICER_ACTOR);

    KeyRotation.Status before = rotation.status(TENANT);
    assertThat(before.byKind().get("documents")).containsEntry(old, 3L);
    assertThat(before.toRewrap()).as("documents under the old key").isEqualTo(3);

    assertThat(rotation.rewrap(TENANT, n -> {})).isEqualTo(3);

    KeyRotation.Status after = rotation.status(TENANT);
    assertThat(after.toRewrap()).isZero();
    assertThat(after.byKind().get("documents")).containsOnlyKeys(fresh);
    for (long id : documents) {
      assertThat(wrappingKey(id)).isEqualTo(fresh);
      DocumentKey key = keys.documentKey(TENANT, id, work.document(T, id).orElseThrow().dataKey());
      for (DocumentType.FieldSpec f : TYPE.fields()) {
        key.open(Regions.part(f.id()), work.region(T, id, f.id()).orElseThrow());
      }
      key.open(Jobs.page(1), work.page(T, id, 1).orElseThrow().image());
    }
    assertThat(rotation.rewrap(TENANT, n -> {})).as("a second run finds nothing to do").isZero();
  }

  @Test
  void anErasedDocument_isNeitherCountedNorGivenAKeyBack() {
    long erased = documents.getFirst();
    jdbc()
        .sql("UPDATE work_document SET person_id = 7 WHERE tenant_id = ? AND document_id = ?")
        .params(TENANT, erased)
        .update();
    work.erasedWithPerson().erase(TENANT, 7);
    rotation.rotate(TENANT, OFFICER_ACTOR);

    assertThat(rotation.status(TENANT).toRewrap()).isEqualTo(2);
    assertThat(rotation.rewrap(TENANT, n -> {})).isEqualTo(2);
    assertThat(work.document(T, erased).orElseThrow().dataKey()).isEmpty();
  }

  org.springframework.jdbc.core.simple.JdbcClient jdbc() {
    return org.springframework.jdbc.core.simple.JdbcClient.create(store.dataSource());
  }
}
