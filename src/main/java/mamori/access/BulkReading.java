package mamori.access;

import java.time.LocalDate;
import mamori.core.Who;

/**
 * A member of the tenant's own staff passed the tenant's alert threshold of reads in a day;
 * published once per person and day by this instance, and raised as a security alert.
 *
 * @param who the staff member
 * @param day the Asia/Tokyo day
 * @param reads the reads counted so far that day
 * @param threshold the tenant's {@code staff.alert-reads}
 * @param cap the tenant's {@code staff.daily-reads}, after which reads are refused
 */
public record BulkReading(Who who, LocalDate day, long reads, long threshold, long cap) {}
