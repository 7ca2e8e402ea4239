package mamori.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.Configuration;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig2026;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig2026;
import com.google.crypto.tink.prf.PrfSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import mamori.core.TenantId;
import mamori.crypto.TenantKeys.KeyInfo;

/**
 * Each tenant's three keysets, held as Tink primitives: an AEAD for personal fields, and two
 * independent PRFs, one for blind indexes and one for agency-specific tokens. Each is a Tink keyset
 * made on first use and stored in {@code tenant_keyset} only wrapped by the root key, with {@code
 * mamori/keyset/v1/<tenant>/<purpose>} as associated data: a row copied to another tenant or
 * purpose does not open. The field keyset rotates: it may hold several keys, and field ciphertexts
 * carry Tink's 5-byte key id, so data stays readable across a later rotation.
 *
 * <p>Thread-safe; a keyset is unwrapped once per instance and kept as its primitive until {@link
 * #forget} drops it. Two processes using a tenant for the first time at once agree on the keyset
 * whose row was written first.
 */
final class TenantKeysets {

  /** What a keyset is for; its name is stored and bound into the wrapping. */
  enum Purpose {
    FIELD(PredefinedAeadParameters.AES256_GCM, AeadConfig2026.get()),
    INDEX(PredefinedPrfParameters.HMAC_SHA256_PRF, PrfConfig2026.get()),
    TOKEN(PredefinedPrfParameters.HMAC_SHA256_PRF, PrfConfig2026.get());

    final Parameters parameters;
    final Configuration tink;

    Purpose(Parameters parameters, Configuration tink) {
      this.parameters = parameters;
      this.tink = tink;
    }

    String column() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private record Slot(String tenant, Purpose purpose) {}

  /** A keyset's primitive, the stored version it came from, and when that was last checked. */
  private record Loaded(Object primitive, long version, long checkedAtNanos) {}

  /**
   * How long a field keyset is used before its stored version is looked at again: a rotation or
   * retirement made by another process is seen within this, so nothing is wrapped for long under a
   * key another process made non-primary ({@link TenantKeys#retireFieldKey} waits it out).
   */
  static final java.time.Duration RECHECK = java.time.Duration.ofSeconds(5);

  private final KeysetTable table;
  private final Aead root;
  private final Clock clock;
  private final Map<Slot, Loaded> primitives = new ConcurrentHashMap<>();

  TenantKeysets(DataSource store, RootKey rootKey, Clock clock) {
    this.table = new KeysetTable(store);
    this.root =
        new Aead() {
          @Override
          public byte[] encrypt(byte[] plaintext, byte[] associatedData)
              throws GeneralSecurityException {
            return rootKey.wrap(plaintext, associatedData);
          }

          @Override
          public byte[] decrypt(byte[] ciphertext, byte[] associatedData)
              throws GeneralSecurityException {
            return rootKey.unwrap(ciphertext, associatedData);
          }
        };
    this.clock = clock;
  }

  /** The root key as the Tink AEAD the keysets are wrapped with. */
  Aead rootAead() {
    return root;
  }

  Aead fieldAead(String tenant) {
    return primitive(tenant, Purpose.FIELD, Aead.class);
  }

  PrfSet indexPrf(String tenant) {
    return primitive(tenant, Purpose.INDEX, PrfSet.class);
  }

  PrfSet tokenPrf(String tenant) {
    return primitive(tenant, Purpose.TOKEN, PrfSet.class);
  }

  /**
   * Adds a fresh AES-256-GCM key to {@code tenant}'s field keyset and makes it the primary: new
   * wrapping uses it, while everything wrapped under the older keys still opens. Returns the new
   * key's id. Two rotations at once both succeed, one after the other (compare-and-swap on the
   * stored row).
   *
   * @throws KeyException when the keyset cannot be read, opened or stored
   */
  int rotateFieldKey(String tenant) {
    checkTenant(tenant);
    fieldAead(tenant); // makes the keyset when the tenant has none yet
    byte[] ad = associatedData(tenant, Purpose.FIELD);
    for (int attempt = 0; attempt < 5; attempt++) {
      KeysetTable.Versioned stored = table.versioned(tenant, Purpose.FIELD.column()).orElseThrow();
      try {
        KeysetHandle old =
            TinkProtoKeysetFormat.parseEncryptedKeyset(
                stored.keyset(), root, ad, Purpose.FIELD.tink);
        // a fresh key made through the 2026 configuration (not Tink's global registry), then
        // imported
        // with the id it was given; a clash with an older key's id (one in 2^32) fails the build
        // and retries
        var key =
            KeysetHandle.generateNew(Purpose.FIELD.parameters, Purpose.FIELD.tink)
                .getPrimary()
                .getKey();
        KeysetHandle rotated;
        try {
          rotated =
              KeysetHandle.newBuilder(old)
                  .addEntry(KeysetHandle.importKey(key).makePrimary())
                  .build();
        } catch (GeneralSecurityException idClash) {
          continue;
        }
        byte[] wrapped =
            TinkProtoKeysetFormat.serializeEncryptedKeyset(rotated, root, ad, Purpose.FIELD.tink);
        if (table.replaceKeyset(
            tenant, Purpose.FIELD.column(), wrapped, stored.version(), clock.millis())) {
          forget(tenant, Purpose.FIELD);
          return rotated.getPrimary().getId();
        }
      } catch (GeneralSecurityException e) {
        throw new KeyException(
            "cannot rotate the field keyset of tenant " + tenant + ": " + e.getMessage(), e);
      }
    }
    throw new KeyException(
        "the field keyset of tenant " + tenant + " kept changing while it was rotated; try again");
  }

  /**
   * The keys of {@code tenant}'s field keyset, primary marked; empty when the tenant has none yet.
   */
  List<KeyInfo> fieldKeys(String tenant) {
    checkTenant(tenant);
    var stored = table.keyset(tenant, Purpose.FIELD.column());
    if (stored.isEmpty()) {
      return List.of();
    }
    try {
      KeysetHandle handle =
          TinkProtoKeysetFormat.parseEncryptedKeyset(
              stored.get(), root, associatedData(tenant, Purpose.FIELD), Purpose.FIELD.tink);
      var keys = new ArrayList<KeyInfo>();
      for (int i = 0; i < handle.size(); i++) {
        var entry = handle.getAt(i);
        keys.add(
            new KeyInfo(
                entry.getId(),
                entry.isPrimary(),
                entry.getStatus().toString().toLowerCase(Locale.ROOT)));
      }
      return keys;
    } catch (GeneralSecurityException e) {
      throw new KeyException(
          "the field keyset of tenant " + tenant + " does not open with the root key", e);
    }
  }

  /**
   * Drops a cached primitive so the next use reads the stored keyset again (after a rotation
   * elsewhere).
   */
  void forget(String tenant, Purpose purpose) {
    primitives.remove(new Slot(tenant, purpose));
  }

  private static void checkTenant(String tenant) {
    if (!TenantId.isValid(tenant)) {
      throw new IllegalArgumentException("a tenant id is 1 to 64 of a-z, 0-9 and '-'");
    }
  }

  private <P> P primitive(String tenant, Purpose purpose, Class<P> type) {
    checkTenant(tenant);
    Slot slot = new Slot(tenant, purpose);
    Loaded loaded = primitives.computeIfAbsent(slot, s -> load(s, type));
    if (purpose == Purpose.FIELD
        && System.nanoTime() - loaded.checkedAtNanos() > RECHECK.toNanos()) {
      long stored = table.version(tenant, purpose.column()).orElse(loaded.version());
      Loaded now =
          stored == loaded.version()
              ? new Loaded(loaded.primitive(), stored, System.nanoTime())
              : load(slot, type);
      primitives.put(slot, now);
      loaded = now;
    }
    return type.cast(loaded.primitive());
  }

  /**
   * Deletes key {@code keyId} from {@code tenant}'s field keyset (compare-and-swap on the row, as
   * {@link #rotateFieldKey}); false when it is not there (deleted before).
   *
   * @throws KeyException when it is the primary or the only key, or the keyset cannot be stored
   */
  boolean deleteFieldKey(String tenant, int keyId) {
    checkTenant(tenant);
    byte[] ad = associatedData(tenant, Purpose.FIELD);
    for (int attempt = 0; attempt < 5; attempt++) {
      var stored = table.versioned(tenant, Purpose.FIELD.column());
      if (stored.isEmpty()) {
        return false;
      }
      try {
        KeysetHandle old =
            TinkProtoKeysetFormat.parseEncryptedKeyset(
                stored.get().keyset(), root, ad, Purpose.FIELD.tink);
        int at = -1;
        for (int i = 0; i < old.size(); i++) {
          if (old.getAt(i).getId() == keyId) {
            at = i;
          }
        }
        if (at < 0) {
          return false;
        }
        if (old.getAt(at).isPrimary() || old.size() == 1) {
          throw new KeyException(
              "field key "
                  + Integer.toUnsignedLong(keyId)
                  + " of tenant "
                  + tenant
                  + " is the primary key; rotate first");
        }
        KeysetHandle without = KeysetHandle.newBuilder(old).deleteAt(at).build();
        byte[] wrapped =
            TinkProtoKeysetFormat.serializeEncryptedKeyset(without, root, ad, Purpose.FIELD.tink);
        if (table.replaceKeyset(
            tenant, Purpose.FIELD.column(), wrapped, stored.get().version(), clock.millis())) {
          forget(tenant, Purpose.FIELD);
          return true;
        }
      } catch (GeneralSecurityException e) {
        throw new KeyException(
            "cannot change the field keyset of tenant " + tenant + ": " + e.getMessage(), e);
      }
    }
    throw new KeyException(
        "the field keyset of tenant "
            + tenant
            + " kept changing while a key was deleted; try again");
  }

  private Loaded load(Slot slot, Class<?> type) {
    byte[] ad = associatedData(slot.tenant(), slot.purpose());
    Purpose purpose = slot.purpose();
    KeysetTable.Versioned stored =
        table
            .versioned(slot.tenant(), purpose.column())
            .orElseGet(() -> {
              try {
                KeysetHandle fresh = KeysetHandle.generateNew(purpose.parameters, purpose.tink);
                table.insertKeyset(
                    slot.tenant(),
                    purpose.column(),
                    TinkProtoKeysetFormat.serializeEncryptedKeyset(fresh, root, ad, purpose.tink),
                    clock.millis());
              } catch (GeneralSecurityException e) {
                throw new KeyException(
                    "cannot make the "
                        + purpose.column()
                        + " keyset of tenant "
                        + slot.tenant()
                        + ": "
                        + e.getMessage(),
                    e);
              }
              return table.versioned(slot.tenant(), purpose.column()).orElseThrow();
            });
    try {
      return new Loaded(
          TinkProtoKeysetFormat.parseEncryptedKeyset(stored.keyset(), root, ad, purpose.tink)
              .getPrimitive(purpose.tink, type),
          stored.version(),
          System.nanoTime());
    } catch (GeneralSecurityException e) {
      throw new KeyException(
          "the "
              + purpose.column()
              + " keyset of tenant "
              + slot.tenant()
              + " does not"
              + " open with the root key: its row in tenant_keyset was changed or copied from another tenant;"
              + " restore it from backup",
          e);
    }
  }

  static byte[] associatedData(String tenant, Purpose purpose) {
    return ("mamori/keyset/v1/" + tenant + "/" + purpose.column()).getBytes(StandardCharsets.UTF_8);
  }
}
