package mamori.incident;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One saved version of an incident's report: its body as the exact JSON that was hashed (and is
 * served), the SHA-256 of those UTF-8 bytes in lower-case hex, who saved it and when, the log index
 * of the {@code incident.report-save} record that carried the hash, and when (and by whom) it was
 * marked submitted, if it was.
 */
public record ReportVersion(
    String incident,
    ReportKind kind,
    int version,
    String body,
    String sha256,
    String savedBy,
    java.time.Instant savedAt,
    long logIndex,
    java.time.@Nullable Instant submittedAt,
    @Nullable String submittedBy) {
  public ReportVersion {
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(sha256, "sha256");
  }

  public boolean submitted() {
    return submittedAt != null;
  }
}
