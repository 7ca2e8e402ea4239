package mamori.transfer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mamori.core.TenantId;
import mamori.store.TenantSettings;

/**
 * The tenant settings of packages. {@code transfer.release-url}, the base address a recipient asks
 * for releases at (this Mamori as the recipient reaches it), is written into every manifest, so no
 * package is made without it: an {@code https://} address, or plain {@code http://} to a loopback
 * host (tests, a recipient on the same machine). {@code transfer.csv-export} is the receiving
 * tenant's own rule that a package's content may be written as a CSV file, and why ({@link
 * Opening#checkCsvReason}); unset, no package's content is ever written in the clear.
 */
public final class TransferSettings {
  public static final String RELEASE_URL = "transfer.release-url";

  /** The names, in the order they are listed. */
  public static final List<String> NAMES = List.of(RELEASE_URL, Opening.CSV_EXPORT);

  private TransferSettings() {}

  /** A package asked for while the tenant has no {@link #RELEASE_URL}: nothing was done. */
  public static final class ReleaseUrlUnset extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    ReleaseUrlUnset(TenantId tenant) {
      super(
          "set the address recipients ask for releases at first: mamori settings set --tenant "
              + tenant.value()
              + " "
              + RELEASE_URL
              + " https://...");
    }
  }

  /**
   * The value {@link #set} would store: the address without a trailing '/'.
   *
   * @throws IllegalArgumentException for another name or an address that is not https (or http to a
   *     loopback host), or has a query, a fragment or user information
   */
  public static String check(String name, String value) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "no such setting; the settings are " + String.join(", ", NAMES));
    }
    if (name.equals(Opening.CSV_EXPORT)) {
      return Opening.checkCsvReason(value);
    }
    String v = value.strip();
    while (v.endsWith("/")) {
      v = v.substring(0, v.length() - 1);
    }
    URI uri;
    try {
      uri = new URI(v);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(name + " is not an address");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    boolean loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]");
    if (host.isEmpty()
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || uri.getRawUserInfo() != null
        || !(scheme.equals("https") || (scheme.equals("http") && loopback))) {
      throw new IllegalArgumentException(
          name + " is an https:// address (or http:// to a loopback host), without query");
    }
    return v;
  }

  /** Sets one of {@link #NAMES} after {@link #check}. */
  public static void set(TenantSettings settings, TenantId tenant, String name, String value) {
    settings.set(tenant, name, check(name, value));
  }

  /** The release address set for the tenant, if one is set and still well formed. */
  public static Optional<String> releaseUrl(TenantSettings settings, TenantId tenant) {
    return settings
        .get(tenant, RELEASE_URL)
        .flatMap(v -> {
          try {
            return Optional.of(check(RELEASE_URL, v));
          } catch (IllegalArgumentException e) {
            return Optional.empty();
          }
        });
  }

  /** The value in force of each of {@link #NAMES}, in order ({@code (unset)} when none is). */
  public static List<String> inForce(TenantSettings settings, TenantId tenant) {
    return List.of(
        RELEASE_URL + " " + releaseUrl(settings, tenant).orElse("(unset)"),
        Opening.CSV_EXPORT
            + " "
            + settings.get(tenant, Opening.CSV_EXPORT).orElse("(unset: no CSV is written)"));
  }
}
