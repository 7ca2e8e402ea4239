package mamori.crypto;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where the root key lives: a key file or a PKCS#11 token. Read from properties with {@link #from}:
 *
 * <dl>
 *   <dt>{@code mamori.keys.root}
 *   <dd>{@code file} (default) or {@code pkcs11}
 *   <dt>{@code mamori.keys.pkcs11.library}
 *   <dd>the token's PKCS#11 library, e.g. {@code /usr/lib/softhsm/libsofthsm2.so}; required for
 *       {@code pkcs11}
 *   <dt>{@code mamori.keys.pkcs11.slot}
 *   <dd>the slot id; default the first slot the library lists
 *   <dt>{@code mamori.keys.pkcs11.label}
 *   <dd>the key's label in the token, default {@value #DEFAULT_LABEL}
 *   <dt>{@code mamori.keys.pkcs11.pin-file}
 *   <dd>a file holding the user PIN; without it the PIN is the environment variable {@value
 *       #PIN_VARIABLE}. Never a command-line argument, which other users of the machine can read.
 * </dl>
 *
 * The key file is {@value #FILE_NAME} in the key folder, the same owner-only folder as the log's
 * signing keys.
 */
public sealed interface RootKeyConfig {
  String FILE_NAME = "root.key";
  String DEFAULT_LABEL = "mamori-root";
  String PIN_VARIABLE = "MAMORI_PKCS11_PIN";

  /** A Tink keyset (one AES-256-GCM key, JSON) in an owner-only file, made on the first start. */
  record KeyFile(Path file) implements RootKeyConfig {
    @Override
    public String toString() {
      return "root key file " + file;
    }
  }

  /**
   * An AES-256 key in a PKCS#11 token under {@code label}, used there through the JDK's SunPKCS11.
   *
   * @param slot the slot id, or null for the first slot the library lists
   * @param pinFile the file holding the PIN, or null to read {@value #PIN_VARIABLE}
   */
  record Pkcs11(Path library, @Nullable Long slot, String label, @Nullable Path pinFile)
      implements RootKeyConfig {
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    public Pkcs11 {
      if (library.toString().matches("(?s).*[\"\\n\\r].*")) {
        throw new KeyException(
            "mamori.keys.pkcs11.library is a file name without quotes or line breaks");
      }
      if (!LABEL.matcher(label).matches()) {
        throw new KeyException(
            "mamori.keys.pkcs11.label is 1 to 32 of A-Z, a-z, 0-9, '.', '_' and '-'");
      }
    }

    @Override
    public String toString() {
      return "PKCS#11 key '"
          + label
          + "' in "
          + (slot == null ? "the first slot" : "slot " + slot)
          + " of "
          + library;
    }
  }

  /**
   * The configuration the properties describe.
   *
   * @param property looks up a property, null when unset (Spring's {@code
   *     Environment::getProperty})
   * @param keyFolder the owner-only key folder ({@code mamori.keys}, default {@code <data>/keys})
   * @throws KeyException naming the property that is wrong or missing
   */
  public static RootKeyConfig from(Function<String, @Nullable String> property, Path keyFolder) {
    String root = orDefault(property.apply("mamori.keys.root"), "file");
    return switch (root) {
      case "file" -> new KeyFile(keyFolder.resolve(FILE_NAME));
      case "pkcs11" -> {
        String library = property.apply("mamori.keys.pkcs11.library");
        if (library == null || library.isBlank()) {
          throw new KeyException(
              "mamori.keys.root is pkcs11, so mamori.keys.pkcs11.library must name the"
                  + " token's PKCS#11 library (e.g. /usr/lib/softhsm/libsofthsm2.so)");
        }
        String slot = property.apply("mamori.keys.pkcs11.slot");
        String pinFile = property.apply("mamori.keys.pkcs11.pin-file");
        yield new Pkcs11(
            Path.of(library.strip()),
            slot == null || slot.isBlank() ? null : slot(slot),
            orDefault(property.apply("mamori.keys.pkcs11.label"), DEFAULT_LABEL),
            pinFile == null || pinFile.isBlank() ? null : Path.of(pinFile.strip()));
      }
      default -> throw new KeyException("mamori.keys.root is file or pkcs11, not '" + root + "'");
    };
  }

  private static String orDefault(@Nullable String value, String otherwise) {
    return value == null || value.isBlank() ? otherwise : value.strip();
  }

  private static long slot(String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new KeyException(
          "mamori.keys.pkcs11.slot is a slot id (a number), not '" + value + "'", e);
    }
  }
}
