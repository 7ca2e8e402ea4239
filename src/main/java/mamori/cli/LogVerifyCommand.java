package mamori.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import mamori.cli.LogCommand.AuditorFiles;
import mamori.log.LogVerifier;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.NoteException;
import mamori.log.verify.NoteVerifier;
import mamori.log.verify.Rfc6962;
import mamori.terminal.Progress;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mamori log verify}: every stored log recomputed from its entries and checked. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Recomputes each log from its stored entries, checks every stored tile and checkpoint",
      "against it, and names the first entry or checkpoint that disagrees. Then checks the log",
      "against a checkpoint trusted from outside (--against, and the one the last verification",
      "kept) and keeps the checkpoint it verified. Exit 1 when anything disagrees."
    })
final class LogVerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--tenant",
      paramLabel = "T",
      description = "One tenant; all tenants when omitted.")
  @Nullable String tenant;

  @Option(
      names = "--export",
      paramLabel = "FILE",
      description =
          "Verify an incident's evidence export (mamori incidents evidence) offline instead: the"
              + " checkpoint's signatures, every entry's hash and inclusion proof, every person's"
              + " evidence. No store is opened.")
  java.nio.file.@Nullable Path export;

  @Option(
      names = "--key",
      paramLabel = "VKEY",
      description =
          "With --export: a verifier key of the log (as published); the keys in the file when"
              + " none is given.")
  List<String> keys = new java.util.ArrayList<>();

  @Option(
      names = "--witness",
      paramLabel = "VKEY",
      description = "With --export: a witness whose cosignature the checkpoint must carry.")
  List<String> witnesses = new java.util.ArrayList<>();

  @Option(
      names = "--against",
      paramLabel = "FILE|URL",
      description =
          "A checkpoint note trusted from outside the data folder (a witness's or an auditor's,"
              + " a file or an http(s) URL serving one): the log must be at least its size and have"
              + " its root at that size. Needs --tenant.")
  @Nullable String against;

  @Option(
      names = "--keep",
      paramLabel = "FILE",
      description =
          "Where the checkpoint verified is kept and, next time, checked against (default:"
              + " ~/.mamori/verified/<SHA-256 of the origin and key>; mamori.home or MAMORI_HOME replaces"
              + " ~/.mamori). Never inside the data folder. Needs --tenant.")
  java.nio.file.@Nullable Path keep;

  @Option(
      names = "--no-kept",
      description =
          "Do not check against the checkpoint kept by the last verification (a warning says"
              + " so); the checkpoint verified now replaces it.")
  boolean noKept;

  @Override
  public Integer call() throws Exception {
    if (export != null) {
      return verifyExport(export);
    }
    if (tenant == null && (against != null || keep != null)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--against and --keep check one log: give --tenant");
    }
    if (keep != null && inside(keep, store.dataFolder())) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--keep: "
              + keep
              + " is inside the data folder, where whoever can cut the log back can change it too");
    }
    @Nullable String trusted = against == null ? null : readAgainst(against);
    return LogCommand.withLogs(
        store,
        logs -> {
          List<String> tenants = tenant != null ? List.of(tenant) : logs.tenants();
          PrintWriter out = spec.commandLine().getOut();
          boolean allOk = true;
          if (tenants.isEmpty()) {
            out.println("no logs in " + store.location());
          }
          for (String t : tenants) {
            long started = System.nanoTime();
            LogVerifier.Report r =
                Progress.track("verify " + t, -1, p -> LogVerifier.verify(logs, t, p));
            double s = (System.nanoTime() - started) / 1e9;
            if (r.ok()) {
              out.printf(
                  java.util.Locale.ROOT,
                  "%s: ok, %,d entries and %,d checkpoints verified in %.1f s%n",
                  t,
                  r.entries(),
                  r.checkpoints(),
                  s);
              allOk &=
                  TrustedCheckpoints.check(
                      logs, t, r.entries(), trusted, against, keep, noKept, out);
            } else {
              allOk = false;
              out.printf("%s: FAILED: %s%n", t, r.problem().orElseThrow());
            }
          }
          out.flush();
          return allOk ? 0 : 1;
        });
  }

  private static boolean inside(java.nio.file.Path file, java.nio.file.Path folder) {
    return file.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize());
  }

  private String readAgainst(String where) {
    try {
      return AuditorFiles.isUrl(where)
          ? AuditorFiles.get(where, "text/plain")
          : java.nio.file.Files.readString(java.nio.file.Path.of(where));
    } catch (java.io.IOException | RuntimeException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--against " + where + ": cannot read it: " + e.getMessage());
    }
  }

  private int verifyExport(java.nio.file.Path file) throws java.io.IOException {
    List<mamori.log.verify.VerifierKey> logKeys = new java.util.ArrayList<>();
    List<mamori.log.verify.VerifierKey> witnessKeys = new java.util.ArrayList<>();
    try {
      for (String k : keys) {
        logKeys.add(mamori.log.verify.VerifierKey.parse(k));
      }
      for (String k : witnesses) {
        witnessKeys.add(mamori.log.verify.VerifierKey.parse(k));
      }
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--key/--witness: " + e.getMessage());
    }
    mamori.incident.EvidenceVerifier.Result r =
        mamori.incident.EvidenceVerifier.verify(
            java.nio.file.Files.readAllBytes(file), logKeys, witnessKeys);
    PrintWriter out = spec.commandLine().getOut();
    if (r.ok()) {
      out.printf(
          "%s: ok, %d entries proved against a checkpoint %s%s%n",
          file,
          r.entries(),
          r.cosigners().isEmpty()
              ? "cosigned by no witness"
              : r.witnesses().isEmpty()
                  ? "the file says is cosigned by "
                      + String.join(", ", r.cosigners())
                      + " (claimed by the file, not verified)"
                  : "cosigned by " + String.join(", ", r.cosigners()),
          r.witnesses().isEmpty()
              ? " (no --witness given: the cosignatures were not checked)"
              : "; verified witnesses: " + String.join(", ", r.witnesses()));
      if (r.keysFromFile()) {
        out.println(
            "note: the log keys are the file's own; give --key VKEY (the tenant's published key)"
                + " to check who signed");
      }
    } else {
      out.printf("%s: FAILED: %s%n", file, r.problem().orElseThrow());
    }
    out.flush();
    return r.ok() ? 0 : 1;
  }

  /**
   * The part of {@code mamori log verify} that a log cannot vouch for itself: whether the log still
   * holds a checkpoint trusted from outside its data folder. A log cut back to an earlier signed
   * checkpoint (entries, tiles and checkpoints deleted, the state row set back) is consistent with
   * itself, so the recomputation alone passes; it is caught only by a checkpoint kept elsewhere:
   * one given with {@code --against} (a witness's or an auditor's) or the one the last verification
   * kept ({@code ~/.mamori/verified/<SHA-256 of the origin and the log's key>}: a log keeps its key
   * for life, and two logs of one name with other keys, such as test stores, do not meet). The log
   * must be at least that checkpoint's size and have its root at that size.
   */
  static final class TrustedCheckpoints {
    private TrustedCheckpoints() {}

    /**
     * Checks the verified log of {@code tenant} ({@code size} entries, already recomputed and found
     * consistent) against {@code against} and the kept checkpoint, prints what it did, and on
     * success keeps the newest checkpoint verified.
     *
     * @return whether the log holds every trusted checkpoint
     */
    static boolean check(
        TransparencyLogs logs,
        String tenant,
        long size,
        @Nullable String against,
        @Nullable String againstSource,
        @Nullable Path keep,
        boolean noKept,
        PrintWriter out)
        throws IOException {
      TenantLog log = logs.forTenant(tenant);
      NoteVerifier keys = NoteVerifier.of(logs.verifierKeys(tenant));
      if (against != null) {
        Optional<String> problem =
            problem(log, keys, size, against, "the trusted checkpoint (" + againstSource + ")");
        if (problem.isPresent()) {
          out.printf("%s: FAILED: %s%n", tenant, problem.get());
          return false;
        }
        out.printf("%s: holds the trusted checkpoint %s%n", tenant, againstSource);
      }
      Path file =
          keep != null
              ? keep
              : LogVerifier.keptCheckpoint(
                  AuditorFiles.home(), log.origin(), logs.verifierKeys(tenant).getFirst());
      long keptSize = -1;
      if (noKept) {
        out.printf(
            "%s: warning: not checked against the checkpoint kept by the last verification"
                + " (--no-kept): a log cut back to an earlier checkpoint passes%n",
            tenant);
      } else if (Files.isRegularFile(file)) {
        String kept = Files.readString(file);
        Optional<String> problem =
            problem(
                log,
                keys,
                size,
                kept,
                "the checkpoint kept by the last verification (" + file + ")");
        if (problem.isPresent()) {
          out.printf("%s: FAILED: %s%n", tenant, problem.get());
          out.printf(
              "%s: if this log was knowingly restored from a backup or started again, record that"
                  + " as an incident, then run once with --no-kept to keep its checkpoint instead%n",
              tenant);
          return false;
        }
        keptSize = sizeOf(kept);
        out.printf(
            "%s: holds the checkpoint of size %,d kept by the last verification (%s)%n",
            tenant, keptSize, file);
      } else {
        out.printf(
            "%s: no checkpoint kept by an earlier verification in %s: this one is the first%n",
            tenant, file);
      }
      Optional<String> verified = log.checkpointAtMost(size);
      if (verified.isPresent() && problem(log, keys, size, verified.get(), "").isEmpty()) {
        long verifiedSize = sizeOf(verified.get());
        if (verifiedSize >= keptSize) {
          AuditorFiles.write(file, verified.get());
          out.printf("%s: kept the checkpoint of size %,d in %s%n", tenant, verifiedSize, file);
        }
      }
      return true;
    }

    /** Why the log does not hold {@code note}, or empty if it does. */
    static Optional<String> problem(
        TenantLog log, NoteVerifier keys, long size, String note, String source) {
      Checkpoint trusted;
      try {
        trusted = Checkpoint.parse(keys.open(note).text());
      } catch (NoteException e) {
        return Optional.of(
            source + " is not a checkpoint signed by this log's key: " + e.getMessage());
      }
      if (!trusted.origin().equals(log.origin())) {
        return Optional.of(
            source + " is of the log " + trusted.origin() + ", not of " + log.origin());
      }
      if (trusted.size() > size) {
        return Optional.of(
            "the log has "
                + size
                + " entries, fewer than the "
                + trusted.size()
                + " of "
                + source
                + ": it was cut back (truncated)");
      }
      byte[] root = trusted.size() == 0 ? Rfc6962.emptyRoot() : log.root(trusted.size());
      if (!MessageDigest.isEqual(root, trusted.root())) {
        return Optional.of(
            "the log's root at size "
                + trusted.size()
                + " is "
                + b64(root)
                + " but "
                + source
                + " has "
                + b64(trusted.root())
                + " (the log has "
                + size
                + " entries): its history was rewritten");
      }
      return Optional.empty();
    }

    /** The size of a checkpoint note already verified. */
    private static long sizeOf(String note) {
      try {
        return Checkpoint.parse(mamori.log.verify.Note.parse(note).text()).size();
      } catch (NoteException e) {
        throw new IllegalStateException("a verified checkpoint no longer parses", e);
      }
    }

    private static String b64(byte[] hash) {
      return Base64.getEncoder().encodeToString(hash);
    }
  }
}
