package mamori.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.ProviderException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import mamori.store.ClockConfiguration;
import org.jspecify.annotations.Nullable;

/**
 * Opens the root key for a store, and is the one place that decides whether a root key may be made.
 *
 * <p>The danger is a vault that starts "fine" with a new, empty key after the real one was lost:
 * every keyset wrapped by the old key would be unreadable, and new data would be written beside it
 * under another key. So a root key is made only when the store has never been keyed, and the store
 * remembers the key it was keyed to without holding it: the {@code root_key_check} row is a short
 * known text wrapped by the root key (random nonce, authenticated), written on the first start. On
 * every start:
 *
 * <ol>
 *   <li>the store is keyed when it holds that row or any keyset;
 *   <li>a keyed store never gets a new key: a missing key file or token key is a {@link
 *       KeyException} naming it and saying to restore it, and nothing is written;
 *   <li>the key that was found must open the check, else it is the wrong key, refused the same way
 *       (so a key file from another installation cannot start this one);
 *   <li>an unkeyed store uses the key that is there, or makes one, then writes the check. Two
 *       processes starting at once both re-read the check that won, so the loser fails instead of
 *       diverging.
 * </ol>
 *
 * The check's kind ({@code file} or {@code pkcs11}) is compared first, so switching {@code
 * mamori.keys.root} by mistake names the real cause.
 */
public final class RootKeys {
  private static final byte[] CHECK = "mamori root key check, v1".getBytes(StandardCharsets.UTF_8);
  static final byte[] CHECK_AD = "mamori/root-key-check/v1".getBytes(StandardCharsets.UTF_8);

  private RootKeys() {}

  /**
   * The root key {@code config} names, checked against the store (and made when the store was never
   * keyed). The PIN of a PKCS#11 token is read from the environment or the configured PIN file.
   *
   * @param store the store whose keysets the key wraps; its migrations must have run
   * @param clock dates the root key check when this call makes it
   * @throws KeyException when the key is missing, unreadable or not this store's, naming what to
   *     restore
   */
  public static RootKey open(RootKeyConfig config, DataSource store, Clock clock) {
    return open(config, store, System::getenv, clock);
  }

  /** As {@link #open(RootKeyConfig, DataSource, Clock)}, for a command that runs without Spring. */
  public static RootKey open(RootKeyConfig config, DataSource store) {
    return open(config, store, ClockConfiguration.systemClock());
  }

  static RootKey open(
      RootKeyConfig config, DataSource store, Function<String, @Nullable String> env, Clock clock) {
    KeysetTable table = new KeysetTable(store);
    Optional<KeysetTable.Check> check = table.check();
    long keysets = table.keysets();
    boolean keyed = check.isPresent() || keysets > 0;
    if (check.isPresent() && !check.get().kind().equals(kind(config))) {
      throw new KeyException(
          "this store is keyed to a "
              + check.get().kind()
              + " root key, but"
              + " mamori.keys.root is "
              + kind(config)
              + "; configure the "
              + check.get().kind()
              + " root key again");
    }
    RootKey key =
        switch (config) {
          case RootKeyConfig.KeyFile f ->
              KeyFileRootKey.load(f.file())
                  .orElseGet(() -> {
                    if (keyed) {
                      throw new KeyException(
                          "the root key file "
                              + f.file()
                              + " is missing, but this store is keyed to"
                              + " it (tenant keysets wrapped by it: "
                              + keysets
                              + "); restore the file from backup."
                              + " No new key is made, since it could not open them.");
                    }
                    return KeyFileRootKey.create(f.file());
                  });
          case RootKeyConfig.Pkcs11 p -> Pkcs11RootKey.open(p, env, !keyed);
        };
    if (check.isEmpty()) {
      if (keyed) {
        throw new KeyException(
            "this store holds tenant keysets ("
                + keysets
                + ") but no root key check"
                + " (table root_key_check): it was damaged or partly restored; restore the database from backup");
      }
      try {
        table.insertCheck(kind(config), key.wrap(CHECK, CHECK_AD), clock.millis());
      } catch (GeneralSecurityException e) {
        throw new KeyException("cannot use the " + key + ": " + e.getMessage(), e);
      }
      check = table.check();
    }
    if (!opensCheck(key, check.orElseThrow())) {
      throw new KeyException(
          "wrong root key: the "
              + key
              + " is not the root key this store is keyed to"
              + " (it does not open the store's root key check). Restore the right "
              + (config instanceof RootKeyConfig.KeyFile ? "key file" : "token")
              + " from backup; this key"
              + " cannot open the store's keysets.");
    }
    return key;
  }

  /**
   * A finished root key rotation.
   *
   * @param generation the root key generation now current (Tink's key id in a key file; 2, 3, ...
   *     in a PKCS#11 token)
   * @param rewrapped how many keyset rows (and the root key check) were wrapped again
   */
  public record Rotated(int generation, long rewrapped) {}

  /**
   * Replaces {@code key} (from {@link #open}) by a new generation: made durable, every tenant
   * keyset and the root key check wrapped again under it, then the older generations destroyed (in
   * the key file, or in the token). After it, a copy of a keyset row from before (a dump, a backup)
   * opens under no key that exists. Crash-safe and resumable: a rerun after a kill finishes the
   * same rotation. The tenants' keys themselves are unchanged, so nothing else is re-wrapped.
   *
   * @param progress hears how many rows were re-wrapped so far
   * @throws KeyException when a row does not open (then nothing is destroyed), or the key cannot
   *     rotate
   */
  public static Rotated rotate(
      RootKey key, DataSource store, Clock clock, java.util.function.LongConsumer progress) {
    if (!(key instanceof GenerationalRootKey generational)) {
      throw new KeyException("the " + key + " cannot be rotated");
    }
    return new RootRotation(store, generational, clock).rotate(progress);
  }

  /**
   * The generations of {@code key} it holds, oldest first, the current one last: one, except while
   * a rotation is under way (or was stopped, and {@link #rotate} finishes it).
   */
  public static java.util.List<Integer> generations(RootKey key) {
    return key instanceof GenerationalRootKey g ? g.generations() : java.util.List.of();
  }

  private static boolean opensCheck(RootKey key, KeysetTable.Check check) {
    try {
      return MessageDigest.isEqual(CHECK, key.unwrap(check.value(), CHECK_AD));
    } catch (GeneralSecurityException e) {
      return false;
    } catch (ProviderException e) {
      throw new KeyException("cannot use the " + key + ": " + e.getMessage(), e);
    }
  }

  private static String kind(RootKeyConfig config) {
    return switch (config) {
      case RootKeyConfig.KeyFile f -> "file";
      case RootKeyConfig.Pkcs11 p -> "pkcs11";
    };
  }
}
