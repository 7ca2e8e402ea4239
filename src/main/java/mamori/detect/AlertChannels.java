package mamori.detect;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import mamori.core.TenantId;
import mamori.crypto.TenantKeys;
import mamori.store.TenantSettings;

/**
 * Where a tenant's alerts go, as tenant settings: {@code alerts.mail.to} (addresses, comma
 * separated), {@code alerts.webhook.url} (an http or https URL) and the webhook's secret, kept
 * sealed under the tenant's field key ({@code alerts.webhook.secret}) and never shown back: it is
 * printed once when it is made.
 */
public final class AlertChannels {
  static final String MAIL_TO = "alerts.mail.to";
  static final String WEBHOOK_URL = "alerts.webhook.url";
  static final String WEBHOOK_SECRET = "alerts.webhook.secret";
  static final String SEALED = "sealed:v1:";
  private static final java.util.regex.Pattern ADDRESS =
      java.util.regex.Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}");

  private final TenantSettings settings;
  private final TenantKeys keys;
  private final boolean allowPrivate;
  private final SecureRandom random = new SecureRandom();

  public AlertChannels(TenantSettings settings, TenantKeys keys) {
    this(settings, keys, false);
  }

  /**
   * Channels whose webhook may reach private ranges when {@code allowPrivate} (the operator's
   * mamori.alerts.webhook.allow-private, for a SIEM on premises); never loopback or link-local (see
   * {@link WebhookTargets}).
   */
  public AlertChannels(TenantSettings settings, TenantKeys keys, boolean allowPrivate) {
    this.settings = settings;
    this.keys = keys;
    this.allowPrivate = allowPrivate;
  }

  /** Whether the operator allowed webhooks to private ranges. */
  boolean allowPrivate() {
    return allowPrivate;
  }

  /**
   * Sends the tenant's alerts by mail to {@code addresses}.
   *
   * @throws IllegalArgumentException for an empty list or an address that is not one
   */
  public void setMail(TenantId tenant, List<String> addresses) {
    settings.set(tenant, MAIL_TO, String.join(",", checkAddresses(addresses)));
  }

  /** The addresses the tenant's alerts are mailed to; empty when mail is not set. */
  public List<String> mailTo(TenantId tenant) {
    return settings
        .get(tenant, MAIL_TO)
        .map(v -> checkAddresses(List.of(v.split(","))))
        .orElse(List.of());
  }

  /**
   * Posts the tenant's alerts to {@code url}, signed with a fresh secret; returns the secret, which
   * is shown this once and then kept only sealed.
   *
   * @throws IllegalArgumentException for a URL that is not http(s) with a host, or whose host does
   *     not resolve or resolves to an address a tenant may not post to
   */
  public String setWebhook(TenantId tenant, String url) {
    checkUrl(url);
    WebhookTargets.check(URI.create(url), allowPrivate, false);
    byte[] raw = new byte[32];
    random.nextBytes(raw);
    String secret = "whsec_" + HexFormat.of().formatHex(raw);
    settings.set(tenant, WEBHOOK_SECRET, seal(tenant, secret));
    settings.set(tenant, WEBHOOK_URL, url);
    return secret;
  }

  /** The tenant's webhook, its URL and its secret unsealed; empty when none is set. */
  Optional<Webhook> webhook(TenantId tenant) {
    Optional<String> url = settings.get(tenant, WEBHOOK_URL);
    Optional<String> sealed = settings.get(tenant, WEBHOOK_SECRET);
    if (url.isEmpty() || sealed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Webhook(URI.create(url.get()), unseal(tenant, sealed.get())));
  }

  /** Whether the tenant has a webhook URL set (its secret is not read). */
  boolean hasWebhook(TenantId tenant) {
    return settings.get(tenant, WEBHOOK_URL).isPresent();
  }

  /** A webhook: where to post and the key of its signature (never printed: no toString of it). */
  record Webhook(URI url, String secret) {
    @Override
    public String toString() {
      return "Webhook[" + url + "]";
    }
  }

  /** The addresses stripped; refused unless each is one and there is at least one. */
  public static List<String> checkAddresses(List<String> addresses) {
    List<String> out = new ArrayList<>();
    for (String a : addresses) {
      String s = a.strip();
      if (!ADDRESS.matcher(s).matches()) {
        throw new IllegalArgumentException("alerts.mail.to: not an e-mail address: " + clean(s));
      }
      out.add(s);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("alerts.mail.to: at least one address");
    }
    return List.copyOf(out);
  }

  /** Refused unless an http(s) URL with a host, up to 256 characters. */
  public static void checkUrl(String url) {
    URI u;
    try {
      u = new URI(url);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("alerts.webhook.url: not a URL", e);
    }
    if (!("https".equals(u.getScheme()) || "http".equals(u.getScheme()))
        || u.getHost() == null
        || url.length() > 256) {
      throw new IllegalArgumentException(
          "alerts.webhook.url: an http(s) URL with a host, up to 256 characters");
    }
  }

  private static String clean(String s) {
    return mamori.core.Why.caseFrom(s.isBlank() ? "(blank)" : s);
  }

  private String seal(TenantId tenant, String secret) {
    try {
      byte[] sealed =
          keys.fieldAead(tenant.value())
              .encrypt(secret.getBytes(StandardCharsets.UTF_8), ad(tenant));
      return SEALED + Base64.getEncoder().encodeToString(sealed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the webhook secret could not be sealed", e);
    }
  }

  private String unseal(TenantId tenant, String sealed) {
    if (!sealed.startsWith(SEALED)) {
      throw new IllegalStateException("alerts.webhook.secret is not a sealed secret");
    }
    try {
      byte[] raw =
          keys.fieldAead(tenant.value())
              .decrypt(Base64.getDecoder().decode(sealed.substring(SEALED.length())), ad(tenant));
      return new String(raw, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("alerts.webhook.secret does not open", e);
    }
  }

  static byte[] ad(TenantId tenant) {
    return ("mamori/alerts-webhook-secret/v1\0" + tenant.value()).getBytes(StandardCharsets.UTF_8);
  }
}
