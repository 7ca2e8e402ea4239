package mamori.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import mamori.log.AccessRecord;
import mamori.log.AccessRecordCodec;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.NoteException;
import mamori.log.verify.NoteVerifier;
import mamori.log.verify.TileAudit;
import mamori.log.verify.TileAuditException;
import mamori.log.verify.TilePath;
import mamori.log.verify.VerifierKey;
import mamori.log.verify.WitnessQuorum;
import mamori.terminal.Progress;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code mamori log audit URL --tenant T}: an auditor checks a whole log over HTTP, from its
 * checkpoint, tiles and entry bundles alone ({@link TileAudit}), and reads every entry as an access
 * record. The bearer token is an auditor's of the tenant, from {@code MAMORI_TOKEN} or {@code
 * --token-file} (never the command line, which other users of the machine can see).
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Downloads a tenant's log from a Mamori server (checkpoint, every tile, every entry bundle),",
      "verifies the checkpoint's signature, recomputes the tree from the entries, checks every tile",
      "and the root against the checkpoint, reads every entry as an access record, and prints a",
      "summary. Exit 0 verified, 1 at the first disagreement (named), 2 when it cannot start.",
      "The bearer token is an auditor's of the tenant: MAMORI_TOKEN, or --token-file."
    })
final class LogAuditCommand implements Callable<Integer> {
  static final String TOKEN_VARIABLE = "MAMORI_TOKEN";

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "URL",
      description = "The server, e.g. https://mamori.city.example")
  URI url;

  @Option(names = "--tenant", required = true, paramLabel = "T")
  String tenant;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description = "A file holding the auditor's bearer token (else MAMORI_TOKEN).")
  @Nullable Path tokenFile;

  @Option(
      names = "--log-key",
      paramLabel = "VKEY",
      description =
          "The log's verifier key to pin (repeatable). Without it, the keys the server publishes"
              + " at /log/T/witnesses.")
  List<String> logKeys = new ArrayList<>();

  @Option(
      names = "--witness",
      paramLabel = "VKEY",
      description =
          "A witness's cosignature/v1 verifier key to count (repeatable). Without it, the"
              + " witnesses the server publishes at /log/T/witnesses.")
  List<String> witnessKeys = new ArrayList<>();

  @Option(
      names = "--quorum",
      paramLabel = "K",
      description =
          "How many of the witnesses must have cosigned the checkpoint (default: the server's"
              + " quorum, or 1 with --witness).")
  @Nullable Integer quorum;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Keep the checkpoint, tiles and entry bundles here, as the server lays them out.")
  @Nullable Path out;

  @Option(
      names = "--parallel",
      paramLabel = "N",
      description =
          "Entry bundles (with their tiles) downloaded at once (default ${DEFAULT-VALUE}).")
  int parallel = 16;

  /** The token when no --token-file is given; a field so that tests need not set the variable. */
  @Nullable String tokenFromEnvironment = System.getenv(TOKEN_VARIABLE);

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Override
  public Integer call() throws Exception {
    if (parallel < 1 || parallel > 256) {
      throw new ParameterException(spec.commandLine(), "--parallel is 1 to 256");
    }
    if (!tenant.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}")) {
      throw new ParameterException(spec.commandLine(), "--tenant is a tenant id");
    }
    String token = token();
    String base = url.toString().replaceAll("/+$", "") + "/log/" + tenant + "/";
    PrintWriter o = spec.commandLine().getOut();
    List<VerifierKey> keys = keys(base, o);
    byte[] note = get(base + "checkpoint", null);
    Checkpoint checkpoint;
    try {
      checkpoint = Checkpoint.parse(NoteVerifier.of(keys).open(note).text());
    } catch (NoteException e) {
      o.printf(
          "%s: FAILED: the checkpoint does not verify with the log key: %s%n",
          tenant, e.getMessage());
      o.flush();
      return 1;
    }
    // the log's key is the operator's: only the witnesses' cosignatures show that this tree is
    // the one they saw, not a rewrite the operator signed again
    try {
      WitnessQuorum witnesses = witnesses(base);
      List<VerifierKey> cosigners = witnesses.check(Note.parse(note));
      PrintWriter e = spec.commandLine().getErr();
      if (witnesses.quorum() == 0) {
        e.printf(
            "%s: warning: no witness quorum; the log's own signature alone vouches for it%n",
            tenant);
      } else {
        e.printf(
            "%s: cosigned by %s (a quorum of %d of the %d witnesses listed)%n",
            tenant,
            String.join(", ", cosigners.stream().map(VerifierKey::name).toList()),
            witnesses.quorum(),
            witnesses.witnesses().size());
      }
    } catch (NoteException e) {
      o.printf("%s: FAILED: %s%n", tenant, e.getMessage());
      o.flush();
      return 1;
    }
    if (out != null) {
      save("checkpoint", note);
    }
    if (checkpoint.size() > 0) {
      // one bundle first, so that a token without the right is told plainly before anything else
      TilePath first = TilePath.entryBundleContaining(0, checkpoint.size());
      get(base + first, token);
    }
    Records records = new Records();
    long started = System.nanoTime();
    TileAudit.Summary summary;
    try (Progress.Bar bar = Progress.open("audit " + tenant, checkpoint.size())) {
      summary =
          TileAudit.verify(
              checkpoint,
              path -> fetch(base, path, path.entries() ? token : null),
              parallel,
              records::add,
              bar);
    } catch (TileAuditException e) {
      o.printf("%s: FAILED: %s%n", tenant, e.getMessage());
      o.flush();
      return 1;
    }
    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    o.printf(
        Locale.ROOT,
        "%s: ok, %,d entries verified against the checkpoint of size %,d (%s)%n",
        tenant,
        summary.entries(),
        checkpoint.size(),
        checkpoint.origin());
    o.printf("root: %s%n", Base64.getEncoder().encodeToString(checkpoint.root()));
    o.printf(
        Locale.ROOT,
        "read %,d tiles and %,d entry bundles in %.1f s (%,.0f entries/s)%n",
        summary.tiles(),
        summary.bundles(),
        seconds,
        summary.entries() / seconds);
    if (records.first != null) {
      o.printf("first record: %s, last record: %s%n", records.first, records.last);
    }
    o.println("records per action (allowed, refused):");
    records.byAction.forEach(
        (action, n) -> o.printf(Locale.ROOT, "  %-32s %,12d %,12d%n", action, n[0], n[1]));
    if (out != null) {
      o.println("kept in " + out);
    }
    o.flush();
    return 0;
  }

  /** Every entry read as an access record: counts per action, the first and last time. */
  private static final class Records {
    final Map<String, long[]> byAction = new TreeMap<>();
    @Nullable Instant first;
    @Nullable Instant last;

    void add(long index, byte[] entry) throws TileAuditException {
      AccessRecord r;
      try {
        r = AccessRecordCodec.decode(entry);
      } catch (IllegalArgumentException e) {
        throw new TileAuditException(
            "entry " + index + " is not an access record: " + e.getMessage());
      }
      byAction.computeIfAbsent(r.action(), a -> new long[2])[r.allowed() ? 0 : 1]++;
      if (first == null || r.time().isBefore(first)) {
        first = r.time();
      }
      if (last == null || r.time().isAfter(last)) {
        last = r.time();
      }
    }
  }

  private String token() throws IOException {
    String t =
        tokenFile != null
            ? Files.readString(tokenFile, StandardCharsets.UTF_8)
            : tokenFromEnvironment;
    if (t == null || t.isBlank()) {
      throw new ParameterException(
          spec.commandLine(),
          "entry bundles need an auditor's bearer token: set "
              + TOKEN_VARIABLE
              + " or give --token-file FILE");
    }
    return t.strip();
  }

  /** The pinned keys, or those the server publishes (trusted on first use: said so). */
  private List<VerifierKey> keys(String base, PrintWriter o)
      throws IOException, InterruptedException {
    List<VerifierKey> keys = new ArrayList<>();
    try {
      for (String k : logKeys) {
        keys.add(VerifierKey.parse(k));
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--log-key: " + e.getMessage());
    }
    if (!keys.isEmpty()) {
      return keys;
    }
    HttpResponse<byte[]> r = send(base + "witnesses", null);
    List<String> published = new ArrayList<>();
    if (r.statusCode() == 200) {
      try {
        JsonNode log = JsonMapper.builder().build().readTree(r.body()).path("log");
        log.forEach(k -> published.add(k.asString()));
      } catch (RuntimeException e) {
        published.clear();
      }
    }
    if (published.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "the server publishes no log key at "
              + base
              + "witnesses: give --log-key VKEY (the tenant's published key; on the server,"
              + " 'mamori log vkey --tenant "
              + tenant
              + "')");
    }
    for (String k : published) {
      keys.add(VerifierKey.parse(k));
    }
    o.println(
        "note: the log key is the one the server itself publishes; pin it with --log-key VKEY"
            + " to check who signed");
    return keys;
  }

  /** The witnesses to count: pinned, else as the server publishes them (trusting it for that). */
  private WitnessQuorum witnesses(String base) throws IOException, InterruptedException {
    List<VerifierKey> listed = new ArrayList<>();
    int k;
    try {
      for (String w : witnessKeys) {
        listed.add(VerifierKey.parse(w));
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--witness: " + e.getMessage());
    }
    if (!listed.isEmpty()) {
      k = quorum == null ? 1 : quorum;
    } else {
      HttpResponse<byte[]> r = send(base + "witnesses", null);
      int published = 0;
      if (r.statusCode() == 200) {
        try {
          JsonNode page = JsonMapper.builder().build().readTree(r.body());
          page.path("witnesses")
              .forEach(w -> listed.add(VerifierKey.parse(w.path("vkey").asString())));
          published = page.path("quorum").asInt(listed.isEmpty() ? 0 : 1);
        } catch (RuntimeException e) {
          throw new ParameterException(
              spec.commandLine(),
              "the server's witness list at "
                  + base
                  + "witnesses does not read: "
                  + e.getMessage());
        }
        if (!listed.isEmpty()) {
          spec.commandLine()
              .getErr()
              .println(
                  "note: the witnesses are the ones the server itself publishes; pin them with"
                      + " --witness VKEY (and --quorum K) to count the ones you trust");
        }
      }
      k = quorum == null ? published : quorum;
    }
    if (k < 0 || k > listed.size()) {
      throw new ParameterException(
          spec.commandLine(), "--quorum is 0 to the " + listed.size() + " witnesses listed");
    }
    try {
      return WitnessQuorum.of(listed, k);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "the witnesses: " + e.getMessage());
    }
  }

  private CompletableFuture<byte[]> fetch(String base, TilePath path, @Nullable String token) {
    return http.sendAsync(request(base + path, token), HttpResponse.BodyHandlers.ofByteArray())
        .thenApply(r -> {
          byte[] body = ok(r, path.toString());
          if (out != null) {
            try {
              save(path.toString(), body);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          return body;
        });
  }

  private byte[] get(String address, @Nullable String token)
      throws IOException, InterruptedException {
    return ok(send(address, token), address);
  }

  private HttpResponse<byte[]> send(String address, @Nullable String token)
      throws IOException, InterruptedException {
    return http.send(request(address, token), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest request(String address, @Nullable String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofMinutes(2)).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b.build();
  }

  /** The body of a 200; anything else is told plainly, an auditor's missing right above all. */
  private byte[] ok(HttpResponse<byte[]> r, String what) {
    return switch (r.statusCode()) {
      case 200 -> r.body();
      case 401 ->
          throw new IllegalStateException(
              "the server refused the bearer token (401): it is not valid, has expired or was"
                  + " revoked");
      case 403 ->
          throw new IllegalStateException(
              "the token's user may not read the entries of "
                  + tenant
                  + " (403): entry bundles are served to the tenant's auditors only");
      default ->
          throw new IllegalStateException(
              what
                  + ": HTTP "
                  + r.statusCode()
                  + " "
                  + new String(r.body(), StandardCharsets.UTF_8).lines().findFirst().orElse(""));
    };
  }

  private void save(String path, byte[] body) throws IOException {
    Path file = java.util.Objects.requireNonNull(out).resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, body);
  }
}
