package mamori.work;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import mamori.core.PersonToken;
import mamori.core.TenantId;

/**
 * One scanned document of a job, as stored: its pages and regions are sealed under its own data key
 * ({@code dataKey}, wrapped by the tenant's field keyset).
 *
 * @param id a random 63-bit id
 * @param seq its place in the job, from 1
 * @param source the loaded file's name, with anything like a number masked
 * @param person the vault person it is tied to, once its number was accepted or it was accepted
 * @param personToken that person's tenant token, under which its views and entries are then logged
 */
public record WorkDocument(
    TenantId tenant,
    long id,
    JobId job,
    int seq,
    String source,
    int pages,
    byte[] dataKey,
    State state,
    Optional<Long> person,
    Optional<PersonToken> personToken,
    Instant loadedAt,
    Optional<Instant> acceptedAt) {

  public WorkDocument {
    dataKey = dataKey.clone();
    loadedAt = Instant.ofEpochMilli(loadedAt.toEpochMilli());
  }

  @Override
  public byte[] dataKey() {
    return dataKey.clone();
  }

  /**
   * Being keyed, accepted into the vault, or erased with the person it was tied to (its pages,
   * regions, entries and values deleted, its data key destroyed: {@link DocumentErasure}).
   */
  public enum State {
    OPEN,
    ACCEPTED,
    ERASED;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static State ofCode(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT));
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkDocument d && d.tenant.equals(tenant) && d.id == id;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(id) * 31 + tenant.hashCode();
  }

  @Override
  public String toString() {
    return "WorkDocument[" + tenant.value() + "/" + id + " of " + job + ", " + state.code() + "]";
  }
}
