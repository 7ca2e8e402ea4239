package mamori.work;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * What a controller asks for when creating a job.
 *
 * @param name 1 to 200 characters, nothing like a My Number ({@code 2026年度 源泉徴収票})
 * @param purpose one of the tenant's registered purposes ({@code withholding-slip-entry})
 * @param typeId a document type of the tenant (built in or loaded); its newest version is taken
 * @param deadline when the keying must be finished; after now
 * @param id the job's id, or empty for a random one
 */
public record NewJob(
    String name, String purpose, String typeId, Instant deadline, Optional<JobId> id) {
  public NewJob {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(typeId, "typeId");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(id, "id");
  }

  /**
   * A deadline as people type it: an ISO date (the end of that day, 23:59:59 in Asia/Tokyo), a
   * date-time with an offset, or a local date-time in Asia/Tokyo.
   *
   * @throws IllegalArgumentException when it is none of these
   */
  public static Instant deadline(String text) {
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    String t = text.strip();
    try {
      if (t.length() == 10) {
        return LocalDate.parse(t).plusDays(1).atStartOfDay(tokyo).toInstant().minusSeconds(1);
      }
      try {
        return OffsetDateTime.parse(t).toInstant();
      } catch (DateTimeParseException e) {
        return LocalDateTime.parse(t).atZone(tokyo).toInstant();
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "a deadline is an ISO date (2027-01-31) or date-time (2027-01-31T17:00)", e);
    }
  }
}
