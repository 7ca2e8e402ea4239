package mamori.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import mamori.log.LogVerifier;
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
}
