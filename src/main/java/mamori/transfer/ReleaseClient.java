package mamori.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import mamori.core.Reason;
import mamori.core.Why;
import mamori.crypto.PackageCrypto;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The recipient's half of the release protocol (docs/package-format.md, "Asking for the release"),
 * spoken to a registered sender's release address only. Every call has a connect and a request
 * timeout and reads at most {@link #MAX_BODY} bytes of answer, so a sender that is down, slow or
 * hostile costs a refusal ({@code package.not-released}, or {@code package.lost} and {@code
 * package.expired} when the sender answers so), never a hang. Nothing the sender answers is
 * trusted: the release share counts only when the sender's pinned key signed it, and its words are
 * shown only made safe (no control characters, numbers masked).
 */
final class ReleaseClient {
  static final int MAX_BODY = 65_536;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http;
  private final Duration timeout;

  ReleaseClient(Duration timeout) {
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** A released share, its signature checked, and the answer that proves it was asked by us. */
  record Released(PackageCrypto.Sealed share, String releasedAt, byte[] answer) {}

  /**
   * Asks {@code baseUrl} for the release of the package: the challenge, opened with the private
   * key; the answer; the signed share.
   *
   * @throws PackageRefused {@code package.not-released} when the sender refuses or cannot be
   *     reached, {@code package.lost} or {@code package.expired} when the sender answers that the
   *     package is gone (HTTP 410), {@code package.not-ours} when the challenge does not open with
   *     the key, {@code package.signature} when the release is not signed by the sender's pinned
   *     key
   */
  Released release(String baseUrl, Manifest manifest, byte[] privateKey, byte[] signingKey) {
    String base = packageUrl(baseUrl, manifest);
    JsonNode c = call(base + "/challenge", "{}");
    PackageCrypto.Sealed challenge = sealed(c.get("challenge"), "challenge");
    byte[] answer;
    try {
      answer =
          PackageCrypto.open(
              privateKey, Format.info(Format.CHALLENGE, manifest.idBytes()), challenge);
    } catch (GeneralSecurityException e) {
      throw new PackageRefused(
          Reason.PACKAGE_NOT_OURS, "the sender's challenge does not open with this key");
    }
    JsonNode r = call(base + "/release", answerBody(answer));
    PackageCrypto.Sealed share = sealed(r.get("share"), "share");
    byte[] signature = base64(r.get("signature"), "signature");
    byte[] signed =
        Format.concat(Format.RELEASE_SIGNED, manifest.idBytes(), share.enc(), share.ct());
    if (!PackageCrypto.verify(signingKey, signed, signature)) {
      throw new PackageRefused(
          Reason.PACKAGE_SIGNATURE, "the release is not signed by the registered sender's key");
    }
    JsonNode at = r.get("released_at");
    return new Released(share, at != null && at.isString() ? at.asString() : "", answer);
  }

  /**
   * Reports the package opened, with the answer of its release.
   *
   * @throws PackageRefused ({@code package.not-released}) when the sender refuses or cannot be
   *     reached
   */
  void opened(String baseUrl, Manifest manifest, byte[] answer) {
    call(packageUrl(baseUrl, manifest) + "/opened", answerBody(answer));
  }

  /**
   * The package's state as the sender tells anyone holding its id: each text or number member of
   * its answer, made safe to show.
   *
   * @throws PackageRefused ({@code package.not-released}) when the sender refuses or cannot be
   *     reached
   */
  Map<String, String> status(String baseUrl, Manifest manifest) {
    JsonNode n =
        exchange(HttpRequest.newBuilder(uri(packageUrl(baseUrl, manifest) + "/status")).GET());
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      JsonNode v = e.getValue();
      if (v.isString() || v.isNumber() || v.isBoolean()) {
        out.put(Why.textFrom(e.getKey(), 40), Why.textFrom(v.asString(), 200));
      }
    }
    return out;
  }

  private JsonNode call(String url, String body) {
    return exchange(
        HttpRequest.newBuilder(uri(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  private JsonNode exchange(HttpRequest.Builder request) {
    HttpRequest built = request.timeout(timeout).header("Accept", "application/json").build();
    // the request's timeout ends at the answer's headers; the body is read under one deadline
    // too, so a sender that sends headers and then nothing costs a refusal, not a hang
    AtomicReference<InputStream> stream = new AtomicReference<>();
    CompletableFuture<Answer> answer =
        http.sendAsync(built, HttpResponse.BodyHandlers.ofInputStream())
            .thenApply(response -> {
              stream.set(response.body());
              try (InputStream in = response.body()) {
                return new Answer(response.statusCode(), in.readNBytes(MAX_BODY + 1));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    Answer a;
    try {
      a = answer.get(2 * timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      closeQuietly(stream.get());
      throw notReleased(
          "the sender could not be reached at "
              + built.uri().getAuthority()
              + ": no whole answer within "
              + 2 * timeout.toMillis()
              + " ms",
          e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw notReleased(
          "the sender could not be reached at "
              + built.uri().getAuthority()
              + ": "
              + (cause.getMessage() == null
                  ? cause.getClass().getSimpleName()
                  : cause.getMessage()),
          cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answer.cancel(true);
      closeQuietly(stream.get());
      throw notReleased("the release was interrupted", e);
    }
    int status = a.status();
    byte[] body = a.body();
    if (body.length > MAX_BODY) {
      throw notReleased("the sender's answer is longer than " + MAX_BODY + " bytes", null);
    }
    JsonNode n;
    try {
      n = JSON.readTree(body);
    } catch (JacksonException e) {
      n = null;
    }
    if (status / 100 != 2) {
      String code = n != null && n.get("error") != null ? n.get("error").asString() : "";
      String message = n != null && n.get("message") != null ? n.get("message").asString() : "";
      return refusedAs(
          status,
          code,
          "the sender refused (HTTP "
              + status
              + (code.isEmpty() ? "" : ", " + Why.textFrom(code, 60))
              + ")"
              + (message.isEmpty() ? "" : ": " + Why.textFrom(message, 300)));
    }
    if (n == null || !n.isObject()) {
      throw notReleased("the sender's answer is not a JSON object", null);
    }
    return n;
  }

  /**
   * The refusal of a sender's error answer. A package the sender says is gone for good (HTTP 410
   * with {@code package.lost} or {@code package.expired}, as docs/package-format.md lists them) is
   * refused with that very reason, so that the recipient's log says the package was reported lost
   * or expired, not only that it was not released; any other refusal, or a 410 with another code,
   * is {@code package.not-released}. The code only names the refusal: nothing is released either
   * way, so a sender giving the wrong one changes a word in a record, never what is opened.
   */
  private static JsonNode refusedAs(int status, String code, String message) {
    if (status == 410 && code.equals(Reason.PACKAGE_LOST.code())) {
      throw new PackageRefused(Reason.PACKAGE_LOST, message);
    }
    if (status == 410 && code.equals(Reason.PACKAGE_EXPIRED.code())) {
      throw new PackageRefused(Reason.PACKAGE_EXPIRED, message);
    }
    throw notReleased(message, null);
  }

  /** A sender's answer: its status and at most {@link #MAX_BODY} + 1 bytes of body. */
  private record Answer(int status, byte[] body) {}

  private static void closeQuietly(@Nullable InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // the answer is given up anyway
      }
    }
  }

  private static String packageUrl(String baseUrl, Manifest manifest) {
    return baseUrl + "/api/v1/packages/" + manifest.packageId();
  }

  private static URI uri(String url) {
    try {
      return URI.create(url);
    } catch (IllegalArgumentException e) {
      throw notReleased("the sender's release address is not a URL", e);
    }
  }

  private static String answerBody(byte[] answer) {
    return "{\"answer\":\"" + Base64.getEncoder().encodeToString(answer) + "\"}";
  }

  private static PackageCrypto.Sealed sealed(JsonNode n, String what) {
    if (n == null || !n.isObject()) {
      throw notReleased("the sender's answer holds no " + what, null);
    }
    byte[] enc = base64(n.get("enc"), what + ".enc");
    byte[] ct = base64(n.get("ct"), what + ".ct");
    if (enc.length != PackageCrypto.KEY_BYTES
        || ct.length != PackageCrypto.KEY_BYTES + PackageCrypto.TAG_BYTES) {
      throw notReleased("the sender's " + what + " is not a sealed 32-byte secret", null);
    }
    return new PackageCrypto.Sealed(enc, ct);
  }

  private static byte[] base64(JsonNode n, String what) {
    if (n == null || !n.isString()) {
      throw notReleased("the sender's answer holds no " + what, null);
    }
    try {
      return Base64.getDecoder().decode(n.asString());
    } catch (IllegalArgumentException e) {
      throw notReleased("the sender's " + what + " is not Base64", null);
    }
  }

  private static PackageRefused notReleased(String message, @Nullable Throwable cause) {
    return cause == null
        ? new PackageRefused(Reason.PACKAGE_NOT_RELEASED, message)
        : new PackageRefused(Reason.PACKAGE_NOT_RELEASED, message, cause);
  }
}
