package mamori.crypto;

/**
 * One scanned document's data key (issue 16): a random AES-256 key that seals that document's page
 * images, the regions cut from them, the entries keyed from them and the values accepted, and
 * nothing else; stored only wrapped by the tenant's field keyset ({@link #wrapped()}).
 *
 * <p>A sealed part has the format of a person's field ({@link PersonKey}) with {@code
 * mamori/document/v1/<tenant>/<documentId>/<part>} as associated data, so a ciphertext moved to
 * another document, tenant or part (a page, a region, an entry) does not open. Made only by {@link
 * TenantKeys#newDocumentKey} and {@link TenantKeys#documentKey}. Thread-safe.
 */
public final class DocumentKey {
  static final String PREFIX = "mamori/document/v1/";

  private final PersonKey key;

  DocumentKey(PersonKey key) {
    this.key = key;
  }

  /** The key wrapped by the tenant's field keyset, to store beside the document. */
  public byte[] wrapped() {
    return key.wrapped();
  }

  /**
   * Encrypts one part of this document.
   *
   * @param part what is sealed, bound into the ciphertext: {@code page/1}, {@code
   *     region/payee_name}, {@code entry/<task>/1}, {@code value/<field>}
   */
  public byte[] seal(String part, byte[] plaintext) {
    return key.seal(part, plaintext);
  }

  /**
   * Decrypts one part of this document.
   *
   * @throws KeyException when {@code ciphertext} was not sealed by this key for this part
   */
  public byte[] open(String part, byte[] ciphertext) {
    return key.open(part, ciphertext);
  }

  @Override
  public String toString() {
    return key.toString();
  }
}
