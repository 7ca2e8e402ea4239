package mamori.incident;

import java.util.List;

/**
 * An incident's evidence as exported for an auditor or the PPC (schema {@value #SCHEMA}, JSON,
 * docs/api.md): the log entries concerned, each with its inclusion proof against one checkpoint,
 * the checkpoint note as the witnesses cosigned it, and the log's verifier keys. It holds tokens,
 * log indexes and hashes only, never a number or a name: the entries are the log's own canonical
 * bytes, which hold tokens only.
 *
 * @param logKeys the log's verifier keys (C2SP vkeys) as the service knows them: a verifier should
 *     compare them with the keys the tenant publishes, or give its own ({@code mamori log verify
 *     --export FILE --key VKEY})
 * @param checkpoint the signed note every proof leads to
 * @param cosigners the names of the signature lines by others than the log (the witnesses)
 * @param persons the affected persons and the indexes of their evidence
 * @param alerts the alerts the incident was opened from and the indexes of their evidence
 * @param entries every index named above that the checkpoint covers, ascending
 * @param uncovered indexes named above that the checkpoint does not cover yet (newer than it)
 */
public record EvidenceExport(
    String schema,
    String tenant,
    String incident,
    String exportedAt,
    String exportedBy,
    String origin,
    List<String> logKeys,
    String checkpoint,
    long treeSize,
    List<String> cosigners,
    List<Person> persons,
    List<Alert> alerts,
    List<Entry> entries,
    List<Long> uncovered) {
  public static final String SCHEMA = "mamori.incident-evidence/1";

  /** An affected person: their token and the indexes of the entries that concern them. */
  public record Person(String token, List<Long> evidence) {}

  /** An alert of the incident: its id and the indexes it rests on. */
  public record Alert(String id, List<Long> evidence) {}

  /**
   * One log entry with its proof, in the form the independent verifier (src/test/js/
   * verify-checkpoint.mjs) reads: {@code leafIdx}, {@code treeSize}, {@code leafHash} (base64) and
   * {@code proof} (base64 hashes), plus the entry's canonical bytes (base64) to hash again.
   */
  public record Entry(
      long leafIdx, long treeSize, String entry, String leafHash, List<String> proof) {}
}
