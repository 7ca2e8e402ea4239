package mamori.vault;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;

/** The access records the vault writes before it stores, reveals or erases anything (promise 3). */
final class VaultRecords {
  static final List<String> ALL_FIELDS = Arrays.stream(Field.values()).map(Field::column).toList();

  private VaultRecords() {}

  static AccessRecord record(Actor actor, String action, String token, List<String> fields, Instant now) {
    return AccessRecord.of(actor.user(), actor.organisation(), actor.chain(), actor.purpose(), actor.caseRef(),
        action, token, fields, "allow", now);
  }

  static List<String> columns(List<Field> fields) {
    return fields.stream().map(Field::column).toList();
  }

  /** Appends a batch's records in one durable transaction of the log; none is stored if it fails. */
  static void appendAll(TenantLog log, List<AccessRecord> records) {
    for (int from = 0; from < records.size(); from += TenantLog.MAX_APPEND_ALL) {
      log.appendAll(records.subList(from, Math.min(records.size(), from + TenantLog.MAX_APPEND_ALL)));
    }
  }
}
