package mamori.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The root key in a PKCS#11 token: SoftHSM2 through the JDK's SunPKCS11, each start of Mamori a
 * child JVM ({@link SoftHsm} says why). The tests that keep state in the store run on both stores.
 */
class Pkcs11RootKeyTest {
  @TempDir Path temp;
  private final List<StoreLocation> stores = new ArrayList<>();

  @AfterEach
  void dropStores() {
    stores.forEach(TestStores::drop);
  }

  private String freshStore(TestStores.Kind kind) {
    StoreLocation location = TestStores.fresh(kind);
    stores.add(location);
    return switch (location) {
      case StoreLocation.Embedded e -> e.folder().toString();
      case StoreLocation.Server s -> s.jdbcUrl();
    };
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void firstStart_makesASensitiveNonExtractableKeyInTheToken_andTheNextStartOpensOldCiphertext(
      TestStores.Kind kind) throws Exception {
    SoftHsm hsm = SoftHsm.freshToken(temp.resolve("hsm"));
    String store = freshStore(kind);

    SoftHsm.Result first = hsm.child(store, List.of(), "encrypt", "demo-city", "山田太郎");
    assertThat(first.exit()).as(first.toString()).isZero();
    assertThat(first.line("key")).contains("token object, sensitive, unextractable");
    SoftHsm.Result second =
        hsm.child(store, List.of(), "decrypt", "demo-city", first.line("ciphertext"));
    assertThat(second.exit()).as(second.toString()).isZero();
    assertThat(second.line("plaintext")).isEqualTo("山田太郎");
    assertThat(second.line("key")).contains("token object, sensitive, unextractable");
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void rotatingTheRootKey_makesGenerationTwo_rewraps_andDestroysTheFirstObjectInTheToken(
      TestStores.Kind kind) throws Exception {
    SoftHsm hsm = SoftHsm.freshToken(temp.resolve("hsm"));
    String store = freshStore(kind);
    SoftHsm.Result first = hsm.child(store, List.of(), "encrypt", "demo-city", "山田太郎");
    assertThat(first.exit()).as(first.toString()).isZero();
    byte[] oldField = fieldRow(store);

    // killed after its first step: both objects held, everything still opens
    SoftHsm.Result half = hsm.child(store, List.of(), "add-generation");
    assertThat(half.exit()).as(half.toString()).isZero();
    assertThat(half.line("labels")).isEqualTo("mamori-root mamori-root.2");
    SoftHsm.Result between =
        hsm.child(store, List.of(), "decrypt", "demo-city", first.line("ciphertext"));
    assertThat(between.line("plaintext")).as(between.toString()).isEqualTo("山田太郎");

    // the rerun finishes the same rotation
    SoftHsm.Result rotated = hsm.child(store, List.of(), "rotate-root");
    assertThat(rotated.exit()).as(rotated.toString()).isZero();
    assertThat(rotated.line("generation")).isEqualTo("2");
    assertThat(rotated.line("labels")).isEqualTo("mamori-root.2");
    assertThat(rotated.line("aliases"))
        .as("the first object is gone from the token")
        .isEqualTo("mamori-root.2");
    assertThat(fieldRow(store)).isNotEqualTo(oldField);
    assertThat(fieldRow(store)[0])
        .as("tink's encrypted keyset, now under generation 2")
        .isNotNull();
    SoftHsm.Result after =
        hsm.child(store, List.of(), "decrypt", "demo-city", first.line("ciphertext"));
    assertThat(after.exit()).as(after.toString()).isZero();
    assertThat(after.line("plaintext")).isEqualTo("山田太郎");
    assertThat(after.line("key")).contains("token object, sensitive, unextractable");

    // the keyset row as it was before (a backup of it) opens no more
    byte[] current = fieldRow(store);
    setFieldRow(store, oldField);
    SoftHsm.Result old =
        hsm.child(store, List.of(), "decrypt", "demo-city", first.line("ciphertext"));
    assertThat(old.exit()).as(old.toString()).isEqualTo(3);
    assertThat(old.line("KeyException:")).contains("does not open with the root key");
    setFieldRow(store, current);
  }

  private static byte[] fieldRow(String store) {
    try (Store s = Store.open(location(store))) {
      return s.jdbc()
          .sql("SELECT keyset FROM tenant_keyset WHERE purpose = 'field'")
          .query(byte[].class)
          .single();
    }
  }

  private static void setFieldRow(String store, byte[] keyset) {
    try (Store s = Store.open(location(store))) {
      s.jdbc()
          .sql("UPDATE tenant_keyset SET keyset = ? WHERE purpose = 'field'")
          .params(keyset)
          .update();
    }
  }

  private static StoreLocation location(String store) {
    return store.startsWith("jdbc:")
        ? new StoreLocation.Server(store)
        : new StoreLocation.Embedded(Path.of(store));
  }

  @Test
  void keyGoneFromTheToken_afterKeysetsExist_isAClearError_andNoKeyIsMadeNorAnythingWritten()
      throws Exception {
    String store = freshStore(TestStores.Kind.SQLITE);
    SoftHsm.Result first =
        SoftHsm.freshToken(temp.resolve("hsm1"))
            .child(store, List.of(), "encrypt", "demo-city", "x");
    assertThat(first.exit()).as(first.toString()).isZero();
    List<String> before = rows(store);
    assertThat(before).hasSize(2);

    SoftHsm emptied = SoftHsm.freshToken(temp.resolve("hsm2")); // the token no longer holds the key
    for (int start = 0;
        start < 2;
        start++) { // the second start fails the same way: no key was made
      SoftHsm.Result again =
          emptied.child(store, List.of(), "decrypt", "demo-city", first.line("ciphertext"));
      assertThat(again.exit()).as(again.toString()).isEqualTo(3);
      assertThat(again.line("KeyException:"))
          .contains("the root key 'mamori-root' is not in the PKCS#11 token")
          .contains("slot " + emptied.slot)
          .contains("restore the HSM from its backup")
          .contains("No new key is made");
    }
    assertThat(rows(store)).isEqualTo(before);
  }

  @Test
  void anotherKeyUnderTheLabel_isRefusedAsTheWrongRootKey() throws Exception {
    String keyed = freshStore(TestStores.Kind.POSTGRESQL);
    SoftHsm.Result first =
        SoftHsm.freshToken(temp.resolve("hsm1"))
            .child(keyed, List.of(), "encrypt", "demo-city", "x");
    assertThat(first.exit()).as(first.toString()).isZero();

    SoftHsm other = SoftHsm.freshToken(temp.resolve("hsm2"));
    SoftHsm.Result elsewhere =
        other.child(freshStore(TestStores.Kind.SQLITE), List.of(), "encrypt", "demo-city", "y");
    assertThat(elsewhere.exit())
        .as(elsewhere.toString())
        .isZero(); // another installation's key, same label
    SoftHsm.Result wrong =
        other.child(keyed, List.of(), "decrypt", "demo-city", first.line("ciphertext"));
    assertThat(wrong.exit()).as(wrong.toString()).isEqualTo(3);
    assertThat(wrong.line("KeyException:"))
        .startsWith("wrong root key: the PKCS#11 key 'mamori-root' in slot " + other.slot)
        .contains("Restore the right token from backup");
  }

  @Test
  void wrongPinInThePinFile_isAClearError() throws Exception {
    SoftHsm hsm = SoftHsm.freshToken(temp.resolve("hsm"));
    Path pinFile = Files.writeString(temp.resolve("pin"), "0000\n");
    Files.setPosixFilePermissions(pinFile, PosixFilePermissions.fromString("rw-------"));
    SoftHsm.Result result =
        hsm.child(
            freshStore(TestStores.Kind.SQLITE),
            List.of("-Dmamori.keys.pkcs11.pin-file=" + pinFile),
            "encrypt",
            "demo-city",
            "x");
    assertThat(result.exit()).as(result.toString()).isEqualTo(3);
    assertThat(result.line("KeyException:"))
        .contains("the PKCS#11 token refused the PIN from the PIN file " + pinFile);
  }

  @Test
  void extractableKeyUnderTheLabel_isRefused() throws Exception {
    SoftHsm hsm = SoftHsm.freshToken(temp.resolve("hsm"));
    SoftHsm.Result planted = hsm.child("-", List.of(), "plant-extractable");
    assertThat(planted.exit()).as(planted.toString()).isZero();
    SoftHsm.Result result =
        hsm.child(freshStore(TestStores.Kind.SQLITE), List.of(), "encrypt", "demo-city", "x");
    assertThat(result.exit()).as(result.toString()).isEqualTo(3);
    assertThat(result.line("KeyException:")).contains("can be read out of the token");
  }

  @Test
  void missingLibraryOrPin_isAClearError_beforeAnyTokenIsTouched() {
    try (Store store = Store.open(TestStores.fresh(TestStores.Kind.SQLITE))) {
      stores.add(store.location());
      var noLibrary =
          new RootKeyConfig.Pkcs11(temp.resolve("nothing.so"), null, "mamori-root", null);
      assertThatThrownBy(() ->
              RootKeys.open(noLibrary, store.dataSource(), name -> SoftHsm.PIN, Clock.systemUTC()))
          .isInstanceOf(KeyException.class)
          .hasMessage(
              "the PKCS#11 library "
                  + temp.resolve("nothing.so")
                  + " does not exist (mamori.keys.pkcs11.library)");
      var noPin = new RootKeyConfig.Pkcs11(SoftHsm.library(), null, "mamori-root", null);
      assertThatThrownBy(
              () -> RootKeys.open(noPin, store.dataSource(), name -> null, Clock.systemUTC()))
          .isInstanceOf(KeyException.class)
          .hasMessage(
              "no PIN for the PKCS#11 token: set MAMORI_PKCS11_PIN or mamori.keys.pkcs11.pin-file"
                  + " (never on the command line)");
    }
  }

  @Test
  void providerConfiguration_asksForSensitiveNonExtractableKeys_andQuotesTheLibrary() {
    var config = new RootKeyConfig.Pkcs11(Path.of("/opt/my hsm/lib.so"), 7L, "root", null);
    assertThat(Pkcs11RootKey.providerConfig(config))
        .contains("library = \"/opt/my hsm/lib.so\"\n")
        .contains("slot = 7\n")
        .contains("CKA_SENSITIVE = true")
        .contains("CKA_EXTRACTABLE = false");
    assertThat(
            Pkcs11RootKey.providerConfig(
                new RootKeyConfig.Pkcs11(Path.of("/l.so"), null, "root", null)))
        .contains("slotListIndex = 0\n");
  }

  /** Every key row of the store, hex-encoded, to show that a refused start wrote nothing. */
  private static List<String> rows(String store) {
    StoreLocation location =
        store.startsWith("jdbc:")
            ? new StoreLocation.Server(store)
            : new StoreLocation.Embedded(Path.of(store));
    try (Store s = Store.open(location)) {
      List<String> rows =
          new ArrayList<>(
              s.jdbc()
                  .sql(
                      "SELECT tenant_id, purpose, keyset, version, updated_at FROM tenant_keyset ORDER BY tenant_id, purpose")
                  .query((rs, n) ->
                      rs.getString(1)
                          + "/"
                          + rs.getString(2)
                          + " "
                          + HexFormat.of().formatHex(rs.getBytes(3))
                          + " v"
                          + rs.getLong(4)
                          + " "
                          + rs.getLong(5))
                  .list());
      rows.addAll(
          s.jdbc()
              .sql("SELECT kind, check_value FROM root_key_check")
              .query((rs, n) ->
                  "check " + rs.getString(1) + " " + HexFormat.of().formatHex(rs.getBytes(2)))
              .list());
      return rows;
    }
  }
}
