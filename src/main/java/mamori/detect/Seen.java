package mamori.detect;

import mamori.core.TenantId;
import mamori.log.AccessRecord;

/**
 * One record of a tenant's log as the rules see it.
 *
 * @param tenant whose log
 * @param index its index in the log (the evidence an alert names)
 * @param record the record
 * @param replay true while the engine rebuilds the rules' state after a restart: a finding returned
 *     for a replayed record is dropped
 */
public record Seen(TenantId tenant, long index, AccessRecord record, boolean replay) {}
