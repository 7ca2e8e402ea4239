package mamori.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the keys are against where the data is, links resolved, and what a copy would give away.
 */
class KeyPlacementTest {
  @TempDir Path temp;

  @Test
  void theKeyFolder_isTheGivenOne_elseKeysInTheData() {
    Path data = temp.resolve("data");
    assertThat(KeyPlacement.folder(data, null)).isEqualTo(data.resolve("keys"));
    assertThat(KeyPlacement.folder(data, temp.resolve("k"))).isEqualTo(temp.resolve("k"));
  }

  @Test
  void within_followsLinks_andDoesNotMatchNamePrefixes() throws Exception {
    Path data = Files.createDirectories(temp.resolve("data"));
    assertThat(KeyPlacement.within(data.resolve("keys"), data)).isTrue();
    assertThat(KeyPlacement.within(data, data)).isTrue();
    assertThat(KeyPlacement.within(data.resolve("a/../keys"), data)).isTrue();
    assertThat(KeyPlacement.within(temp.resolve("data-keys"), data)).isFalse();
    assertThat(KeyPlacement.within(temp.resolve("keys"), data)).isFalse();
    assertThat(KeyPlacement.within(data.resolve("../keys"), data)).isFalse();
    // a link outside that points in is in; a link inside that points out is out
    Path inside = Files.createDirectories(data.resolve("k"));
    Path outside = Files.createDirectories(temp.resolve("vault-keys"));
    assertThat(KeyPlacement.within(Files.createSymbolicLink(temp.resolve("in"), inside), data))
        .isTrue();
    assertThat(KeyPlacement.within(Files.createSymbolicLink(data.resolve("out"), outside), data))
        .isFalse();
    // a data folder reached through a link is the same folder
    Path dataLink = Files.createSymbolicLink(temp.resolve("data-link"), data);
    assertThat(KeyPlacement.within(data.resolve("keys"), dataLink)).isTrue();
  }

  @Test
  void rootKeyAndSigningKeysInTheEmbeddedDataFolder_openTheDataAndSignTheLog() throws Exception {
    Path data = Files.createDirectories(temp.resolve("data"));
    Path keys = Files.createDirectories(data.resolve("keys"));
    Files.writeString(keys.resolve(RootKeyConfig.FILE_NAME), "{}");
    Files.writeString(keys.resolve("log-demo-city.ed25519.key"), "x");
    Files.writeString(keys.resolve("log-demo-city.ed25519.pub"), "x");
    var report =
        KeyPlacement.inspect(
            data, true, keys, new RootKeyConfig.KeyFile(keys.resolve(RootKeyConfig.FILE_NAME)));
    assertThat(report.exposed()).isTrue();
    assertThat(report.lines())
        .anySatisfy(l -> assertThat(l).startsWith("key folder:").endsWith("INSIDE the data folder"))
        .anySatisfy(
            l -> assertThat(l).startsWith("root key:    file").endsWith("INSIDE the data folder"))
        .anySatisfy(l -> assertThat(l).contains("1 in").contains("log-demo-city.ed25519.key"))
        .anySatisfy(l ->
            assertThat(l)
                .isEqualTo(
                    "a copy of the data folder alone: OPENS every person's data (it holds the root"
                        + " key with the data it wraps) and can sign a rewritten log"));
  }

  @Test
  void onPostgres_theRootKeyFileInTheFolder_stillOpensTheDatabasesCopies() throws Exception {
    Path data = Files.createDirectories(temp.resolve("data"));
    Path keys = Files.createDirectories(data.resolve("keys"));
    Files.writeString(keys.resolve(RootKeyConfig.FILE_NAME), "{}");
    var report =
        KeyPlacement.inspect(
            data, false, keys, new RootKeyConfig.KeyFile(keys.resolve(RootKeyConfig.FILE_NAME)));
    assertThat(report.exposed()).isTrue();
    assertThat(report.lines().getLast())
        .isEqualTo(
            "a copy of the data folder alone: holds the root key: with a copy of the database it"
                + " opens every person's data");
  }

  @Test
  void signingKeysAloneInTheDataFolder_signButOpenNothing() throws Exception {
    Path data = Files.createDirectories(temp.resolve("data"));
    Path keys = Files.createDirectories(data.resolve("keys"));
    Files.writeString(keys.resolve("log-x.mldsa44.key"), "x");
    var token =
        new RootKeyConfig.Pkcs11(
            Path.of("/usr/lib/softhsm/libsofthsm2.so"), null, "mamori-root", null);
    var report = KeyPlacement.inspect(data, true, keys, token);
    assertThat(report.exposed()).isTrue();
    assertThat(report.lines())
        .contains(
            "a copy of the data folder alone: opens no person's data, but can sign a rewritten log");
    assertThat(report.lines()).anySatisfy(l -> assertThat(l).contains("never leaves the token"));
  }

  @Test
  void keysApart_exposeNothing_andAMissingRootKeyIsSaidToBeMadeLater() throws Exception {
    Path data = Files.createDirectories(temp.resolve("data"));
    Path keys = Files.createDirectories(temp.resolve("keys"));
    Files.writeString(keys.resolve("log-x.ed25519.key"), "x");
    var report =
        KeyPlacement.inspect(
            data, true, keys, new RootKeyConfig.KeyFile(keys.resolve(RootKeyConfig.FILE_NAME)));
    assertThat(report.exposed()).isFalse();
    assertThat(report.lines())
        .anySatisfy(l -> assertThat(l).endsWith("outside the data folder"))
        .anySatisfy(l -> assertThat(l).contains("not made yet"))
        .anySatisfy(
            l -> assertThat(l).startsWith("a copy of the data folder alone: opens nothing"));
    // nothing made yet, in a key folder inside the data folder: exposed once the first start makes
    // them
    Path inside = data.resolve("keys");
    var later =
        KeyPlacement.inspect(
            data, true, inside, new RootKeyConfig.KeyFile(inside.resolve(RootKeyConfig.FILE_NAME)));
    assertThat(later.exposed()).isTrue();
    assertThat(later.lines().getLast())
        .isEqualTo(
            "a copy of the data folder alone: opens nothing yet, but the keys will be made inside it"
                + " on the first start");
    // no signing key yet anywhere
    Path empty = Files.createDirectories(temp.resolve("empty"));
    var none =
        KeyPlacement.inspect(
            data, true, empty, new RootKeyConfig.KeyFile(empty.resolve(RootKeyConfig.FILE_NAME)));
    assertThat(none.lines())
        .anySatisfy(l -> assertThat(l).startsWith("log signing keys: none yet"));
    assertThat(none.exposed()).isFalse();
  }
}
