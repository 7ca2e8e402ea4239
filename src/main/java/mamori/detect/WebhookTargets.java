package mamori.detect;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/*
 * Where a webhook may post (docs/security.md): a tenant's officer sets the URL, and the service posts
 * from inside the city's network, so a URL naming the host itself, the cloud metadata address or a
 * private network would let a tenant setting reach what only the operator should (SSRF). Refused:
 * loopback (127/8, ::1), link-local (169.254/16 with the metadata address 169.254.169.254, fe80::/10),
 * private (10/8, 172.16/12, 192.168/16, fc00::/7), unspecified (0/8, ::), multicast. An operator whose
 * SIEM is on premises allows the private ranges with mamori.alerts.webhook.allow-private=true (not a
 * tenant setting). The host is resolved and every address checked when the URL is set and again before
 * each post, so a name that later resolves inward is refused then.
 */
/** Checks that a webhook URL's host resolves only to addresses a tenant may post to. */
final class WebhookTargets {
  private WebhookTargets() {}

  /** Whether {@code a} is an address a tenant's webhook may never reach (unless allowed). */
  static boolean inward(InetAddress a) {
    byte[] b = a.getAddress();
    boolean uniqueLocal = b.length == 16 && (b[0] & 0xfe) == 0xfc;
    boolean zeroNet = b.length == 4 && b[0] == 0;
    return a.isLoopbackAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isAnyLocalAddress()
        || a.isMulticastAddress()
        || uniqueLocal
        || zeroNet;
  }

  /**
   * Resolves the URL's host and refuses it when any address is inward and {@code allowPrivate} is
   * false. A name that does not resolve is refused when {@code mustResolve} (before a post), and
   * let by when not (when the URL is set: the SIEM's name may not exist yet, and every post checks
   * it).
   *
   * @throws IllegalArgumentException when the host resolves inward, or does not resolve and must
   */
  static void check(URI url, boolean allowPrivate, boolean mustResolve) {
    String host = url.getHost();
    if (host == null) {
      throw new IllegalArgumentException("alerts.webhook.url: no host");
    }
    InetAddress[] all;
    try {
      all = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      if (!mustResolve) {
        return;
      }
      throw new IllegalArgumentException("alerts.webhook.url: the host does not resolve", e);
    }
    if (allowPrivate) {
      return;
    }
    for (InetAddress a : all) {
      if (inward(a)) {
        throw new IllegalArgumentException(
            "alerts.webhook.url: the host is a loopback, link-local, private or metadata address"
                + " (an operator allows private ones with mamori.alerts.webhook.allow-private)");
      }
    }
  }
}
