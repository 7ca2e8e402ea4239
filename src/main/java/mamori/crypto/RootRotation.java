package mamori.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Locale;
import java.util.function.LongConsumer;
import javax.sql.DataSource;

/**
 * Replacing the root key by a new generation, so that a copy of a {@code tenant_keyset} row kept
 * anywhere (a dump, a backup, an old row version or WAL of PostgreSQL, a copy of a SQLite file)
 * stops opening: that copy is wrapped under the old generation, which this destroys.
 *
 * <p>The order makes it crash-safe; a kill at any point leaves every row openable and a rerun
 * finishes:
 *
 * <ol>
 *   <li>a new generation is made current and stored durably (the key file rewritten and synced, or
 *       a new object in the token) before anything is wrapped under it; while older ones are held a
 *       rerun takes the pending generation instead of making another;
 *   <li>each keyset row and the root key check that does not open under the current generation
 *       alone is unwrapped (under any held generation) and wrapped again under the current one,
 *       stored with a compare-and-swap on the row (a row changed meanwhile is read again);
 *   <li>every row is read again and must open under the current generation alone; only then are the
 *       older generations destroyed.
 * </ol>
 */
final class RootRotation {
  private static final int ATTEMPTS = 5;

  private final KeysetTable table;
  private final GenerationalRootKey root;
  private final Clock clock;

  RootRotation(DataSource store, GenerationalRootKey root, Clock clock) {
    this.table = new KeysetTable(store);
    this.root = root;
    this.clock = clock;
  }

  /** Runs the three steps; {@code progress} hears the rows re-wrapped so far. */
  RootKeys.Rotated rotate(LongConsumer progress) {
    int generation = root.addGeneration();
    RootKey current = root.currentOnly();
    long rewrapped = 0;
    for (int pass = 0; pass < ATTEMPTS; pass++) {
      long stale = 0;
      for (KeysetTable.Row row : table.rows()) {
        if (!opens(current, row)) {
          stale++;
          if (rewrapRow(row)) {
            progress.accept(++rewrapped);
          }
        }
      }
      stale += rewrapCheck(current) ? 1 : 0;
      if (stale == 0) {
        root.destroyOlderGenerations();
        return new RootKeys.Rotated(generation, rewrapped);
      }
    }
    throw new KeyException(
        "the tenant keysets kept changing while the root key was rotated; run it again (the old"
            + " root key is kept until every keyset is under the new one)");
  }

  private static TenantKeysets.Purpose purpose(KeysetTable.Row row) {
    return TenantKeysets.Purpose.valueOf(row.purpose().toUpperCase(Locale.ROOT));
  }

  private static byte[] ad(KeysetTable.Row row) {
    return TenantKeysets.associatedData(row.tenant(), purpose(row));
  }

  private static boolean opens(RootKey key, KeysetTable.Row row) {
    try {
      TinkProtoKeysetFormat.parseEncryptedKeyset(
          row.keyset(), aead(key), ad(row), purpose(row).tink);
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /** One row wrapped again under the current generation; false when it changed meanwhile. */
  private boolean rewrapRow(KeysetTable.Row row) {
    try {
      Aead all = aead(root);
      KeysetHandle keyset =
          TinkProtoKeysetFormat.parseEncryptedKeyset(row.keyset(), all, ad(row), purpose(row).tink);
      byte[] again =
          TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, all, ad(row), purpose(row).tink);
      return table.replaceKeyset(row.tenant(), row.purpose(), again, row.version(), clock.millis());
    } catch (GeneralSecurityException e) {
      throw new KeyException(
          "the "
              + row.purpose()
              + " keyset of tenant "
              + row.tenant()
              + " does not open with any generation of the root key; nothing was destroyed",
          e);
    }
  }

  /** The root key check wrapped again when it is not under the current generation; true if so. */
  private boolean rewrapCheck(RootKey current) {
    KeysetTable.Check check = table.check().orElseThrow();
    try {
      current.unwrap(check.value(), RootKeys.CHECK_AD);
      return false;
    } catch (GeneralSecurityException notCurrent) {
      try {
        byte[] plain = root.unwrap(check.value(), RootKeys.CHECK_AD);
        table.replaceCheck(check.value(), root.wrap(plain, RootKeys.CHECK_AD));
        return true;
      } catch (GeneralSecurityException e) {
        throw new KeyException("the root key check does not open; nothing was destroyed", e);
      }
    }
  }

  private static Aead aead(RootKey key) {
    return new Aead() {
      @Override
      public byte[] encrypt(byte[] plaintext, byte[] associatedData)
          throws GeneralSecurityException {
        return key.wrap(plaintext, associatedData);
      }

      @Override
      public byte[] decrypt(byte[] ciphertext, byte[] associatedData)
          throws GeneralSecurityException {
        return key.unwrap(ciphertext, associatedData);
      }
    };
  }
}
