package mamori.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RootKeyConfigTest {
  private static final Path KEYS = Path.of("data/keys");

  private static RootKeyConfig from(Map<String, String> properties) {
    return RootKeyConfig.from(properties::get, KEYS);
  }

  @Test
  void nothingConfigured_isTheKeyFileInTheKeyFolder() {
    assertThat(from(Map.of())).isEqualTo(new RootKeyConfig.KeyFile(Path.of("data/keys/root.key")));
    assertThat(from(Map.of("mamori.keys.root", " file ")))
        .isEqualTo(new RootKeyConfig.KeyFile(Path.of("data/keys/root.key")));
  }

  @Test
  void pkcs11_readsLibrarySlotLabelAndPinFile() {
    assertThat(
            from(
                Map.of(
                    "mamori.keys.root",
                    "pkcs11",
                    "mamori.keys.pkcs11.library",
                    "/usr/lib/softhsm/libsofthsm2.so",
                    "mamori.keys.pkcs11.slot",
                    "1589384733",
                    "mamori.keys.pkcs11.label",
                    "city-root",
                    "mamori.keys.pkcs11.pin-file",
                    "/etc/mamori/pin")))
        .isEqualTo(
            new RootKeyConfig.Pkcs11(
                Path.of("/usr/lib/softhsm/libsofthsm2.so"),
                1589384733L,
                "city-root",
                Path.of("/etc/mamori/pin")));
  }

  @Test
  void pkcs11_defaultsToTheFirstSlot_labelMamoriRoot_andThePinFromTheEnvironment() {
    RootKeyConfig config =
        from(Map.of("mamori.keys.root", "pkcs11", "mamori.keys.pkcs11.library", "/l.so"));
    assertThat(config)
        .isEqualTo(new RootKeyConfig.Pkcs11(Path.of("/l.so"), null, "mamori-root", null));
    assertThat(config).hasToString("PKCS#11 key 'mamori-root' in the first slot of /l.so");
  }

  @Test
  void pkcs11_withoutLibrary_isAClearError() {
    assertThatThrownBy(() -> from(Map.of("mamori.keys.root", "pkcs11")))
        .isInstanceOf(KeyException.class)
        .hasMessageStartingWith(
            "mamori.keys.root is pkcs11, so mamori.keys.pkcs11.library must name");
  }

  @Test
  void badValues_nameTheProperty() {
    assertThatThrownBy(() -> from(Map.of("mamori.keys.root", "kms")))
        .isInstanceOf(KeyException.class)
        .hasMessage("mamori.keys.root is file or pkcs11, not 'kms'");
    assertThatThrownBy(() ->
            from(
                Map.of(
                    "mamori.keys.root",
                    "pkcs11",
                    "mamori.keys.pkcs11.library",
                    "/l.so",
                    "mamori.keys.pkcs11.slot",
                    "first")))
        .isInstanceOf(KeyException.class)
        .hasMessage("mamori.keys.pkcs11.slot is a slot id (a number), not 'first'");
    assertThatThrownBy(() ->
            from(
                Map.of(
                    "mamori.keys.root",
                    "pkcs11",
                    "mamori.keys.pkcs11.library",
                    "/l.so",
                    "mamori.keys.pkcs11.label",
                    "a label\nwith=newline")))
        .isInstanceOf(KeyException.class)
        .hasMessageStartingWith("mamori.keys.pkcs11.label is 1 to 32 of");
    assertThatThrownBy(() ->
            from(
                Map.of(
                    "mamori.keys.root",
                    "pkcs11",
                    "mamori.keys.pkcs11.library",
                    "/l.so\"\nslot = 0")))
        .isInstanceOf(KeyException.class)
        .hasMessage("mamori.keys.pkcs11.library is a file name without quotes or line breaks");
  }
}
