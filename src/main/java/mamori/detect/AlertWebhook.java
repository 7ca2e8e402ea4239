package mamori.detect;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/*
 * The webhook's signature, for a SIEM to check that a post came from this Mamori and was not replayed
 * (docs/security.md): two headers,
 *   X-Mamori-Timestamp: the Unix time of the post in seconds
 *   X-Mamori-Signature: v1=<hex of HMAC-SHA256(key = the secret's UTF-8 bytes,
 *                                               message = timestamp + "." + the body's bytes)>
 * The receiver recomputes the HMAC over the raw body it received, compares in constant time, and
 * refuses a timestamp more than five minutes from its clock. A retry is signed afresh.
 *
 * Bounded: the connection is given `connect` and the whole answer `read`; a receiver that hangs costs
 * at most their sum, and a post that fails is retried by the outbox.
 */
/** Posts an alert to a tenant's webhook, signed. */
final class AlertWebhook {
  static final String TIMESTAMP = "X-Mamori-Timestamp";
  static final String SIGNATURE = "X-Mamori-Signature";

  /*
   * What a failure keeps as last_error, and all it says: no refusal, timeout or exception name that
   * would let an officer map the network behind the service through the webhook URL.
   */
  static final String NOT_REACHED = "not reached";

  private final HttpClient http;
  private final Duration read;
  private final Clock clock;

  private final boolean allowPrivate;

  AlertWebhook(Duration connect, Duration read, Clock clock, boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(connect)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.read = read;
    this.clock = clock;
  }

  /**
   * Posts {@code body} to the webhook.
   *
   * @throws DeliveryFailed when the receiver is not reached, does not answer in time, or answers
   *     other than 2xx
   */
  void post(AlertChannels.Webhook hook, String alertId, String body) {
    try {
      // checked again after resolving now: a name may have been pointed inward since it was set
      WebhookTargets.check(hook.url(), allowPrivate, true);
    } catch (IllegalArgumentException e) {
      throw new DeliveryFailed(NOT_REACHED);
    }
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(hook.url())
            .timeout(read)
            .header("Content-Type", "application/json")
            .header("User-Agent", "Mamori-Alerts/1")
            .header("X-Mamori-Alert", alertId)
            .header(TIMESTAMP, Long.toString(timestamp))
            .header(SIGNATURE, signature(hook.secret(), timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<Void> answer;
    try {
      answer = http.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (java.net.http.HttpTimeoutException e) {
      throw new DeliveryFailed(NOT_REACHED);
    } catch (java.io.IOException e) {
      throw new DeliveryFailed(NOT_REACHED);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailed("interrupted");
    }
    if (answer.statusCode() / 100 != 2) {
      throw new DeliveryFailed("not delivered (status " + answer.statusCode() + ")");
    }
  }

  /** {@code v1=} and the hex HMAC-SHA256 of {@code timestamp + "." + body} under the secret. */
  static String signature(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return "v1=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
