package mamori.work;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import mamori.core.TenantId;
import mamori.core.UserId;

/**
 * A data-entry job (issue 16 point 1): keying the documents of one type for one purpose by a
 * deadline. The entrustments that give the work name it as their person set ({@code job:<id>}), the
 * ENTER and VERIFY actions and the volume.
 *
 * @param purpose the purpose (事務) the work is for, {@code withholding-slip-entry}
 * @param typeId the document type keyed, with the version the job was made with
 * @param deadline when the keying must be finished
 */
public record Job(
    TenantId tenant,
    JobId id,
    String name,
    String purpose,
    String typeId,
    int typeVersion,
    Instant deadline,
    State state,
    UserId createdBy,
    Instant createdAt) {

  public Job {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(typeId, "typeId");
    deadline = Instant.ofEpochMilli(deadline.toEpochMilli());
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdBy, "createdBy");
    createdAt = Instant.ofEpochMilli(createdAt.toEpochMilli());
  }

  /** Whether documents may still be added and tasks keyed. */
  public enum State {
    OPEN,
    CLOSED;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static State ofCode(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT));
    }
  }
}
