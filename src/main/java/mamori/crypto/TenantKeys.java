package mamori.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.prf.PrfSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Each tenant's keys, as Tink primitives only, and the keys the vault derives from them: a person's
 * data key wrapped by the tenant's field AEAD, blind indexes and record fingerprints from the index
 * PRF, and agency-specific tokens from the token PRF, so an index value and a token of the same
 * person cannot be joined. The keysets themselves (made on first use, stored wrapped by the root
 * key, rotated) are kept by {@link TenantKeysets}.
 *
 * <p>Thread-safe; a keyset is unwrapped once per instance and kept as its primitive. Two processes
 * using a tenant for the first time at once agree on the keyset whose row was written first.
 */
public final class TenantKeys {
  private static final int DATA_KEY = 32;
  private static final int INDEX_BYTES = 16;
  private static final Pattern KIND = Pattern.compile("[a-z][a-z-]{0,31}");
  private static final byte[] FINGERPRINT_PREFIX =
      "mamori/fingerprint/v1\0".getBytes(StandardCharsets.UTF_8);

  private final TenantKeysets keysets;
  private final DataSource store;
  private final RootKey rootKey;
  private final Clock clock;

  /**
   * The keys of every tenant in {@code store}, wrapped by {@code rootKey} (from {@link
   * RootKeys#open}).
   */
  public TenantKeys(DataSource store, RootKey rootKey, Clock clock) {
    this.keysets = new TenantKeysets(store, rootKey, clock);
    this.store = store;
    this.rootKey = rootKey;
    this.clock = clock;
  }

  /**
   * Deletes field key {@code keyId} from {@code tenant}'s field keyset (compare-and-swap on the
   * stored row): whatever it still wraps or seals opens no more. The caller first re-wraps and
   * re-seals everything under it ({@code vault.KeyRotation#retire} does) and then rotates the root
   * key ({@link #rotateRootKey}), since an older copy of the keyset row still holds the key.
   * Returns false when the key is not in the keyset (deleted before).
   *
   * @throws KeyException when {@code keyId} is the primary key or the only one
   */
  public boolean deleteFieldKey(String tenant, int keyId) {
    return keysets.deleteFieldKey(tenant, keyId);
  }

  /**
   * Replaces the root key these keys are wrapped by with a new generation and destroys the older
   * ones ({@link RootKeys#rotate}); the tenants' keys stay as they are.
   */
  public RootKeys.Rotated rotateRootKey(java.util.function.LongConsumer progress) {
    return RootKeys.rotate(rootKey, store, clock, progress);
  }

  /**
   * When {@code tenant}'s field keyset row was last written (made, rotated, a key deleted, or
   * re-wrapped by a root key rotation); empty when it has none.
   */
  public java.util.Optional<java.time.Instant> fieldKeysetWrittenAt(String tenant) {
    return new KeysetTable(store)
        .updatedAt(tenant, TenantKeysets.Purpose.FIELD.column())
        .map(java.time.Instant::ofEpochMilli);
  }

  /** The root key's generations held, oldest first, current last ({@link RootKeys#generations}). */
  public List<Integer> rootKeyGenerations() {
    return RootKeys.generations(rootKey);
  }

  /**
   * How long another process may keep using a field keyset it read before it looks at the stored
   * one again: a key made non-primary elsewhere may still wrap new keys there for this long.
   */
  public static java.time.Duration keysetRecheck() {
    return TenantKeysets.RECHECK;
  }

  /**
   * {@code sealed} (a ciphertext of {@code tenant}'s field AEAD under {@code associatedData})
   * sealed again under the primary field key.
   *
   * @throws KeyException when it does not open
   */
  public byte[] reseal(String tenant, byte[] sealed, byte[] associatedData) {
    byte[] plain;
    try {
      try {
        plain = fieldAead(tenant).decrypt(sealed, associatedData);
      } catch (GeneralSecurityException e) {
        keysets.forget(tenant, TenantKeysets.Purpose.FIELD);
        plain = fieldAead(tenant).decrypt(sealed, associatedData);
      }
    } catch (GeneralSecurityException e) {
      throw new KeyException("a sealed value of tenant " + tenant + " does not open", e);
    }
    try {
      return fieldAead(tenant).encrypt(plain, associatedData);
    } catch (GeneralSecurityException e) {
      throw new KeyException("cannot seal a value of tenant " + tenant + ": " + e.getMessage(), e);
    } finally {
      java.util.Arrays.fill(plain, (byte) 0);
    }
  }

  /** The associated data {@link #sealSecret} binds for {@code tenant} and {@code label}. */
  public static byte[] secretAssociatedData(String tenant, String label) {
    return secretAad(tenant, label);
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
    return keysets.fieldAead(tenant);
  }

  /**
   * The PRF (HMAC-SHA-256) for {@code tenant}'s blind indexes: {@code computePrimary(value, 32)}
   * gives the same output for the same value, and nothing about it without the key. Use {@link
   * PrfSet#getPrfs()} to look up under older keys once keys are rotated.
   */
  public PrfSet indexPrf(String tenant) {
    return keysets.indexPrf(tenant);
  }

  /**
   * The PRF (HMAC-SHA-256) for {@code tenant}'s agency-specific tokens; independent of {@link
   * #indexPrf}.
   */
  public PrfSet tokenPrf(String tenant) {
    return keysets.tokenPrf(tenant);
  }

  /** One key of a tenant's field keyset, as {@code mamori keys status} shows it. */
  public record KeyInfo(int id, boolean primary, String status) {}

  /**
   * Adds a fresh AES-256-GCM key to {@code tenant}'s field keyset and makes it the primary: new
   * wrapping uses it, while everything wrapped under the older keys still opens. Returns the new
   * key's id. Two rotations at once both succeed, one after the other (compare-and-swap on the
   * stored row).
   *
   * @throws KeyException when the keyset cannot be read, opened or stored
   */
  public int rotateFieldKey(String tenant) {
    return keysets.rotateFieldKey(tenant);
  }

  /**
   * The keys of {@code tenant}'s field keyset, primary marked; empty when the tenant has none yet.
   */
  public List<KeyInfo> fieldKeys(String tenant) {
    return keysets.fieldKeys(tenant);
  }

  /**
   * The id of the field key {@code wrapped} (a person key) was wrapped under: Tink's 4-byte prefix
   * id.
   */
  public static int wrappingKeyId(byte[] wrapped) {
    if (wrapped.length < 5 || wrapped[0] != 1) {
      throw new IllegalArgumentException("not a wrapped key with Tink's output prefix");
    }
    return java.nio.ByteBuffer.wrap(wrapped, 1, 4).getInt();
  }

  /**
   * The id of the primary key of {@code tenant}'s field keyset, which wraps every new person key.
   */
  public int primaryFieldKeyId(String tenant) {
    return fieldKeys(tenant).stream()
        .filter(KeyInfo::primary)
        .findFirst()
        .map(KeyInfo::id)
        .orElseThrow(() -> new KeyException("tenant " + tenant + " has no field keyset yet"));
  }

  /**
   * What a data key belongs to: a person or a scanned document. Each wraps its key with its own
   * associated data, {@code mamori/<owner>-key/v1/<tenant>/<id>}, and seals its data under its own
   * prefix, so a key or a ciphertext of one never opens as the other; apart from these the two
   * kinds of data key are made, unwrapped and re-wrapped the same way, here.
   */
  private enum Owner {
    PERSON("person", "mamori/person-key/v1/", "mamori/field/v1/"),
    DOCUMENT("document", "mamori/document-key/v1/", DocumentKey.PREFIX);

    private final String word;
    private final String keyAd;
    private final String sealPrefix;

    Owner(String word, String keyAd, String sealPrefix) {
      this.word = word;
      this.keyAd = keyAd;
      this.sealPrefix = sealPrefix;
    }

    byte[] ad(String tenant, long id) {
      return (keyAd + tenant + "/" + id).getBytes(StandardCharsets.UTF_8);
    }

    KeyException notOpening(String tenant, GeneralSecurityException e) {
      return new KeyException(
          "the data key of a "
              + word
              + " of tenant "
              + tenant
              + " does not open with the tenant's field keyset: it was changed or copied from"
              + " another "
              + word,
          e);
    }
  }

  /**
   * A fresh random 256-bit data key of {@code owner}, wrapped by the tenant's field keyset with the
   * owner's associated data.
   */
  private PersonKey newDataKey(String tenant, long id, Owner owner) {
    byte[] raw = RandomBytes.of(DATA_KEY);
    try {
      return new PersonKey(
          tenant,
          id,
          raw,
          fieldAead(tenant).encrypt(raw, owner.ad(tenant, id)),
          owner.sealPrefix,
          owner.word);
    } catch (GeneralSecurityException e) {
      throw new KeyException(
          "cannot wrap a "
              + owner.word
              + "'s data key for tenant "
              + tenant
              + ": "
              + e.getMessage(),
          e);
    } finally {
      java.util.Arrays.fill(raw, (byte) 0);
    }
  }

  /**
   * Unwraps a data key; when the cached keyset does not know the key it was wrapped under (another
   * process rotated and re-wrapped since), reads the stored keyset once more and tries again.
   */
  private byte[] unwrap(String tenant, long id, byte[] wrapped, Owner owner) {
    try {
      try {
        return fieldAead(tenant).decrypt(wrapped, owner.ad(tenant, id));
      } catch (GeneralSecurityException e) {
        keysets.forget(tenant, TenantKeysets.Purpose.FIELD);
        return fieldAead(tenant).decrypt(wrapped, owner.ad(tenant, id));
      }
    } catch (GeneralSecurityException e) {
      throw owner.notOpening(tenant, e);
    }
  }

  /** The data key of {@code owner} {@code id}, from its wrapped form. */
  private PersonKey dataKey(String tenant, long id, byte[] wrapped, Owner owner) {
    byte[] raw = unwrap(tenant, id, wrapped, owner);
    try {
      if (raw.length != DATA_KEY) {
        throw new KeyException(
            "the data key of a " + owner.word + " of tenant " + tenant + " is malformed");
      }
      return new PersonKey(tenant, id, raw, wrapped, owner.sealPrefix, owner.word);
    } finally {
      java.util.Arrays.fill(raw, (byte) 0);
    }
  }

  /** The same data key of {@code owner} wrapped again under the tenant's primary field key. */
  private byte[] rewrap(String tenant, long id, byte[] wrapped, Owner owner) {
    byte[] raw = unwrap(tenant, id, wrapped, owner);
    try {
      return fieldAead(tenant).encrypt(raw, owner.ad(tenant, id));
    } catch (GeneralSecurityException e) {
      throw new KeyException(
          "cannot wrap a "
              + owner.word
              + "'s data key for tenant "
              + tenant
              + ": "
              + e.getMessage(),
          e);
    } finally {
      java.util.Arrays.fill(raw, (byte) 0);
    }
  }

  /**
   * The same person key wrapped again under the tenant's current primary field key (after {@link
   * #rotateFieldKey}); its data, sealed under the person key, stays as it is.
   *
   * @throws KeyException when {@code wrapped} does not open, as {@link #personKey}
   */
  public byte[] rewrapPersonKey(String tenant, long personId, byte[] wrapped) {
    return rewrap(tenant, personId, wrapped, Owner.PERSON);
  }

  /**
   * A fresh random 256-bit data key for one person of {@code tenant}, wrapped by the tenant's field
   * keyset with {@code mamori/person-key/v1/<tenant>/<personId>} as associated data: a wrapped key
   * copied to another person or tenant does not open.
   *
   * @throws KeyException when the tenant's field keyset does not open
   */
  public PersonKey newPersonKey(String tenant, long personId) {
    return newDataKey(tenant, personId, Owner.PERSON);
  }

  /**
   * The data key of person {@code personId}, from its wrapped form ({@link PersonKey#wrapped()}).
   *
   * @throws KeyException when {@code wrapped} does not open: changed, copied from another person or
   *     tenant, or wrapped under a key this tenant's keyset no longer holds
   */
  public PersonKey personKey(String tenant, long personId, byte[] wrapped) {
    return dataKey(tenant, personId, wrapped, Owner.PERSON);
  }

  /**
   * A fresh random 256-bit data key for one scanned document of {@code tenant} (issue 16), wrapped
   * by the tenant's field keyset with {@code mamori/document-key/v1/<tenant>/<documentId>} as
   * associated data: a wrapped key copied to another document or tenant does not open.
   *
   * @throws KeyException when the tenant's field keyset does not open
   */
  public DocumentKey newDocumentKey(String tenant, long documentId) {
    return new DocumentKey(newDataKey(tenant, documentId, Owner.DOCUMENT));
  }

  /**
   * The data key of document {@code documentId}, from its wrapped form ({@link
   * DocumentKey#wrapped()}).
   *
   * @throws KeyException when {@code wrapped} does not open: changed, or copied from another
   *     document or tenant
   */
  public DocumentKey documentKey(String tenant, long documentId, byte[] wrapped) {
    return new DocumentKey(dataKey(tenant, documentId, wrapped, Owner.DOCUMENT));
  }

  /**
   * The same document key wrapped again under the tenant's current primary field key (after {@link
   * #rotateFieldKey}); the pages, regions, entries and values sealed under it stay as they are.
   *
   * @throws KeyException when {@code wrapped} does not open, as {@link #documentKey}
   */
  public byte[] rewrapDocumentKey(String tenant, long documentId, byte[] wrapped) {
    return rewrap(tenant, documentId, wrapped, Owner.DOCUMENT);
  }

  /**
   * A small secret of {@code tenant} (a package's release share, a recipient's private key) sealed
   * by the tenant's field keyset, with {@code mamori/secret/v1/<tenant>/<label>} as associated
   * data: a sealed secret copied to another label or tenant does not open. Deleting the sealed
   * bytes destroys the secret for good.
   *
   * @throws KeyException when the tenant's field keyset does not open
   */
  public byte[] sealSecret(String tenant, String label, byte[] secret) {
    try {
      return fieldAead(tenant).encrypt(secret, secretAad(tenant, label));
    } catch (java.security.GeneralSecurityException e) {
      throw new KeyException("cannot seal a secret of tenant " + tenant + ": " + e.getMessage(), e);
    }
  }

  /**
   * The secret {@link #sealSecret} sealed under the same tenant and label.
   *
   * @throws KeyException when it does not open: changed, or sealed for another label or tenant
   */
  public byte[] openSecret(String tenant, String label, byte[] sealed) {
    try {
      return fieldAead(tenant).decrypt(sealed, secretAad(tenant, label));
    } catch (java.security.GeneralSecurityException e) {
      throw new KeyException("a sealed secret of tenant " + tenant + " does not open", e);
    }
  }

  private static byte[] secretAad(String tenant, String label) {
    return ("mamori/secret/v1/" + tenant + "/" + label)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * A blind index: 16 bytes of the tenant's index PRF over {@code kind '\0' value}. Equal values of
   * one kind give equal indexes; without the key an index says nothing about its value, and indexes
   * of two kinds or two tenants cannot be joined. The caller normalises {@code value} first.
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
   * A keyed fingerprint of a record's canonical bytes (16 bytes of the index PRF under its own
   * prefix, never equal to a blind index): tells whether a record changed without keeping or
   * revealing it.
   */
  public byte[] fingerprint(String tenant, byte[] canonical) {
    byte[] input = new byte[FINGERPRINT_PREFIX.length + canonical.length];
    System.arraycopy(FINGERPRINT_PREFIX, 0, input, 0, FINGERPRINT_PREFIX.length);
    System.arraycopy(canonical, 0, input, FINGERPRINT_PREFIX.length, canonical.length);
    return prf(indexPrf(tenant), input);
  }

  /**
   * The agency-specific token under which {@code organisation} knows person {@code personId} of
   * {@code tenant}: the token PRF over {@code mamori/token/v1/<organisation>/<personId>}. Stable;
   * two organisations' tokens of one person cannot be joined without the tenant's token key, and a
   * token says nothing about the person's number (the tenant's own token is {@code token(t, t,
   * id)}).
   *
   * @param organisation the organisation's id: 1 to 64 characters, no '/' and no control character
   */
  public AgencyToken token(String tenant, String organisation, long personId) {
    if (organisation.isEmpty()
        || organisation.length() > 64
        || organisation.chars().anyMatch(c -> c == '/' || c < 0x20)) {
      throw new IllegalArgumentException("an organisation id is 1 to 64 characters without '/'");
    }
    return AgencyToken.fromBytes(
        prf(
            tokenPrf(tenant),
            ("mamori/token/v1/" + organisation + "/" + personId).getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] prf(PrfSet prf, byte[] input) {
    try {
      return prf.computePrimary(input, INDEX_BYTES);
    } catch (GeneralSecurityException e) {
      throw new KeyException("cannot compute a keyed index: " + e.getMessage(), e);
    }
  }
}
