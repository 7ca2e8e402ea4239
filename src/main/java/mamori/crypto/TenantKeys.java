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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import mamori.core.TenantId;

/**
 * Each tenant's keys, as Tink primitives only: an AEAD for personal fields, and two independent PRFs,
 * one for blind indexes and one for agency-specific tokens, so an index value and a token of the same
 * person cannot be joined. Each is a Tink keyset made on first use and stored in {@code tenant_keyset}
 * only wrapped by the root key, with {@code mamori/keyset/v1/<tenant>/<purpose>} as associated data:
 * a row copied to another tenant or purpose does not open. Keysets may hold several keys; field
 * ciphertexts carry Tink's 5-byte key id, so data stays readable across a later rotation.
 *
 * <p>Thread-safe; a keyset is unwrapped once per instance and kept as its primitive. Two processes
 * using a tenant for the first time at once agree on the keyset whose row was written first.
 */
public final class TenantKeys {
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

  private final KeysetTable table;
  private final Aead root;
  private final Clock clock;
  private final Map<Slot, Object> primitives = new ConcurrentHashMap<>();

  /** The keys of every tenant in {@code store}, wrapped by {@code rootKey} (from {@link RootKeys#open}). */
  public TenantKeys(DataSource store, RootKey rootKey, Clock clock) {
    this.table = new KeysetTable(store);
    this.root = new Aead() {
      @Override
      public byte[] encrypt(byte[] plaintext, byte[] associatedData) throws GeneralSecurityException {
        return rootKey.wrap(plaintext, associatedData);
      }

      @Override
      public byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
        return rootKey.unwrap(ciphertext, associatedData);
      }
    };
    this.clock = clock;
  }

  /**
   * The AEAD (AES-256-GCM) for {@code tenant}'s personal fields. Pass the record and field as
   * associated data so a ciphertext cannot be moved to another place; empty associated data binds
   * nothing.
   *
   * @throws IllegalArgumentException for a malformed tenant id
   * @throws KeyException when the stored keyset does not open or the store cannot be read
   */
  public Aead fieldAead(String tenant) {
    return primitive(tenant, Purpose.FIELD, Aead.class);
  }

  /**
   * The PRF (HMAC-SHA-256) for {@code tenant}'s blind indexes: {@code computePrimary(value, 32)} gives
   * the same output for the same value, and nothing about it without the key. Use {@link PrfSet#getPrfs()}
   * to look up under older keys once keys are rotated.
   */
  public PrfSet indexPrf(String tenant) {
    return primitive(tenant, Purpose.INDEX, PrfSet.class);
  }

  /** The PRF (HMAC-SHA-256) for {@code tenant}'s agency-specific tokens; independent of {@link #indexPrf}. */
  public PrfSet tokenPrf(String tenant) {
    return primitive(tenant, Purpose.TOKEN, PrfSet.class);
  }

  /** One key of a tenant's field keyset, as {@code mamori keys status} shows it. */
  public record KeyInfo(int id, boolean primary, String status) {}

  /**
   * Adds a fresh AES-256-GCM key to {@code tenant}'s field keyset and makes it the primary: new
   * wrapping uses it, while everything wrapped under the older keys still opens. Returns the new key's
   * id. Two rotations at once both succeed, one after the other (compare-and-swap on the stored row).
   *
   * @throws KeyException when the keyset cannot be read, opened or stored
   */
  public int rotateFieldKey(String tenant) {
    checkTenant(tenant);
    fieldAead(tenant); // makes the keyset when the tenant has none yet
    byte[] ad = associatedData(tenant, Purpose.FIELD);
    for (int attempt = 0; attempt < 5; attempt++) {
      KeysetTable.Versioned stored = table.versioned(tenant, Purpose.FIELD.column()).orElseThrow();
      try {
        KeysetHandle old = TinkProtoKeysetFormat.parseEncryptedKeyset(stored.keyset(), root, ad, Purpose.FIELD.tink);
        // a fresh key made through the 2026 configuration (not Tink's global registry), then imported
        // with the id it was given; a clash with an older key's id (one in 2^32) fails the build and retries
        var key = KeysetHandle.generateNew(Purpose.FIELD.parameters, Purpose.FIELD.tink).getPrimary().getKey();
        KeysetHandle rotated;
        try {
          rotated = KeysetHandle.newBuilder(old).addEntry(KeysetHandle.importKey(key).makePrimary()).build();
        } catch (GeneralSecurityException idClash) {
          continue;
        }
        byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(rotated, root, ad, Purpose.FIELD.tink);
        if (table.replaceKeyset(tenant, Purpose.FIELD.column(), wrapped, stored.version(), clock.millis())) {
          forget(tenant, Purpose.FIELD);
          return rotated.getPrimary().getId();
        }
      } catch (GeneralSecurityException e) {
        throw new KeyException("cannot rotate the field keyset of tenant " + tenant + ": " + e.getMessage(), e);
      }
    }
    throw new KeyException("the field keyset of tenant " + tenant + " kept changing while it was rotated; try again");
  }

  /** The keys of {@code tenant}'s field keyset, primary marked; empty when the tenant has none yet. */
  public java.util.List<KeyInfo> fieldKeys(String tenant) {
    checkTenant(tenant);
    var stored = table.keyset(tenant, Purpose.FIELD.column());
    if (stored.isEmpty()) {
      return java.util.List.of();
    }
    try {
      KeysetHandle handle = TinkProtoKeysetFormat.parseEncryptedKeyset(stored.get(), root,
          associatedData(tenant, Purpose.FIELD), Purpose.FIELD.tink);
      var keys = new java.util.ArrayList<KeyInfo>();
      for (int i = 0; i < handle.size(); i++) {
        var entry = handle.getAt(i);
        keys.add(new KeyInfo(entry.getId(), entry.isPrimary(), entry.getStatus().toString().toLowerCase(Locale.ROOT)));
      }
      return keys;
    } catch (GeneralSecurityException e) {
      throw new KeyException("the field keyset of tenant " + tenant + " does not open with the root key", e);
    }
  }

  /**
   * Unwraps a person key; when the cached keyset does not know the key it was wrapped under (another
   * process rotated and re-wrapped since), reads the stored keyset once more and tries again.
   */
  private byte[] unwrapPersonKey(String tenant, long personId, byte[] wrapped) throws GeneralSecurityException {
    try {
      return fieldAead(tenant).decrypt(wrapped, personKeyAd(tenant, personId));
    } catch (GeneralSecurityException e) {
      forget(tenant, Purpose.FIELD);
      return fieldAead(tenant).decrypt(wrapped, personKeyAd(tenant, personId));
    }
  }

  /** The id of the field key {@code wrapped} (a person key) was wrapped under: Tink's 4-byte prefix id. */
  public static int wrappingKeyId(byte[] wrapped) {
    if (wrapped.length < 5 || wrapped[0] != 1) {
      throw new IllegalArgumentException("not a wrapped key with Tink's output prefix");
    }
    return java.nio.ByteBuffer.wrap(wrapped, 1, 4).getInt();
  }

  /** The id of the primary key of {@code tenant}'s field keyset, which wraps every new person key. */
  public int primaryFieldKeyId(String tenant) {
    return fieldKeys(tenant).stream().filter(KeyInfo::primary).findFirst().map(KeyInfo::id)
        .orElseThrow(() -> new KeyException("tenant " + tenant + " has no field keyset yet"));
  }

  /**
   * The same person key wrapped again under the tenant's current primary field key (after
   * {@link #rotateFieldKey}); its data, sealed under the person key, stays as it is.
   *
   * @throws KeyException when {@code wrapped} does not open, as {@link #personKey}
   */
  public byte[] rewrapPersonKey(String tenant, long personId, byte[] wrapped) {
    byte[] raw = null;
    try {
      raw = unwrapPersonKey(tenant, personId, wrapped);
      return fieldAead(tenant).encrypt(raw, personKeyAd(tenant, personId));
    } catch (GeneralSecurityException e) {
      throw new KeyException("the data key of a person of tenant " + tenant + " does not open with the tenant's"
          + " field keyset: it was changed or copied from another person", e);
    } finally {
      if (raw != null) {
        java.util.Arrays.fill(raw, (byte) 0);
      }
    }
  }

  /** Drops a cached primitive so the next use reads the stored keyset again (after a rotation elsewhere). */
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
    return type.cast(primitives.computeIfAbsent(new Slot(tenant, purpose), slot -> load(slot, type)));
  }

  private Object load(Slot slot, Class<?> type) {
    byte[] ad = associatedData(slot.tenant(), slot.purpose());
    Purpose purpose = slot.purpose();
    byte[] wrapped = table.keyset(slot.tenant(), purpose.column()).orElseGet(() -> {
      try {
        KeysetHandle fresh = KeysetHandle.generateNew(purpose.parameters, purpose.tink);
        table.insertKeyset(slot.tenant(), purpose.column(),
            TinkProtoKeysetFormat.serializeEncryptedKeyset(fresh, root, ad, purpose.tink), clock.millis());
      } catch (GeneralSecurityException e) {
        throw new KeyException("cannot make the " + purpose.column() + " keyset of tenant " + slot.tenant()
            + ": " + e.getMessage(), e);
      }
      return table.keyset(slot.tenant(), purpose.column()).orElseThrow();
    });
    try {
      return TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, root, ad, purpose.tink)
          .getPrimitive(purpose.tink, type);
    } catch (GeneralSecurityException e) {
      throw new KeyException("the " + purpose.column() + " keyset of tenant " + slot.tenant() + " does not"
          + " open with the root key: its row in tenant_keyset was changed or copied from another tenant;"
          + " restore it from backup", e);
    }
  }

  static byte[] associatedData(String tenant, Purpose purpose) {
    return ("mamori/keyset/v1/" + tenant + "/" + purpose.column()).getBytes(StandardCharsets.UTF_8);
  }

  // --- Per-person data keys, blind indexes, fingerprints and agency tokens (the vault's keys) ---

  private static final int DATA_KEY = 32;
  private static final int INDEX_BYTES = 16;
  private static final Pattern KIND = Pattern.compile("[a-z][a-z-]{0,31}");
  private static final byte[] FINGERPRINT_PREFIX = "mamori/fingerprint/v1\0".getBytes(StandardCharsets.UTF_8);

  /**
   * A fresh random 256-bit data key for one person of {@code tenant}, wrapped by the tenant's field
   * keyset with {@code mamori/person-key/v1/<tenant>/<personId>} as associated data: a wrapped key
   * copied to another person or tenant does not open.
   *
   * @throws KeyException when the tenant's field keyset does not open
   */
  public PersonKey newPersonKey(String tenant, long personId) {
    byte[] raw = RandomBytes.of(DATA_KEY);
    try {
      return new PersonKey(tenant, personId, raw, fieldAead(tenant).encrypt(raw, personKeyAd(tenant, personId)));
    } catch (GeneralSecurityException e) {
      throw new KeyException("cannot wrap a person's data key for tenant " + tenant + ": " + e.getMessage(), e);
    } finally {
      java.util.Arrays.fill(raw, (byte) 0);
    }
  }

  /**
   * The data key of person {@code personId}, from its wrapped form ({@link PersonKey#wrapped()}).
   *
   * @throws KeyException when {@code wrapped} does not open: changed, copied from another person or
   *     tenant, or wrapped under a key this tenant's keyset no longer holds
   */
  public PersonKey personKey(String tenant, long personId, byte[] wrapped) {
    byte[] raw;
    try {
      raw = unwrapPersonKey(tenant, personId, wrapped);
    } catch (GeneralSecurityException e) {
      throw new KeyException("the data key of a person of tenant " + tenant + " does not open with the tenant's"
          + " field keyset: it was changed or copied from another person", e);
    }
    try {
      if (raw.length != DATA_KEY) {
        throw new KeyException("the data key of a person of tenant " + tenant + " has " + raw.length
            + " bytes, not " + DATA_KEY);
      }
      return new PersonKey(tenant, personId, raw, wrapped);
    } finally {
      java.util.Arrays.fill(raw, (byte) 0);
    }
  }

  /**
   * A blind index: 16 bytes of the tenant's index PRF over {@code kind '\0' value}. Equal values of one
   * kind give equal indexes; without the key an index says nothing about its value, and indexes of two
   * kinds or two tenants cannot be joined. The caller normalises {@code value} first.
   *
   * @param kind what is indexed, such as {@code number} or {@code name-birth}: a-z and '-'
   */
  public byte[] blindIndex(String tenant, String kind, String normalisedValue) {
    if (!KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("a blind index kind is 1 to 32 of a-z and '-'");
    }
    return prf(indexPrf(tenant), (kind + '\0' + normalisedValue).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A keyed fingerprint of a record's canonical bytes (16 bytes of the index PRF under its own prefix,
   * never equal to a blind index): tells whether a record changed without keeping or revealing it.
   */
  public byte[] fingerprint(String tenant, byte[] canonical) {
    byte[] input = new byte[FINGERPRINT_PREFIX.length + canonical.length];
    System.arraycopy(FINGERPRINT_PREFIX, 0, input, 0, FINGERPRINT_PREFIX.length);
    System.arraycopy(canonical, 0, input, FINGERPRINT_PREFIX.length, canonical.length);
    return prf(indexPrf(tenant), input);
  }

  /**
   * The agency-specific token under which {@code organisation} knows person {@code personId} of
   * {@code tenant}: the token PRF over {@code mamori/token/v1/<organisation>/<personId>}. Stable; two
   * organisations' tokens of one person cannot be joined without the tenant's token key, and a token
   * says nothing about the person's number (the tenant's own token is {@code token(t, t, id)}).
   *
   * @param organisation the organisation's id: 1 to 64 characters, no '/' and no control character
   */
  public AgencyToken token(String tenant, String organisation, long personId) {
    if (organisation.isEmpty() || organisation.length() > 64 || organisation.chars().anyMatch(c -> c == '/' || c < 0x20)) {
      throw new IllegalArgumentException("an organisation id is 1 to 64 characters without '/'");
    }
    return AgencyToken.fromBytes(prf(tokenPrf(tenant),
        ("mamori/token/v1/" + organisation + "/" + personId).getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] prf(PrfSet prf, byte[] input) {
    try {
      return prf.computePrimary(input, INDEX_BYTES);
    } catch (GeneralSecurityException e) {
      throw new KeyException("cannot compute a keyed index: " + e.getMessage(), e);
    }
  }

  static byte[] personKeyAd(String tenant, long personId) {
    return ("mamori/person-key/v1/" + tenant + "/" + personId).getBytes(StandardCharsets.UTF_8);
  }
}
