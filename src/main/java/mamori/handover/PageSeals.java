package mamori.handover;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import mamori.core.PersonToken;
import mamori.core.TenantId;
import mamori.crypto.TenantKeys;

/**
 * The MAC of a page and the handle of a resident, both under the tenant's index key: a page's code
 * cannot be made or relabelled without the key, and a handle printed on a page says nothing outside
 * Mamori (nor joins with the tenant's tokens).
 */
public final class PageSeals {
  private final TenantKeys keys;

  public PageSeals(TenantKeys keys) {
    this.keys = keys;
  }

  /** The subject printed in a page's QR code: INTERNAL, or R- and the resident's handle. */
  public String subject(TenantId tenant, java.util.Optional<PersonToken> person) {
    return person
        .map(p ->
            "R-"
                + PageCode.base32(
                    keys.blindIndex(tenant.value(), "handover-resident", p.value()), 40))
        .orElse(PageCode.INTERNAL);
  }

  /** The page's MAC, all 128 bits in base32 (26 characters); the short code has its first 8. */
  public String mac(TenantId tenant, String document, int page, String subject) {
    String canonical = tenant.value() + '\0' + document + '\0' + page + '\0' + subject;
    return PageCode.base32(keys.blindIndex(tenant.value(), "handover-page", canonical), 128);
  }

  /** Whether {@code code} is this page's, compared in constant time. */
  public boolean matches(TenantId tenant, String subject, PageCode.Code code) {
    String mac = mac(tenant, code.document(), code.page(), subject);
    String given = code.fullMac().orElse(code.shortMac());
    String expected = code.fullMac().isPresent() ? mac : mac.substring(0, PageCode.MAC_CHARS);
    return MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))
        && code.subject().map(subject::equals).orElse(true)
        && code.tenant().map(tenant.value()::equals).orElse(true);
  }
}
