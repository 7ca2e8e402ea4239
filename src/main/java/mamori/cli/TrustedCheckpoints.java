package mamori.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.NoteException;
import mamori.log.verify.NoteVerifier;
import mamori.log.verify.Rfc6962;
import org.jspecify.annotations.Nullable;

/**
 * The part of {@code mamori log verify} that a log cannot vouch for itself: whether the log still
 * holds a checkpoint trusted from outside its data folder. A log cut back to an earlier signed
 * checkpoint (entries, tiles and checkpoints deleted, the state row set back) is consistent with
 * itself, so the recomputation alone passes; it is caught only by a checkpoint kept elsewhere: one
 * given with {@code --against} (a witness's or an auditor's) or the one the last verification kept
 * ({@code ~/.mamori/verified/<SHA-256 of the origin and the log's key>}: a log keeps its key for
 * life, and two logs of one name with other keys, such as test stores, do not meet). The log must
 * be at least that checkpoint's size and have its root at that size.
 */
final class TrustedCheckpoints {
  private TrustedCheckpoints() {}

  /**
   * Checks the verified log of {@code tenant} ({@code size} entries, already recomputed and found
   * consistent) against {@code against} and the kept checkpoint, prints what it did, and on success
   * keeps the newest checkpoint verified.
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
            : AuditorFiles.home()
                .resolve("verified")
                .resolve(
                    AuditorFiles.sha256Hex(
                        log.origin() + "\n" + logs.verifierKeys(tenant).getFirst()));
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
              log, keys, size, kept, "the checkpoint kept by the last verification (" + file + ")");
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
