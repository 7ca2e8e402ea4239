package mamori.work;

import java.time.Instant;
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
}
