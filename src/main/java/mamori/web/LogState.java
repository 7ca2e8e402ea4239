package mamori.web;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.log.verify.Note;
import mamori.log.verify.NoteException;
import mamori.log.verify.NoteSignature;
import mamori.log.verify.VerifierKey;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's log as the console shows it: the latest signed checkpoint, its size and when it was
 * stored, the log's own keys and every other signature on it, which are the witnesses' cosignatures
 * (with the time a {@code cosignature/v1} carries).
 */
record LogState(
    long treeSize,
    String checkpoint,
    String storedAt,
    List<String> ownKeys,
    List<Cosignature> cosignatures) {

  /** A signature line not made by the log's own keys. */
  record Cosignature(String witness, String keyId, String time) {}

  static LogState of(TransparencyLogs logs, String tenant) {
    TenantLog log = logs.forTenant(tenant);
    String note = log.checkpoint().orElse("");
    List<VerifierKey> own = logs.verifierKeys(tenant);
    List<Cosignature> cosigned = new ArrayList<>();
    long size = log.size();
    if (!note.isEmpty()) {
      try {
        Note parsed = Note.parse(note);
        size = Long.parseLong(parsed.text().split("\n")[1]);
        for (NoteSignature s : parsed.signatures()) {
          if (own.stream().noneMatch(s::isBy)) {
            cosigned.add(
                new Cosignature(
                    s.keyName(), HexFormat.of().toHexDigits(s.keyId()), Pages.time(cosignedAt(s))));
          }
        }
      } catch (NoteException | RuntimeException e) {
        // shown as stored; the log page's verification names what is wrong with it
      }
    }
    return new LogState(
        size,
        note,
        Pages.time(log.checkpointStoredAt().orElse(null)),
        own.stream().map(VerifierKey::toString).toList(),
        cosigned);
  }

  /**
   * The latest published checkpoint (cosigned by the witness quorum) as the console shows it beside
   * the latest signed: its size and note, or size 0 and "" before the first.
   */
  record Published(long treeSize, String checkpoint) {}

  static Published published(TransparencyLogs logs, String tenant) {
    String note = logs.forTenant(tenant).publishedCheckpoint().orElse("");
    long size = 0;
    if (!note.isEmpty()) {
      try {
        size = Long.parseLong(Note.parse(note).text().split("\n")[1]);
      } catch (NoteException | RuntimeException e) {
        // shown as stored
      }
    }
    return new Published(size, note);
  }

  /**
   * A cosignature/v1 signature is an 8-byte timestamp (seconds) and a 64-byte Ed25519 signature.
   */
  private static @Nullable Instant cosignedAt(NoteSignature s) {
    byte[] sig = s.signature();
    return sig.length == 72 ? Instant.ofEpochSecond(ByteBuffer.wrap(sig, 0, 8).getLong()) : null;
  }
}
