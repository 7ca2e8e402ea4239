package mamori.access;

import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;

/**
 * Where the gate writes the records it makes itself (listings and denials): the tenant's
 * transparency log in the service, a list in the gate's unit tests.
 */
interface AccessLog {
  /**
   * Appends a record to the tenant's log; returns once it is durable.
   *
   * @throws IllegalArgumentException when the log refuses the record; nothing is written
   * @throws mamori.log.LogUnavailableException when the log cannot record
   */
  void append(String tenant, AccessRecord record);

  static AccessLog of(TransparencyLogs logs) {
    return (tenant, record) -> logs.forTenant(tenant).append(record);
  }
}
