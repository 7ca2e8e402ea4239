package mamori.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import mamori.cli.LogCommand.AuditorFiles;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.LogFollower;
import mamori.log.verify.Note;
import mamori.log.verify.NoteException;
import mamori.log.verify.NoteVerifier;
import mamori.log.verify.RefusedCheckpointException;
import mamori.log.verify.VerifierKey;
import mamori.log.verify.WitnessQuorum;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code mamori log follow --tenant T URL}: an auditor's check of a published log from the command
 * line, the same as the resident's browser makes: each round fetches the latest checkpoint and
 * takes it only if the log's key signed it, a quorum of the witnesses first seen cosigned it, and
 * it extends the checkpoint taken last time (a consistency proof fetched from the service). The
 * state (the keys, the witnesses first seen, the last checkpoint) is a file outside any data
 * folder; a refusal leaves it as it was and ends the command with exit 1.
 */
@Command(
    name = "follow",
    mixinStandardHelpOptions = true,
    description = {
      "Follows a tenant's published log at URL as an auditor: checks the log's signature, the",
      "witnesses' cosignatures and that each checkpoint extends the one checked before; prints a",
      "line per new checkpoint. Exit 1 on a refusal (rollback, fork, rewrite, too few witnesses)."
    })
final class LogFollowCommand implements Callable<Integer> {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Spec CommandSpec spec;

  @Option(names = "--tenant", required = true, paramLabel = "T")
  String tenant;

  @Parameters(
      paramLabel = "URL",
      description = "The service's address, such as https://mamori.example (its /log/T/... paths).")
  String url;

  @Option(
      names = "--log-key",
      paramLabel = "VKEY",
      description =
          "A verifier key of the log (pinned; its name is the origin). Without it the keys are"
              + " learned from URL/log/T/witnesses on first use.")
  List<String> logKeys = new ArrayList<>();

  @Option(
      names = "--witness",
      paramLabel = "VKEY",
      description = "With --log-key: a witness's cosignature/v1 key. Repeat for more.")
  List<String> witnesses = new ArrayList<>();

  @Option(
      names = "--quorum",
      paramLabel = "K",
      description =
          "With --log-key: how many of the witnesses must cosign (default: 1 if a witness is"
              + " given, else 0).")
  @Nullable Integer quorum;

  @Option(
      names = "--state",
      paramLabel = "FILE",
      description =
          "Where the keys, the witnesses first seen and the last checkpoint are kept"
              + " (default: ~/.mamori/follow/<SHA-256 of the origin>; mamori.home or MAMORI_HOME"
              + " replaces ~/.mamori).")
  @Nullable Path state;

  @Option(names = "--once", description = "One round, then exit.")
  boolean once;

  @Option(
      names = "--every",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "Seconds between rounds (default: ${DEFAULT-VALUE}).")
  int every;

  /** What is kept between rounds and runs. */
  record State(
      String origin,
      List<VerifierKey> log,
      List<VerifierKey> witnesses,
      int quorum,
      @Nullable String checkpoint) {}

  /** A checkpoint refused: the message says why; the state is unchanged. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  @Override
  public Integer call() throws Exception {
    if (every < 1) {
      throw new ParameterException(spec.commandLine(), "--every is at least 1 second");
    }
    if (logKeys.isEmpty() && (!witnesses.isEmpty() || quorum != null)) {
      throw new ParameterException(
          spec.commandLine(), "--witness and --quorum pin the witnesses with --log-key");
    }
    State pinned = logKeys.isEmpty() ? null : pinned();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    while (true) {
      try {
        round(pinned, out, err);
      } catch (Refused e) {
        err.println("REFUSED: " + e.getMessage());
        err.println("The state kept is unchanged.");
        err.flush();
        return 1;
      } catch (IOException e) {
        err.println("cannot follow " + tenant + ": " + e.getMessage());
        err.flush();
        if (once) {
          return 1;
        }
      }
      out.flush();
      err.flush();
      if (once) {
        return 0;
      }
      Thread.sleep(every * 1000L);
    }
  }

  private State pinned() {
    List<VerifierKey> log = parse("--log-key", logKeys);
    List<VerifierKey> listed = parse("--witness", witnesses);
    String origin = log.getFirst().name();
    if (log.stream().anyMatch(k -> !k.name().equals(origin))) {
      throw new ParameterException(
          spec.commandLine(), "--log-key: the keys name two origins; follow one log at a time");
    }
    int k = quorum != null ? quorum : listed.isEmpty() ? 0 : 1;
    try {
      WitnessQuorum.of(listed, k);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--witness/--quorum: " + e.getMessage());
    }
    return new State(origin, log, listed, k, null);
  }

  private List<VerifierKey> parse(String option, List<String> vkeys) {
    List<VerifierKey> keys = new ArrayList<>();
    for (String vkey : vkeys) {
      try {
        keys.add(VerifierKey.parse(vkey));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(
            spec.commandLine(), option + " " + vkey + ": " + e.getMessage());
      }
    }
    return keys;
  }

  /** One round: learn or load the keys, fetch the checkpoint, check it, keep it if new. */
  void round(@Nullable State pinned, PrintWriter out, PrintWriter err) throws IOException, Refused {
    State served = pinned != null ? pinned : served();
    Path file =
        state != null
            ? state
            : AuditorFiles.home()
                .resolve("follow")
                .resolve(AuditorFiles.sha256Hex(served.origin()));
    Optional<State> kept = load(file);
    if (kept.isPresent() && !kept.get().origin().equals(served.origin())) {
      throw new IOException(
          file + " follows " + kept.get().origin() + ", not " + served.origin() + "; give --state");
    }
    State trusted = pinned != null || kept.isEmpty() ? served : kept.get();
    if (pinned == null && kept.isPresent()) {
      warnIfChanged(kept.get(), served, err);
    }
    if (trusted.quorum() == 0) {
      err.println(
          "warning: no witness quorum: only the log's own key vouches for " + trusted.origin());
    }
    @Nullable String held = kept.map(State::checkpoint).orElse(null);
    String note = AuditorFiles.get(logUrl("checkpoint"), "text/plain");
    NoteVerifier logSignature = NoteVerifier.of(trusted.log());
    WitnessQuorum witnessQuorum;
    try {
      witnessQuorum = WitnessQuorum.of(trusted.witnesses(), trusted.quorum());
    } catch (IllegalArgumentException e) {
      throw new IOException("the witness list kept in " + file + ": " + e.getMessage(), e);
    }
    Note parsed;
    List<VerifierKey> cosigners;
    Checkpoint offered;
    try {
      parsed = Note.parse(note);
      offered = Checkpoint.parse(logSignature.verify(parsed).text());
      cosigners = witnessQuorum.check(parsed);
    } catch (NoteException e) {
      throw new Refused("the checkpoint at " + logUrl("checkpoint") + ": " + e.getMessage());
    }
    LogFollower follower;
    Checkpoint before = null;
    if (held == null) {
      follower = LogFollower.trustOnFirstUse(trusted.origin(), logSignature);
    } else {
      try {
        before = Checkpoint.parse(Note.parse(held).text());
      } catch (NoteException e) {
        throw new IOException("the checkpoint kept in " + file + ": " + e.getMessage(), e);
      }
      follower = LogFollower.pinned(before, logSignature);
    }
    List<byte[]> proof =
        before != null && before.size() > 0 && offered.size() > before.size()
            ? consistency(before.size(), offered.size())
            : List.of();
    try {
      follower.accept(note, proof);
    } catch (RefusedCheckpointException e) {
      throw new Refused(String.valueOf(e.getMessage()));
    }
    boolean isNew =
        before == null
            || before.size() != offered.size()
            || !java.util.Arrays.equals(before.root(), offered.root());
    if (isNew) {
      AuditorFiles.write(
          file,
          write(
              new State(
                  trusted.origin(), trusted.log(), trusted.witnesses(), trusted.quorum(), note)));
      out.printf(
          "%s size %d root %s cosigned by %s%s%n",
          offered.origin(),
          offered.size(),
          Base64.getEncoder().encodeToString(offered.root()),
          cosigners.isEmpty()
              ? "no witness"
              : String.join(", ", cosigners.stream().map(VerifierKey::name).toList()),
          before == null
              ? " (first checkpoint seen: trusted on first use; kept in " + file + ")"
              : "");
    } else if (once) {
      out.printf("%s size %d: no new checkpoint%n", offered.origin(), offered.size());
    }
  }

  private String logUrl(String what) {
    String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    return base
        + "/log/"
        + URLEncoder.encode(tenant, StandardCharsets.UTF_8).replace("+", "%20")
        + "/"
        + what;
  }

  /** The keys, witnesses and quorum the service publishes. */
  private State served() throws IOException {
    String where = logUrl("witnesses");
    try {
      JsonNode json = JSON.readTree(AuditorFiles.get(where, "application/json"));
      List<VerifierKey> log = new ArrayList<>();
      for (JsonNode k : json.required("log")) {
        log.add(VerifierKey.parse(k.asString()));
      }
      List<VerifierKey> listed = new ArrayList<>();
      for (JsonNode w : json.required("witnesses")) {
        VerifierKey key = VerifierKey.parse(w.required("vkey").asString());
        JsonNode fingerprint = w.get("fingerprint");
        if (fingerprint != null
            && !fingerprint.asString().equals(AuditorFiles.sha256Hex(key.toString()))) {
          throw new IOException(where + ": the fingerprint of " + key.name() + " is not its key's");
        }
        listed.add(key);
      }
      String origin = json.required("origin").asString();
      if (log.isEmpty() || log.stream().anyMatch(k -> !k.name().equals(origin))) {
        throw new IOException(where + ": the log keys are not named " + origin);
      }
      return new State(origin, log, listed, json.required("quorum").asInt(), null);
    } catch (JacksonException | IllegalArgumentException e) {
      throw new IOException(where + ": not the witnesses of a log: " + e.getMessage(), e);
    }
  }

  private List<byte[]> consistency(long from, long to) throws IOException, Refused {
    String where = logUrl("proof/consistency") + "?from=" + from + "&to=" + to;
    JsonNode json;
    try {
      json = JSON.readTree(AuditorFiles.get(where, "application/json"));
    } catch (JacksonException e) {
      throw new IOException(where + ": not JSON", e);
    }
    JsonNode size1 = json.get("size1");
    JsonNode size2 = json.get("size2");
    if (size1 == null || size2 == null || size1.asLong() != from || size2.asLong() != to) {
      throw new Refused(where + " answered a consistency proof for other sizes");
    }
    List<byte[]> proof = new ArrayList<>();
    JsonNode hashes = json.get("proof");
    if (hashes != null) {
      for (JsonNode h : hashes) {
        try {
          proof.add(Base64.getDecoder().decode(h.asString()));
        } catch (IllegalArgumentException e) {
          throw new Refused(where + ": a proof hash is not base64");
        }
      }
    }
    return proof;
  }

  private static void warnIfChanged(State kept, State served, PrintWriter err) {
    List<String> gone = fingerprints(kept.witnesses(), served.witnesses());
    List<String> added = fingerprints(served.witnesses(), kept.witnesses());
    if (!gone.isEmpty() || !added.isEmpty()) {
      err.printf(
          "warning: the witnesses listed differ from the ones first seen, which are still used"
              + " (removed: %s; added: %s)%n",
          gone.isEmpty() ? "none" : String.join(", ", gone),
          added.isEmpty() ? "none" : String.join(", ", added));
    }
    if (!fingerprints(served.log(), kept.log()).isEmpty()) {
      err.println("warning: the log's keys published differ from the ones first seen");
    }
  }

  /** The fingerprints of the keys in {@code these} that are not in {@code others}. */
  private static List<String> fingerprints(List<VerifierKey> these, List<VerifierKey> others) {
    return these.stream()
        .filter(k -> !others.contains(k))
        .map(k -> k.name() + " " + AuditorFiles.sha256Hex(k.toString()))
        .toList();
  }

  static Optional<State> load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode json = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      List<VerifierKey> log = new ArrayList<>();
      for (JsonNode k : json.required("log")) {
        log.add(VerifierKey.parse(k.asString()));
      }
      List<VerifierKey> listed = new ArrayList<>();
      for (JsonNode w : json.required("witnesses")) {
        listed.add(VerifierKey.parse(w.required("vkey").asString()));
      }
      JsonNode checkpoint = json.get("checkpoint");
      return Optional.of(
          new State(
              json.required("origin").asString(),
              log,
              listed,
              json.required("quorum").asInt(),
              checkpoint == null || checkpoint.isNull() ? null : checkpoint.asString()));
    } catch (JacksonException | IllegalArgumentException e) {
      throw new IOException(file + " is not a follower's state: " + e.getMessage(), e);
    }
  }

  static String write(State s) {
    ObjectNode json = JSON.createObjectNode();
    json.put("origin", s.origin());
    ArrayNode log = json.putArray("log");
    s.log().forEach(k -> log.add(k.toString()));
    json.put("quorum", s.quorum());
    ArrayNode listed = json.putArray("witnesses");
    for (VerifierKey w : s.witnesses()) {
      listed
          .addObject()
          .put("name", w.name())
          .put("vkey", w.toString())
          .put("fingerprint", AuditorFiles.sha256Hex(w.toString()));
    }
    json.put("checkpoint", s.checkpoint());
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
  }
}
