package mamori.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import mamori.log.verify.Note;
import org.jspecify.annotations.Nullable;

/**
 * What an auditor's commands keep and fetch outside any data folder: the folder for kept
 * checkpoints ({@code mamori.home}, or MAMORI_HOME, else {@code ~/.mamori}), files written whole or
 * not at all, and small documents fetched over HTTP(S).
 */
final class AuditorFiles {
  static final String HOME = "mamori.home";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private AuditorFiles() {}

  /** {@code mamori.home} (system property), else MAMORI_HOME, else {@code ~/.mamori}. */
  static Path home() {
    String set = System.getProperty(HOME);
    if (set == null || set.isBlank()) {
      set = System.getenv("MAMORI_HOME");
    }
    return set != null && !set.isBlank()
        ? Path.of(set)
        : Path.of(System.getProperty("user.home", "."), ".mamori");
  }

  /**
   * The lowercase hex SHA-256 of a text's UTF-8 bytes (a file name for an origin, a key's
   * fingerprint).
   */
  static String sha256Hex(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }

  /** Replaces {@code file} with {@code text} in one move, making its folder if needed. */
  static void write(Path file, String text) throws IOException {
    Path target = file.toAbsolutePath();
    @Nullable Path folder = target.getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    Path tmp =
        Files.createTempFile(
            folder == null ? Path.of(".") : folder, target.getFileName() + ".", ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  static boolean isUrl(String where) {
    return where.startsWith("https://") || where.startsWith("http://");
  }

  /**
   * The body of a GET of {@code url} as UTF-8, at most {@link Note#MAX_BYTES} bytes.
   *
   * @throws IOException if it cannot be fetched, answers other than 200, or is larger
   */
  static String get(String url, String accept) throws IOException {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IOException("not a URL: " + url, e);
    }
    try (HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build()) {
      HttpRequest request =
          HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", accept).GET().build();
      HttpResponse<InputStream> answer =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = answer.body()) {
        byte[] bytes = body.readNBytes(Note.MAX_BYTES + 1);
        if (answer.statusCode() != 200) {
          throw new IOException("GET " + url + " answered HTTP " + answer.statusCode());
        }
        if (bytes.length > Note.MAX_BYTES) {
          throw new IOException("GET " + url + " answered more than " + Note.MAX_BYTES + " bytes");
        }
        return new String(bytes, StandardCharsets.UTF_8);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fetching " + url, e);
    }
  }
}
