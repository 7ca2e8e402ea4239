package mamori.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.TinkProtoKeysetFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.List;
import mamori.store.Store;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The key file root key's generations and {@link RootKeys#rotate}, on both stores. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class RootKeyGenerationsTest {
  private static final byte[] AD = "mamori/person/1/name".getBytes(StandardCharsets.UTF_8);

  @Parameter TestStores.Kind kind;
  @TempDir Path folder;
  private Store store;
  private Path file;
  private RootKey root;

  @BeforeEach
  void open() {
    store = TestStores.open(kind);
    file = folder.resolve("root.key");
    root = RootKeys.open(new RootKeyConfig.KeyFile(file), store.dataSource());
  }

  @AfterEach
  void close() {
    store.close();
    TestStores.drop(store.location());
  }

  private byte[] fieldRow() {
    return new KeysetTable(store.dataSource()).keyset("demo-city", "field").orElseThrow();
  }

  private boolean opens(RootKey key, byte[] row) {
    return opens(key, "demo-city", row);
  }

  private boolean opens(RootKey key, String tenant, byte[] row) {
    try {
      TinkProtoKeysetFormat.parseEncryptedKeyset(
          row,
          new TenantKeysets(store.dataSource(), key, Clock.systemUTC()).rootAead(),
          TenantKeysets.associatedData(tenant, TenantKeysets.Purpose.FIELD),
          TenantKeysets.Purpose.FIELD.tink);
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  @Test
  void rotate_rewrapsEveryKeysetUnderANewKey_andRemovesTheOldOneFromTheFile() throws Exception {
    TenantKeys keys = new TenantKeys(store.dataSource(), root, Clock.systemUTC());
    byte[] sealed = keys.fieldAead("demo-city").encrypt("山田".getBytes(StandardCharsets.UTF_8), AD);
    keys.indexPrf("demo-city");
    keys.fieldAead("other-town");
    byte[] before = fieldRow();
    List<Integer> generations = RootKeys.generations(root);
    assertThat(generations).hasSize(1);

    RootKeys.Rotated r = RootKeys.rotate(root, store.dataSource(), Clock.systemUTC(), n -> {});

    assertThat(r.rewrapped()).isEqualTo(3); // two keysets of demo-city, one of other-town
    assertThat(RootKeys.generations(root)).containsExactly(r.generation());
    assertThat(r.generation()).isNotEqualTo(generations.getFirst());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    try (var files = Files.list(folder)) {
      assertThat(files).containsExactly(file);
    }
    assertThat(Files.readString(file)).doesNotContain(Integer.toString(generations.getFirst()));
    assertThat(opens(root, before)).as("the keyset row from before").isFalse();
    // a restart opens the store and reads what was sealed before
    RootKey again = RootKeys.open(new RootKeyConfig.KeyFile(file), store.dataSource());
    assertThat(
            new TenantKeys(store.dataSource(), again, Clock.systemUTC())
                .fieldAead("demo-city")
                .decrypt(sealed, AD))
        .asString(StandardCharsets.UTF_8)
        .isEqualTo("山田");
    assertThat(RootKeys.rotate(again, store.dataSource(), Clock.systemUTC(), n -> {}).generation())
        .as("a second rotation makes a third generation")
        .isNotIn(r.generation(), generations.getFirst());
  }

  @Test
  void
      killedAfterTheNewKeyWasAdded_orAfterSomeRows_theStoreOpens_andARerunFinishesTheSameRotation() {
    TenantKeys keys = new TenantKeys(store.dataSource(), root, Clock.systemUTC());
    keys.fieldAead("demo-city");
    keys.tokenPrf("demo-city");
    byte[] before = fieldRow();
    KeyFileRootKey file1 = (KeyFileRootKey) root;

    int pending = file1.addGeneration(); // killed here: both keys in the file
    assertThat(file1.generations()).hasSize(2).endsWith(pending);
    assertThat(file1.addGeneration()).as("a rerun takes the pending one").isEqualTo(pending);
    RootKey restarted = RootKeys.open(new RootKeyConfig.KeyFile(file), store.dataSource());
    new TenantKeys(store.dataSource(), restarted, Clock.systemUTC()).fieldAead("demo-city");
    // a new keyset made meanwhile is wrapped under the pending generation
    new TenantKeys(store.dataSource(), restarted, Clock.systemUTC()).fieldAead("late-town");
    assertThat(
            opens(
                file1.currentOnly(),
                "late-town",
                new KeysetTable(store.dataSource()).keyset("late-town", "field").orElseThrow()))
        .isTrue();

    RootKeys.Rotated r = RootKeys.rotate(restarted, store.dataSource(), Clock.systemUTC(), n -> {});

    assertThat(r.generation()).isEqualTo(pending);
    assertThat(RootKeys.generations(restarted)).containsExactly(pending);
    assertThat(opens(restarted, before)).isFalse();
    assertThat(opens(restarted, fieldRow())).isTrue();
    // the first instance, which held the old key, follows the file
    assertThat(opens(file1, fieldRow())).isTrue();
  }

  @Test
  void aRowThatOpensUnderNoGeneration_stopsTheRotation_andNothingIsDestroyed() {
    new TenantKeys(store.dataSource(), root, Clock.systemUTC()).fieldAead("demo-city");
    byte[] row = fieldRow();
    row[row.length - 1] ^= 1;
    store
        .jdbc()
        .sql("UPDATE tenant_keyset SET keyset = ? WHERE purpose = 'field'")
        .params(row)
        .update();
    int first = RootKeys.generations(root).getFirst();

    assertThatThrownBy(() -> RootKeys.rotate(root, store.dataSource(), Clock.systemUTC(), n -> {}))
        .isInstanceOf(KeyException.class)
        .hasMessageContaining("nothing was destroyed");

    assertThat(RootKeys.generations(root)).hasSize(2).startsWith(first);
  }
}
