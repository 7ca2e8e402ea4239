package mamori.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import mamori.crypto.AgencyToken;
import mamori.crypto.PersonKey;
import mamori.crypto.TenantKeys;
import mamori.log.AccessRecord;
import mamori.log.LogUnavailableException;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.number.IndividualNumber;
import mamori.number.InsecureNumberAccess;
import mamori.vault.PersonTable.Change;
import mamori.vault.PersonTable.NewPerson;
import mamori.vault.PersonTable.Live;
import mamori.vault.PersonTable.Stored;
import org.jspecify.annotations.Nullable;

/**
 * The vault: person records stored encrypted, found by blind index, revealed masked, erased for good.
 *
 * <p>Design. Each person has a random 63-bit id, a fresh AES-256 data key wrapped by the tenant's field
 * keyset, and its eleven fields sealed one by one under that key with the tenant, person and field as
 * associated data. A keyed blind index of the number (unique) and of name and birth date finds a
 * person; a keyed fingerprint of all fields makes a re-import of the same data a no-op. Logs and
 * callers know a person only by the tenant's agency-specific token, derived from the id.
 *
 * <p>The log comes first (promise 3): a register or update batch appends its records before its one
 * transaction, a reveal appends its "read" record before anything is decrypted, and an erase its
 * "erase" record before the key is shredded. When the log fails the error propagates and nothing is
 * stored, revealed or erased. The reverse can happen: a crash between the log and the store leaves
 * records of a batch that was not stored, and running it again logs it again (the log over-reports,
 * never under-reports). The crypto of a batch runs on all cores; the store sees one transaction per
 * {@link #CHUNK} persons, few and large, since each commit rewrites the pages its random-keyed indexes
 * touched. A batch of several chunks is a pipeline: the next chunk is looked up and encrypted while
 * the current one is logged and stored, and each chunk is still logged before it is stored.
 */
public final class Vault {
  /** Persons per transaction in {@link #register}. */
  public static final int CHUNK = 16_384;
  private static final Field[] FIELDS = Field.values();
  private static final List<String> ALL_FIELDS = Arrays.stream(FIELDS).map(Field::column).toList();

  private final PersonTable table;
  private final TenantKeys keys;
  private final TransparencyLogs logs;
  private final Clock clock;

  public Vault(DataSource store, TenantKeys keys, TransparencyLogs logs, Clock clock) {
    this.table = new PersonTable(store);
    this.keys = keys;
    this.logs = logs;
    this.clock = clock;
  }

  /**
   * Registers a batch: persons new to the tenant are stored and logged as {@code register}, persons whose
   * fields changed are updated (the prior version kept) and logged as {@code update} naming the changed
   * fields, and persons stored as they are change nothing and log nothing. A person is matched by number.
   * Each {@link #CHUNK} persons are logged, then stored in one transaction; a crash leaves each chunk
   * whole or absent, and registering again completes it.
   *
   * @throws IllegalArgumentException when two persons of the batch have one number or a field is too
   *     long; nothing is logged or stored
   * @throws LogUnavailableException when the log cannot record the chunk; it is then not stored
   */
  public RegisterSummary register(String tenant, Actor actor, List<PersonData> batch) {
    checkBatch(batch);
    List<List<PersonData>> chunks = new ArrayList<>();
    for (int from = 0; from < batch.size(); from += CHUNK) {
      chunks.add(batch.subList(from, Math.min(batch.size(), from + CHUNK)));
    }
    RegisterSummary total = new RegisterSummary(0, 0, 0);
    if (chunks.size() == 1) {
      return commit(tenant, prepare(tenant, actor, chunks.getFirst()));
    }
    // a pipeline: the next chunk is looked up and encrypted while this one is logged and stored. The
    // chunks of a batch hold distinct numbers, so a lookup never needs the chunk before it stored.
    try (var preparer = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().name("mamori-vault-prepare")
        .daemon().unstarted(r))) {
      Future<Prepared> next = preparer.submit(() -> prepare(tenant, actor, chunks.getFirst()));
      for (int i = 0; i < chunks.size(); i++) {
        Prepared current = join(next);
        if (i + 1 < chunks.size()) {
          List<PersonData> following = chunks.get(i + 1);
          next = preparer.submit(() -> prepare(tenant, actor, following));
        }
        total = total.plus(commit(tenant, current));
      }
    }
    return total;
  }

  private static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause == null ? e.getMessage() : cause.getMessage(), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while registering", e);
    }
  }

  private static void checkBatch(List<PersonData> batch) {
    Map<IndividualNumber, Integer> seen = new HashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      Integer first = seen.putIfAbsent(batch.get(i).myNumber(), i);
      if (first != null) {
        throw new IllegalArgumentException("persons " + (first + 1) + " and " + (i + 1) + " of the batch have the"
            + " same My Number " + batch.get(i).myNumber().masked() + "; nothing was registered");
      }
      for (Map.Entry<Field, String> e : batch.get(i).values(InsecureNumberAccess.get()).entrySet()) {
        if (e.getValue().length() > PersonCodec.MAX_FIELD_BYTES / 4) {
          throw new IllegalArgumentException("person " + (i + 1) + " of the batch has a " + e.getKey().column()
              + " longer than " + PersonCodec.MAX_FIELD_BYTES / 4 + " characters; nothing was registered");
        }
      }
    }
  }

  /** What registering one person comes to, worked out on any thread. */
  private record Outcome(@Nullable NewPerson added, @Nullable Change changed, List<String> changedFields, String token) {}

  /** A chunk looked up and encrypted, ready to be logged and stored. */
  private record Prepared(List<AccessRecord> records, List<NewPerson> added, List<Change> changed, Instant now,
      int size) {}

  private Prepared prepare(String tenant, Actor actor, List<PersonData> chunk) {
    List<byte[]> numberIndexes = chunk.parallelStream()
        .map(p -> keys.blindIndex(tenant, "number", p.myNumber().digits(InsecureNumberAccess.get()))).toList();
    Map<ByteBuffer, Stored> existing = sql(() -> table.byNumberIndex(tenant, numberIndexes));
    List<Outcome> outcomes = IntStream.range(0, chunk.size()).parallel()
        .mapToObj(i -> outcome(tenant, chunk.get(i), numberIndexes.get(i), existing.get(ByteBuffer.wrap(numberIndexes.get(i)))))
        .toList();
    Instant now = clock.instant();
    List<AccessRecord> records = new ArrayList<>();
    List<NewPerson> added = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    for (Outcome o : outcomes) {
      if (o.added() != null) {
        added.add(o.added());
        records.add(record(actor, "register", o.token(), ALL_FIELDS, now));
      } else if (o.changed() != null) {
        changed.add(o.changed());
        records.add(record(actor, "update", o.token(), o.changedFields(), now));
      }
    }
    return new Prepared(records, added, changed, now, chunk.size());
  }

  private RegisterSummary commit(String tenant, Prepared p) {
    List<AccessRecord> records = p.records();
    List<NewPerson> added = p.added();
    List<Change> changed = p.changed();
    Instant now = p.now();
    if (!records.isEmpty()) {
      appendAll(logs.forTenant(tenant), records);
      sql(() -> {
        table.write(tenant, added, changed, now.toEpochMilli());
        return null;
      });
    }
    return new RegisterSummary(added.size(), changed.size(), p.size() - added.size() - changed.size());
  }

  private Outcome outcome(String tenant, PersonData person, byte[] numberIndex, @Nullable Stored stored) {
    Map<Field, String> values = person.values(InsecureNumberAccess.get());
    byte[] fingerprint = keys.fingerprint(tenant, PersonCodec.canonical(values));
    if (stored != null && Arrays.equals(stored.fingerprint(), fingerprint)) {
      return new Outcome(null, null, List.of(), stored.token());
    }
    byte[] nameIndex = keys.blindIndex(tenant, "name-birth",
        PersonCodec.nameBirth(person.familyName(), person.givenName(), person.birthDate()));
    if (stored == null) {
      long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
      PersonKey key = keys.newPersonKey(tenant, id);
      String token = keys.token(tenant, tenant, id).value();
      return new Outcome(new NewPerson(id, token, numberIndex, nameIndex, fingerprint, key.wrapped(), seal(key, values)),
          null, ALL_FIELDS, token);
    }
    Live live = stored.live(); // found by its number index, which erasing clears
    PersonKey key = keys.personKey(tenant, live.personId(), live.dataKey());
    byte[][] old = PersonCodec.unframe(live.fields());
    List<String> changedFields = new ArrayList<>();
    for (Field f : FIELDS) {
      if (!new String(key.open(f.column(), old[f.ordinal()]), StandardCharsets.UTF_8).equals(values.get(f))) {
        changedFields.add(f.column());
      }
    }
    return new Outcome(null, new Change(live.personId(), live.version(), live.fields(), nameIndex, fingerprint,
        seal(key, values)), changedFields, live.token());
  }

  private static byte[] seal(PersonKey key, Map<Field, String> values) {
    byte[][] sealed = new byte[FIELDS.length][];
    for (Field f : FIELDS) {
      String value = Objects.requireNonNull(values.get(f), "a person has every field");
      sealed[f.ordinal()] = key.seal(f.column(), value.getBytes(StandardCharsets.UTF_8));
    }
    return PersonCodec.frame(sealed);
  }

  /**
   * The tenant's token of the person with {@code number}, if the vault holds one (erased persons are not
   * found). A {@code find} record naming the token found (or none) is durable in the log before the
   * token is returned: even a search that finds nothing was made by someone, for some purpose.
   *
   * @throws LogUnavailableException when the log cannot record the search; nothing is returned
   */
  public Optional<AgencyToken> findByNumber(String tenant, IndividualNumber number, Actor actor) {
    Optional<AgencyToken> found = findByNumber(tenant, number);
    logs.forTenant(tenant).append(record(actor, "find", found.map(AgencyToken::value).orElse(""),
        List.of(Field.MY_NUMBER.column()), clock.instant()));
    return found;
  }

  /**
   * The tenant's tokens of the persons with this name and birth date, each logged as a {@code find}
   * record before it is returned (one record naming no person when none is found).
   *
   * @throws LogUnavailableException when the log cannot record the search; nothing is returned
   */
  public List<AgencyToken> findByNameAndBirthDate(String tenant, String familyName, String givenName,
      LocalDate birthDate, Actor actor) {
    List<AgencyToken> found = findByNameAndBirthDate(tenant, familyName, givenName, birthDate);
    List<String> searched = columns(List.of(Field.FAMILY_NAME, Field.GIVEN_NAME, Field.BIRTH_DATE));
    Instant now = clock.instant();
    List<AccessRecord> records = found.isEmpty() ? List.of(record(actor, "find", "", searched, now))
        : found.stream().map(t -> record(actor, "find", t.value(), searched, now)).toList();
    appendAll(logs.forTenant(tenant), records);
    return found;
  }

  /** Unlogged lookup by number, for the vault's own use and its tests. */
  Optional<AgencyToken> findByNumber(String tenant, IndividualNumber number) {
    byte[] index = keys.blindIndex(tenant, "number", number.digits(InsecureNumberAccess.get()));
    return sql(() -> table.tokenByNumberIndex(tenant, index)).map(AgencyToken::new);
  }

  /** Unlogged lookup by name and birth date (spaces, width and case ignored), for the vault and its tests. */
  List<AgencyToken> findByNameAndBirthDate(String tenant, String familyName, String givenName, LocalDate birthDate) {
    byte[] index = keys.blindIndex(tenant, "name-birth", PersonCodec.nameBirth(familyName, givenName, birthDate));
    return sql(() -> table.tokensByNameIndex(tenant, index)).stream().map(AgencyToken::new).toList();
  }

  /**
   * Reveals the asked fields of a person, each masked as asked. The {@code read} access record (naming
   * the fields not asked {@link Mask#FULL}) is durable in the log before any field is decrypted.
   *
   * @throws VaultException when the token names no person of the tenant, or an erased one; nothing is logged
   * @throws LogUnavailableException when the log cannot record the read; nothing is revealed
   */
  public Revealed reveal(String tenant, AgencyToken token, Map<Field, Mask> fields, Actor actor) {
    return reveal(tenant, token, fields, actor, "read");
  }

  /**
   * As {@link #reveal(String, AgencyToken, Map, Actor)}, recorded as {@code action} ({@code read} or
   * {@code print}: what the revealed fields are for).
   */
  public Revealed reveal(String tenant, AgencyToken token, Map<Field, Mask> fields, Actor actor, String action) {
    if (!action.equals("read") && !action.equals("print")) {
      throw new IllegalArgumentException("a reveal is recorded as read or print, not " + action);
    }
    Live stored = live(tenant, token);
    List<Field> shown = shown(fields);
    logs.forTenant(tenant).append(record(actor, action, token.value(), columns(shown), clock.instant()));
    PersonKey key = keys.personKey(tenant, stored.personId(), stored.dataKey());
    return new Revealed(token, stored.version(), open(key, stored.fields(), shown, fields));
  }

  /**
   * The versions updates replaced, oldest first, each masked as asked; logged as a {@code read} first,
   * like {@link #reveal}. Empty when the person was never updated.
   */
  public List<PersonVersion> history(String tenant, AgencyToken token, Map<Field, Mask> fields, Actor actor) {
    Live stored = live(tenant, token);
    List<Field> shown = shown(fields);
    List<PersonTable.Version> versions = sql(() -> table.versions(tenant, stored.personId()));
    logs.forTenant(tenant).append(record(actor, "read", token.value(), columns(shown), clock.instant()));
    PersonKey key = keys.personKey(tenant, stored.personId(), stored.dataKey());
    return versions.stream().map(v -> new PersonVersion(v.version(), Instant.ofEpochMilli(v.replacedAt()),
        open(key, v.fields(), shown, fields))).toList();
  }

  /**
   * Erases a person for good: logs an {@code erase} record (the token, no number), then in one
   * transaction drops the wrapped data key, the fields, the indexes and every prior version, so no copy
   * of the ciphertexts can be opened again. The token then answers {@link VaultException.Reason#ERASED}.
   *
   * @throws VaultException when the token names no person, or one already erased
   * @throws LogUnavailableException when the log cannot record the erasure; nothing is erased
   */
  public void erase(String tenant, AgencyToken token, Actor actor) {
    Live stored = live(tenant, token);
    logs.forTenant(tenant).append(record(actor, "erase", token.value(), ALL_FIELDS, clock.instant()));
    if (!sql(() -> table.erase(tenant, stored.personId(), clock.millis()))) {
      throw erased(token);
    }
  }

  /**
   * A person's token as one organisation knows it, next to the tenant's own token of the same person.
   *
   * @param organisation the organisation's token, {@code TenantKeys.token(tenant, organisation, id)}
   * @param own the tenant's own token, the one the vault and the log name the person by
   */
  public record TokenPair(AgencyToken organisation, AgencyToken own) {}

  /**
   * The first {@code limit} live persons of the tenant (in a fixed order), each with the token
   * {@code organisation} knows them by. Reads no field and logs nothing: the caller logs the listing.
   */
  public List<TokenPair> tokens(String tenant, String organisation, int limit) {
    if (limit < 1 || limit > 10_000) {
      throw new IllegalArgumentException("limit is 1 to 10000, not " + limit);
    }
    return sql(() -> table.page(tenant, limit)).stream()
        .map(e -> new TokenPair(keys.token(tenant, organisation, e.getKey()), new AgencyToken(e.getValue()))).toList();
  }

  /** Whether the token names a person of the tenant, erased or not. Reads no field and logs nothing. */
  public boolean knows(String tenant, AgencyToken token) {
    return sql(() -> table.byToken(tenant, token.value())).isPresent();
  }

  /** The number of persons of {@code tenant} in the vault, erased ones not counted. */
  public long count(String tenant) {
    return sql(() -> table.count(tenant));
  }

  private Live live(String tenant, AgencyToken token) {
    Stored stored = sql(() -> table.byToken(tenant, token.value())).orElseThrow(() -> new VaultException(
        VaultException.Reason.NOT_FOUND, "no person of tenant " + tenant + " has the token " + token));
    if (stored.erased()) {
      throw erased(token);
    }
    return stored.live();
  }

  private static VaultException erased(AgencyToken token) {
    return new VaultException(VaultException.Reason.ERASED, "the person with the token " + token
        + " was erased: the data is gone for good");
  }

  private static List<Field> shown(Map<Field, Mask> fields) {
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("ask for at least one field");
    }
    return Arrays.stream(FIELDS).filter(f -> fields.containsKey(f) && fields.get(f) != Mask.FULL).toList();
  }

  private static Map<Field, String> open(PersonKey key, byte[] column, List<Field> shown, Map<Field, Mask> masks) {
    byte[][] sealed = PersonCodec.unframe(column);
    Map<Field, String> values = new EnumMap<>(Field.class);
    for (Field f : shown) {
      Mask mask = Objects.requireNonNull(masks.get(f), "only fields asked for are shown");
      values.put(f, Masks.apply(f, mask, new String(key.open(f.column(), sealed[f.ordinal()]), StandardCharsets.UTF_8)));
    }
    return values;
  }

  private static List<String> columns(List<Field> fields) {
    return fields.stream().map(Field::column).toList();
  }

  private static AccessRecord record(Actor actor, String action, String token, List<String> fields, Instant now) {
    return AccessRecord.of(actor.user(), actor.organisation(), actor.chain(), actor.purpose(), actor.caseRef(),
        action, token, fields, "allow", now);
  }

  /** Appends a batch's records in one durable transaction of the log; none is stored if it fails. */
  private static void appendAll(TenantLog log, List<AccessRecord> records) {
    for (int from = 0; from < records.size(); from += TenantLog.MAX_APPEND_ALL) {
      log.appendAll(records.subList(from, Math.min(records.size(), from + TenantLog.MAX_APPEND_ALL)));
    }
  }

  private interface Sql<T extends @Nullable Object> {
    T run() throws SQLException;
  }

  private static <T extends @Nullable Object> T sql(Sql<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw new IllegalStateException("the vault's store failed: " + e.getMessage(), e);
    }
  }
}
