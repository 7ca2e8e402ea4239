package mamori.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
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
import java.util.concurrent.Callable;
import mamori.crypto.SigningKeys;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.log.verify.Note;
import mamori.store.ClockConfiguration;
import mamori.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mamori log ...}: the transparency log from the command line, without the web stack. */
@Command(
    name = "log",
    mixinStandardHelpOptions = true,
    description =
        "Print a log's verifier key, checkpoint, proofs or entries, verify whole logs, and audit"
            + " a log over HTTP.",
    subcommands = {
      LogCommand.Vkey.class,
      LogCommand.CheckpointCmd.class,
      LogProveCommand.class,
      LogEntriesCommand.class,
      LogVerifyCommand.class,
      LogAuditCommand.class,
      LogFollowCommand.class
    })
final class LogCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'mamori log --help'");
  }

  /** Opens the store and the logs; closes both. */
  static <T> T withLogs(StoreOptions store, LogsWork<T> work) throws Exception {
    try (Store s = Store.open(store.location());
        TransparencyLogs logs =
            new TransparencyLogs(
                s.dataSource(),
                SigningKeys.in(store.keyFolder()),
                TransparencyLogs.DEFAULT_ORIGIN_PREFIX,
                ClockConfiguration.systemClock())) {
      return work.run(logs);
    }
  }

  interface LogsWork<T> {
    T run(TransparencyLogs logs) throws Exception;
  }

  static TenantLog existing(CommandSpec spec, TransparencyLogs logs, String tenant) {
    if (!logs.exists(tenant)) {
      throw new ParameterException(spec.commandLine(), "there is no log for tenant " + tenant);
    }
    return logs.forTenant(tenant);
  }

  @Command(
      name = "vkey",
      mixinStandardHelpOptions = true,
      description =
          "Prints the verifier keys of a tenant's log (C2SP vkey form): Ed25519, then ML-DSA-44.")
  static final class Vkey implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Override
    public Integer call() throws Exception {
      return withLogs(
          store,
          logs -> {
            existing(spec, logs, tenant);
            PrintWriter out = spec.commandLine().getOut();
            logs.verifierKeys(tenant).forEach(k -> out.println(k));
            out.flush();
            return 0;
          });
    }
  }

  @Command(
      name = "checkpoint",
      mixinStandardHelpOptions = true,
      description = "Prints the latest signed checkpoint of a tenant's log.")
  static final class CheckpointCmd implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Override
    public Integer call() throws Exception {
      return withLogs(
          store,
          logs -> {
            String note =
                existing(spec, logs, tenant)
                    .checkpoint()
                    .orElseThrow(() ->
                        new ParameterException(
                            spec.commandLine(), "the log of " + tenant + " has no checkpoint yet"));
            spec.commandLine().getOut().print(note);
            spec.commandLine().getOut().flush();
            return 0;
          });
    }
  }

  /**
   * What an auditor's commands keep and fetch outside any data folder: the folder for kept
   * checkpoints ({@code mamori.home}, or MAMORI_HOME, else {@code ~/.mamori}), files written whole
   * or not at all, and small documents fetched over HTTP(S).
   */
  static final class AuditorFiles {
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
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
            throw new IOException(
                "GET " + url + " answered more than " + Note.MAX_BYTES + " bytes");
          }
          return new String(bytes, StandardCharsets.UTF_8);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while fetching " + url, e);
      }
    }
  }
}
