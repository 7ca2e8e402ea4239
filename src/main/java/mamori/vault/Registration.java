package mamori.vault;

import static mamori.vault.VaultRecords.ALL_FIELDS;
import static mamori.vault.VaultRecords.record;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import mamori.core.Action;
import mamori.core.Field;
import mamori.crypto.PersonKey;
import mamori.crypto.TenantKeys;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import mamori.number.IndividualNumber;
import mamori.number.InsecureNumberAccess;
import mamori.store.Sql;
import mamori.vault.PersonTable.Change;
import mamori.vault.PersonTable.Live;
import mamori.vault.PersonTable.NewPerson;
import mamori.vault.PersonTable.Stored;
import org.jspecify.annotations.Nullable;

/**
 * {@link Vault#register}: a batch looked up by number index, sealed and logged chunk by chunk
 * ({@link Vault#CHUNK} persons), and stored in transactions of {@link Vault#TRANSACTION} persons.
 * The crypto of a chunk runs on all cores; the store sees few and large transactions, since each
 * commit rewrites the pages its random-keyed indexes touched. A batch of several chunks is a
 * pipeline: the next chunk is looked up and encrypted while the current one is logged, or while the
 * chunks logged so far are stored; each chunk is logged before it is stored.
 */
final class Registration {
  private static final Field[] FIELDS = Field.values();

  private final PersonTable table;
  private final TenantKeys keys;
  private final TransparencyLogs logs;
  private final Clock clock;

  Registration(PersonTable table, TenantKeys keys, TransparencyLogs logs, Clock clock) {
    this.table = table;
    this.keys = keys;
    this.logs = logs;
    this.clock = clock;
  }

  RegisterSummary register(String tenant, Actor actor, List<PersonData> batch) {
    checkBatch(batch);
    List<List<PersonData>> chunks = new ArrayList<>();
    for (int from = 0; from < batch.size(); from += Vault.CHUNK) {
      chunks.add(batch.subList(from, Math.min(batch.size(), from + Vault.CHUNK)));
    }
    if (chunks.size() == 1) {
      Prepared only = prepare(tenant, actor, chunks.getFirst());
      log(tenant, only);
      return store(tenant, List.of(only));
    }
    // a pipeline: the next chunk is looked up and encrypted while this one is logged, or while the
    // chunks logged so far are stored. The chunks of a batch hold distinct numbers, so a lookup
    // never needs the chunks before it stored.
    RegisterSummary total = new RegisterSummary(0, 0, 0);
    List<Prepared> logged = new ArrayList<>();
    int persons = 0;
    try (var preparer =
        Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().name("mamori-vault-prepare").daemon().unstarted(r))) {
      Future<Prepared> next = preparer.submit(() -> prepare(tenant, actor, chunks.getFirst()));
      for (int i = 0; i < chunks.size(); i++) {
        Prepared current = join(next);
        if (i + 1 < chunks.size()) {
          List<PersonData> following = chunks.get(i + 1);
          next = preparer.submit(() -> prepare(tenant, actor, following));
        }
        log(tenant, current);
        logged.add(current);
        persons += current.size();
        if (persons >= Vault.TRANSACTION || i + 1 == chunks.size()) {
          total = total.plus(store(tenant, logged));
          logged.clear();
          persons = 0;
        }
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
        throw new IllegalArgumentException(
            "persons "
                + (first + 1)
                + " and "
                + (i + 1)
                + " of the batch have the"
                + " same My Number "
                + batch.get(i).myNumber().masked()
                + "; nothing was registered");
      }
      for (Map.Entry<Field, String> e :
          batch.get(i).values(InsecureNumberAccess.get()).entrySet()) {
        if (e.getValue().length() > PersonCodec.MAX_FIELD_BYTES / 4) {
          throw new IllegalArgumentException(
              "person "
                  + (i + 1)
                  + " of the batch has a "
                  + e.getKey().column()
                  + " longer than "
                  + PersonCodec.MAX_FIELD_BYTES / 4
                  + " characters; nothing was registered");
        }
      }
    }
  }

  /** What registering one person comes to, worked out on any thread. */
  private record Compared(
      @Nullable NewPerson added,
      @Nullable Change changed,
      List<Field> changedFields,
      String token) {}

  /** A chunk looked up and encrypted, ready to be logged and stored. */
  private record Prepared(
      List<AccessRecord> records,
      List<NewPerson> added,
      List<Change> changed,
      Instant now,
      int size) {}

  private Prepared prepare(String tenant, Actor actor, List<PersonData> chunk) {
    List<byte[]> numberIndexes =
        chunk.parallelStream()
            .map(p ->
                keys.blindIndex(tenant, "number", p.myNumber().digits(InsecureNumberAccess.get())))
            .toList();
    Map<ByteBuffer, Stored> existing =
        Sql.run(PersonTable.FAILED, () -> table.byNumberIndex(tenant, numberIndexes));
    List<Compared> outcomes =
        IntStream.range(0, chunk.size())
            .parallel()
            .mapToObj(i ->
                compare(
                    tenant,
                    chunk.get(i),
                    numberIndexes.get(i),
                    existing.get(ByteBuffer.wrap(numberIndexes.get(i)))))
            .toList();
    Instant now = clock.instant();
    List<AccessRecord> records = new ArrayList<>();
    List<NewPerson> added = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    for (Compared o : outcomes) {
      if (o.added() != null) {
        added.add(o.added());
        records.add(record(tenant, actor, Action.REGISTER, o.token(), ALL_FIELDS, now));
      } else if (o.changed() != null) {
        changed.add(o.changed());
        records.add(record(tenant, actor, Action.UPDATE, o.token(), o.changedFields(), now));
      }
    }
    return new Prepared(records, added, changed, now, chunk.size());
  }

  /** Makes a chunk's records durable in the tenant's log: before its persons are stored. */
  private void log(String tenant, Prepared p) {
    if (!p.records().isEmpty()) {
      VaultRecords.appendAll(logs.forTenant(tenant), p.records());
    }
  }

  /**
   * Stores chunks already logged in one transaction: every commit rewrites the pages that the
   * random-keyed indexes (token, number, name, the key) took new entries on, which past a few
   * hundred thousand persons is nearly all of them, so fewer and larger commits write fewer pages.
   */
  private RegisterSummary store(String tenant, List<Prepared> chunks) {
    List<NewPerson> added = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    int size = 0;
    for (Prepared p : chunks) {
      added.addAll(p.added());
      changed.addAll(p.changed());
      size += p.size();
    }
    if (!added.isEmpty() || !changed.isEmpty()) {
      // stamped with the last chunk's time: never before any of its persons' records
      table.write(tenant, added, changed, chunks.getLast().now().toEpochMilli());
    }
    return new RegisterSummary(added.size(), changed.size(), size - added.size() - changed.size());
  }

  private Compared compare(
      String tenant, PersonData person, byte[] numberIndex, @Nullable Stored stored) {
    Map<Field, String> values = person.values(InsecureNumberAccess.get());
    byte[] fingerprint = keys.fingerprint(tenant, PersonCodec.canonical(values));
    if (stored != null && Arrays.equals(stored.fingerprint(), fingerprint)) {
      return new Compared(null, null, List.of(), stored.token());
    }
    byte[] nameIndex =
        keys.blindIndex(
            tenant,
            "name-birth",
            PersonCodec.nameBirth(person.familyName(), person.givenName(), person.birthDate()));
    if (stored == null) {
      long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
      PersonKey key = keys.newPersonKey(tenant, id);
      String token = keys.token(tenant, tenant, id).value();
      return new Compared(
          new NewPerson(
              id, token, numberIndex, nameIndex, fingerprint, key.wrapped(), seal(key, values)),
          null,
          ALL_FIELDS,
          token);
    }
    // found by its number index, which erasing (whole or the number only) clears: every field is
    // there
    Live live = stored.live();
    PersonKey key = keys.personKey(tenant, live.personId(), live.dataKey());
    byte[] @Nullable [] old = PersonCodec.unframe(live.fields());
    List<Field> changedFields = new ArrayList<>();
    for (Field f : FIELDS) {
      byte[] sealed = Objects.requireNonNull(old[f.ordinal()], "a person found by number has it");
      if (!new String(key.open(f.column(), sealed), StandardCharsets.UTF_8).equals(values.get(f))) {
        changedFields.add(f);
      }
    }
    return new Compared(
        null,
        new Change(
            live.personId(),
            live.version(),
            live.fields(),
            nameIndex,
            fingerprint,
            seal(key, values)),
        changedFields,
        live.token());
  }

  private static byte[] seal(PersonKey key, Map<Field, String> values) {
    byte[][] sealed = new byte[FIELDS.length][];
    for (Field f : FIELDS) {
      String value = Objects.requireNonNull(values.get(f), "a person has every field");
      sealed[f.ordinal()] = key.seal(f.column(), value.getBytes(StandardCharsets.UTF_8));
    }
    return PersonCodec.frame(sealed);
  }
}
