package mamori.detect;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import mamori.access.TaggedPersons;
import mamori.core.PersonTag;
import mamori.core.TenantId;

/*
 * Design. The vault keeps a tag only as its keyed hash, so "is this token tagged protected?" cannot be
 * read off the token. The set is small (officials, DV victims) and changes rarely, so it is read whole:
 * the members of tag:<tag> as the controller knows them (the tenant's own tokens, which is what the log
 * records, read through access.TaggedPersons), and kept for REREAD_MILLIS. The rule tells it when the log shows
 * a person.tag or person.untag record, and the next question reads the set again, so a person tagged a
 * moment ago is protected from the next batch on. So a record costs a set lookup, never a store call.
 */
/** Whether a person (by the tenant's token) carries the protected tag, from a cached set. */
class ProtectedPersons {
  /** How long a tenant's set, once read, is used before it is read again. */
  static final long REREAD_MILLIS = 60_000;

  private record Held(long at, String tag, Set<String> tokens) {}

  /** Reads the tokens a tag's set holds now. */
  interface Reader {
    Set<String> read(TenantId tenant, PersonTag tag);
  }

  private final Reader reader;
  private final Clock clock;
  private final Map<TenantId, Held> cache = new ConcurrentHashMap<>();

  ProtectedPersons(TaggedPersons tagged, Clock clock) {
    this(tagged::tokens, clock);
  }

  ProtectedPersons(Reader reader, Clock clock) {
    this.reader = reader;
    this.clock = clock;
  }

  /** Whether {@code token} (the tenant's own) carries {@code tag}. */
  boolean holds(TenantId tenant, PersonTag tag, String token) {
    long now = clock.millis();
    Held h = cache.get(tenant);
    if (h == null || !h.tag().equals(tag.text()) || now < h.at() || now >= h.at() + REREAD_MILLIS) {
      h = new Held(now, tag.text(), reader.read(tenant, tag));
      cache.put(tenant, h);
    }
    return h.tokens().contains(token);
  }

  /** Forgets the tenant's set: a tag was put on or taken off someone. */
  void changed(TenantId tenant) {
    cache.remove(tenant);
  }
}
