package mamori.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A scanned document's own data key (issue 16): what it seals opens only for the same tenant,
 * document and part, and its wrapped form only for the same tenant and document; on both stores.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class DocumentKeyTest extends TenantKeysTestBase {
  private static final byte[] REGION = "region png bytes 源泉徴収票".getBytes(StandardCharsets.UTF_8);

  @Test
  void aSealedPart_opensWithTheKey_andWithTheKeyUnwrappedByAnotherInstance() {
    DocumentKey key = keys.newDocumentKey("demo-city", 7);
    byte[] sealed = key.seal("region/payee_name", REGION);
    assertThat(sealed).hasSize(PersonKey.OVERHEAD + REGION.length);
    assertThat(key.open("region/payee_name", sealed)).isEqualTo(REGION);
    DocumentKey again =
        new TenantKeys(store.dataSource(), root, Clock.systemUTC())
            .documentKey("demo-city", 7, key.wrapped());
    assertThat(again.open("region/payee_name", sealed)).isEqualTo(REGION);
    assertThat(again.wrapped()).isEqualTo(key.wrapped());
  }

  @Test
  void aPartMovedToAnotherPart_isRefused_namingTheDocumentNotItsContent() {
    DocumentKey key = keys.newDocumentKey("demo-city", 7);
    byte[] sealed = key.seal("region/payee_name", REGION);
    assertThatThrownBy(() -> key.open("region/payer_name", sealed))
        .isInstanceOf(KeyException.class)
        .hasMessage(
            "field region/payer_name of a document of tenant demo-city does not open with that"
                + " document's data key: the stored ciphertext was changed, or moved from another"
                + " document or field")
        .hasMessageNotContaining("源泉");
  }

  @Test
  void aPartMovedToAnotherDocument_isRefused() {
    DocumentKey a = keys.newDocumentKey("demo-city", 1);
    DocumentKey b = keys.newDocumentKey("demo-city", 2);
    byte[] ofA = a.seal("page/1", REGION);
    assertThatThrownBy(() -> b.open("page/1", ofA)).isInstanceOf(KeyException.class);
  }

  @Test
  void aDocumentKeyAndAPersonKeyOfTheSameId_doNotOpenEachOther() {
    DocumentKey document = keys.newDocumentKey("demo-city", 5);
    PersonKey person = keys.newPersonKey("demo-city", 5);
    byte[] sealed = document.seal("value/payee_name", REGION);
    assertThatThrownBy(() -> person.open("value/payee_name", sealed))
        .isInstanceOf(KeyException.class);
    assertThatThrownBy(() -> keys.personKey("demo-city", 5, document.wrapped()))
        .isInstanceOf(KeyException.class);
    assertThatThrownBy(() -> keys.documentKey("demo-city", 5, person.wrapped()))
        .isInstanceOf(KeyException.class);
  }

  @Test
  void aWrappedKeyMovedToAnotherDocumentOrTenant_doesNotOpen() {
    byte[] wrapped = keys.newDocumentKey("demo-city", 1).wrapped();
    assertThatThrownBy(() -> keys.documentKey("demo-city", 2, wrapped))
        .isInstanceOf(KeyException.class)
        .hasMessage(
            "the data key of a document of tenant demo-city does not open with the tenant's field"
                + " keyset: it was changed or copied from another document");
    assertThatThrownBy(() -> keys.documentKey("other-city", 1, wrapped))
        .isInstanceOf(KeyException.class);
  }

  @Test
  void aChangedWrappedKey_doesNotOpen() {
    byte[] wrapped = keys.newDocumentKey("demo-city", 1).wrapped();
    wrapped[wrapped.length - 1] ^= 1;
    assertThatThrownBy(() -> keys.documentKey("demo-city", 1, wrapped))
        .isInstanceOf(KeyException.class);
  }

  @Test
  void itsText_namesTheDocument_andNoKeyBytes() {
    DocumentKey key = keys.newDocumentKey("demo-city", 9);
    assertThat(key.toString()).isEqualTo("DataKey[document demo-city/9]");
    assertThat(keys.newPersonKey("demo-city", 9).toString()).isEqualTo("PersonKey[demo-city/9]");
  }

  @Test
  void twoNewKeys_differ() {
    assertThat(keys.newDocumentKey("demo-city", 1).wrapped())
        .isNotEqualTo(keys.newDocumentKey("demo-city", 1).wrapped());
  }

  @Test
  void aDocumentKeyWrappedAfterAnotherInstanceRotated_opensHereToo() {
    keys.fieldAead("demo-city"); // this instance holds the keyset as it was
    TenantKeys other = new TenantKeys(store.dataSource(), root, Clock.systemUTC());
    other.rotateFieldKey("demo-city");
    DocumentKey made = other.newDocumentKey("demo-city", 3);

    assertThat(
            keys.documentKey("demo-city", 3, made.wrapped())
                .open("page/1", made.seal("page/1", REGION)))
        .isEqualTo(REGION);
  }

  @Test
  void aWrappedKeyOfTheWrongLength_isRefusedAsMalformed() throws Exception {
    byte[] shortKey = new byte[16];
    byte[] wrapped =
        keys.fieldAead("demo-city")
            .encrypt(
                shortKey, "mamori/document-key/v1/demo-city/4".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> keys.documentKey("demo-city", 4, wrapped))
        .isInstanceOf(KeyException.class)
        .hasMessage("the data key of a document of tenant demo-city is malformed");
  }

  @Test
  void aDocumentKeyOfATenantWithoutAKeyset_isMadeWithOne_andItsWrappedFormIsTinks() {
    DocumentKey key = keys.newDocumentKey("new-town", 1);
    assertThat(TenantKeys.wrappingKeyId(key.wrapped()))
        .isEqualTo(keys.primaryFieldKeyId("new-town"));
    assertThat(keys.documentKey("new-town", 1, key.wrapped()).open("p", key.seal("p", REGION)))
        .isEqualTo(REGION);
  }
}
