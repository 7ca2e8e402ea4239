package mamori.vault;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Outcome;
import mamori.core.PersonToken;
import mamori.core.TenantId;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;

/** The access records the vault writes before it stores, reveals or erases anything (promise 3). */
final class VaultRecords {
  static final List<Field> ALL_FIELDS = List.of(Field.values());

  private VaultRecords() {}

  /** An allowed access by {@code actor} of the tenant, to one person or (empty) to none. */
  static AccessRecord record(
      String tenant,
      Actor actor,
      Action action,
      Optional<PersonToken> person,
      List<Field> fields,
      Instant now) {
    return AccessRecord.of(
        actor.attempt(new TenantId(tenant), action, person, fields, now), Outcome.allowed());
  }

  /**
   * An allowed access by {@code actor} of the tenant to the person with the tenant's token {@code
   * token}.
   */
  static AccessRecord record(
      String tenant, Actor actor, Action action, String token, List<Field> fields, Instant now) {
    return record(tenant, actor, action, Optional.of(new PersonToken(token)), fields, now);
  }

  /**
   * Appends a batch's records in one durable transaction of the log; none is stored if it fails.
   */
  static void appendAll(TenantLog log, List<AccessRecord> records) {
    for (int from = 0; from < records.size(); from += TenantLog.MAX_APPEND_ALL) {
      log.appendAll(
          records.subList(from, Math.min(records.size(), from + TenantLog.MAX_APPEND_ALL)));
    }
  }
}
