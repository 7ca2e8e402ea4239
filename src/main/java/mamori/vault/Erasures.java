package mamori.vault;

import static mamori.vault.VaultRecords.ALL_FIELDS;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.NumberText;
import mamori.crypto.PersonKey;
import mamori.crypto.TenantKeys;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import mamori.store.Dialect;
import mamori.store.Sql;
import mamori.vault.BulkErasure.Item;
import mamori.vault.BulkErasure.Result;
import mamori.vault.BulkErasure.What;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DataSourceUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Vault#eraseAll}: a retention run's erasures, {@link #BATCH} persons per transaction.
 *
 * <p>Design. A batch is read in a few statements (its persons' rows and, for those losing only
 * their number, their prior versions and accepted documents), then its {@code erase} records, one
 * per person to erase (the token; all fields, or {@link Field#MY_NUMBER} alone), are appended to
 * the log in one durable transaction, and only then is the batch erased in one transaction of raw
 * JDBC batches (one statement per 500 ids on SQLite, one per batch with an array on PostgreSQL),
 * with what the other modules keep of the persons ({@link ErasedWithPerson#eraseAll}) in the same
 * transaction. On SQLite the write-ahead log is then checkpointed and truncated once per call,
 * after its last batch (or its failure), so with {@code secure_delete} the files keep no copy of
 * what was erased once the call returns. An id of no person of the tenant is reported {@link
 * Result#UNKNOWN} and logged as nothing: a record names a person by token, and an unknown id has
 * none (the retention run keeps its own record of what it asked). A person erased before (or, asked
 * for the number, whose number is gone) is {@link Result#ALREADY} and is not logged again; one
 * erased by someone else between the read and the transaction is logged and then found {@link
 * Result#ALREADY} (the log over-reports, never under-reports). A crash or failure after the log and
 * before the commit leaves every person of the batch as it was, and erasing the batch again
 * completes it.
 *
 * <p>Whole: the data key, fields, indexes and fingerprint are set to NULL where {@code erased_at IS
 * NULL}, and the prior versions, tags, list memberships and accepted documents deleted: nothing
 * that any key opens is left (crypto-shredding, as {@link Vault#erase}).
 *
 * <p>Number only: the old data key is unwrapped and the fields opened, except the number, which is
 * never decrypted; a <em>fresh</em> data key is made and every other field sealed under it, framed
 * without the number (its absence in the frame is the record's "number erased", {@link
 * PersonCodec}); each prior version is sealed again under the fresh key without its number, and
 * each accepted document's JSON sealed again after every value holding a number ({@link
 * NumberText#holdsNumber}: a chain of twelve digits or more, so a corporate number goes too) is
 * removed. The number's blind index goes (so {@code findByNumber} no longer finds the person, and
 * importing the same number again registers a new person), and the fingerprint, which covered the
 * number, goes too (it serves only to match a person found by number). {@code number_erased_at} is
 * set and the version goes up by one, with no prior version kept of it (the one before held the
 * number), so an import that read the person before and writes after finds it changed and stops.
 * The scanned work documents tied to the person show the number in their images and cannot be
 * masked: they are shredded as for a whole erasure.
 *
 * <p>Why a fresh key and not the same key: an old backup holds the old fields, the number among
 * them, sealed under the old data key, and the old wrapped key beside them. Once the field key that
 * wrapped the old data key is retired, nothing opens that old wrapped key, and the only data key of
 * the person left is the fresh one, which opens nothing of the old copy: the sealed number in old
 * backups then opens no more. Kept under the old key, it would open with it. An old backup still
 * holds the number's blind index, though, and the index keyset is not rotated (docs/security.md),
 * so whoever holds that backup and the current index key can test a guessed number against it.
 *
 * <p>The swap is a compare-and-swap on the old wrapped key and the version: a key rotation or an
 * update that came between the read and the transaction leaves the row alone, and the person is
 * read and masked again in the next round of the batch (its record is already durable, so it is not
 * logged again), up to {@link #ROUNDS} rounds; a person still changing after that is {@link
 * Result#CHANGED} and nothing of it was erased. A document accepted for a person meanwhile (sealed
 * under the old key) is seen by a check of the persons' documents inside the transaction, which
 * then rolls back and goes round again; on PostgreSQL a document committed after that check and
 * before the commit would be left under the old key, unreadable (never readable by anyone it should
 * not be), which needs an acceptance at that very moment.
 *
 * <p>The crypto of a batch runs on the common pool (every core), and a call of several batches is a
 * pipeline: the next batch is read, masked and logged on another thread while this one is stored,
 * so the store sees one transaction per batch back to back. When a batch fails to store, the next
 * may be logged already (its persons are then named by records of erasures that did not happen yet:
 * the log over-reports, never under-reports) and the batches before it stay erased.
 */
final class Erasures {
  /** Persons per transaction. */
  static final int BATCH = 4_096;

  /** How many times a batch's number-only persons are tried while others change them. */
  static final int ROUNDS = 3;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Field[] FIELDS = Field.values();
  private static final int NUMBER = Field.MY_NUMBER.ordinal();
  private static final List<Field> NUMBER_ONLY = List.of(Field.MY_NUMBER);

  private final DataSource ds;
  private final PersonTable table;
  private final TenantKeys keys;
  private final TransparencyLogs logs;
  private final Clock clock;
  private final List<ErasedWithPerson> alsoErased;

  /** Runs after a round's records are durable, before its transaction: a test's seam for races. */
  volatile Runnable beforeStore = () -> {};

  Erasures(
      DataSource ds,
      PersonTable table,
      TenantKeys keys,
      TransparencyLogs logs,
      Clock clock,
      List<ErasedWithPerson> alsoErased) {
    this.ds = ds;
    this.table = table;
    this.keys = keys;
    this.logs = logs;
    this.clock = clock;
    this.alsoErased = List.copyOf(alsoErased);
  }

  BulkErasure.Outcome eraseAll(String tenant, List<Item> batch, Actor actor) {
    try {
      return pipeline(tenant, batch, actor);
    } finally {
      // once a call, after its last transaction (or its failure): the WAL's page images of every
      // batch are checkpointed away before the call returns
      checkpoint();
    }
  }

  private BulkErasure.Outcome pipeline(String tenant, List<Item> batch, Actor actor) {
    List<Item> items = BulkErasure.checked(batch);
    Map<Long, Result> results = new HashMap<>(items.size() * 2);
    List<Map<Long, What>> chunks = new ArrayList<>();
    for (int from = 0; from < items.size(); from += BATCH) {
      Map<Long, What> chunk = new LinkedHashMap<>();
      items
          .subList(from, Math.min(items.size(), from + BATCH))
          .forEach(i -> chunk.put(i.personId(), i.what()));
      chunks.add(chunk);
    }
    if (chunks.size() <= 1) {
      for (Map<Long, What> chunk : chunks) {
        commit(tenant, prepare(tenant, chunk, actor), 0, results);
      }
      return new BulkErasure.Outcome(results);
    }
    // a pipeline, as registering's: the next batch is read, masked and logged while this one is
    // stored. Batches hold distinct persons, and each is still logged before it is stored (when
    // storing one fails, the next may be logged already: the log over-reports, never under-reports)
    try (var preparer =
        Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().name("mamori-vault-erase").daemon().unstarted(r))) {
      Future<Prepared> next = preparer.submit(() -> prepare(tenant, chunks.getFirst(), actor));
      for (int i = 0; i < chunks.size(); i++) {
        Prepared current = join(next);
        if (i + 1 < chunks.size()) {
          Map<Long, What> following = chunks.get(i + 1);
          next = preparer.submit(() -> prepare(tenant, following, actor));
        }
        commit(tenant, current, 0, results);
      }
    }
    return new BulkErasure.Outcome(results);
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
      throw new IllegalStateException("interrupted while erasing", e);
    }
  }

  /** A person's row as read before its erasure, without its fields. */
  private record Row(long personId, String token, boolean erased, boolean numberErased) {}

  /** A person's number erased in memory: what the transaction stores in its place. */
  private record Masked(
      long personId,
      int version,
      byte[] oldKey,
      byte[] newKey,
      byte[] fields,
      Map<Integer, byte[]> versions,
      Map<Long, byte[]> documents) {}

  /**
   * A batch read and masked, ready to be logged and stored: {@code pending} holds the persons still
   * to erase (the rest are settled in {@code settled}).
   */
  private record Prepared(
      Map<Long, What> pending,
      List<Row> whole,
      List<Row> number,
      List<Masked> masked,
      Map<Long, Result> settled) {}

  /** What one transaction erased. */
  private record Done(long[] whole, long[] number) {}

  /** A number-only person's documents changed inside the transaction: roll back, go round again. */
  private static final class Again extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Again() {
      super(
          "a document was accepted for a person while its number was being erased",
          null,
          false,
          false);
    }
  }

  /**
   * Reads a batch's persons, masks the numbers of those losing only their number and, given an
   * {@code actor} (the first round), appends one {@code erase} record per person to erase.
   */
  private Prepared prepare(String tenant, Map<Long, What> asked, @Nullable Actor actor) {
    Map<Long, Row> rows = Sql.run(PersonTable.FAILED, () -> rows(tenant, asked.keySet()));
    Map<Long, What> pending = new LinkedHashMap<>();
    Map<Long, Result> settled = new HashMap<>();
    List<Row> whole = new ArrayList<>();
    List<Row> number = new ArrayList<>();
    for (Map.Entry<Long, What> e : asked.entrySet()) {
      Row r = rows.get(e.getKey());
      if (r == null) {
        settled.put(e.getKey(), Result.UNKNOWN);
      } else if (r.erased() || (e.getValue() == What.NUMBER && r.numberErased())) {
        settled.put(e.getKey(), Result.ALREADY);
      } else {
        (e.getValue() == What.WHOLE ? whole : number).add(r);
        pending.put(e.getKey(), e.getValue());
      }
    }
    List<Masked> masked = mask(tenant, number);
    if (actor != null && !pending.isEmpty()) {
      Instant now = clock.instant();
      List<AccessRecord> records = new ArrayList<>(pending.size());
      for (Row r : whole) {
        records.add(VaultRecords.record(tenant, actor, Action.ERASE, r.token(), ALL_FIELDS, now));
      }
      for (Row r : number) {
        records.add(VaultRecords.record(tenant, actor, Action.ERASE, r.token(), NUMBER_ONLY, now));
      }
      VaultRecords.appendAll(logs.forTenant(tenant), records);
    }
    return new Prepared(pending, whole, number, masked, settled);
  }

  /**
   * Stores a prepared batch, logged already; persons left pending (changed meanwhile) are prepared
   * and stored again, up to {@link #ROUNDS} rounds, without being logged again: their records are
   * durable.
   */
  private void commit(String tenant, Prepared p, int round, Map<Long, Result> results) {
    results.putAll(p.settled());
    if (p.pending().isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    beforeStore.run();
    Map<Long, What> left = new LinkedHashMap<>(p.pending());
    try {
      Done done =
          Sql.run(
              PersonTable.FAILED,
              () ->
                  Sql.inTransaction(
                      ds, () -> store(tenant, p.whole(), p.masked(), now.toEpochMilli())));
      for (Row r : p.whole()) { // erased by someone else meanwhile, unless erased now
        results.put(r.personId(), Result.ALREADY);
        left.remove(r.personId());
      }
      for (long id : done.whole()) {
        results.put(id, Result.ERASED);
      }
      for (long id : done.number()) {
        results.put(id, Result.ERASED);
        left.remove(id);
      }
    } catch (Again again) {
      // nothing was stored: every person of the batch goes round again
    }
    if (left.isEmpty()) {
      return;
    }
    if (round + 1 < ROUNDS) {
      commit(tenant, prepare(tenant, left, null), round + 1, results);
    } else {
      left.keySet().forEach(id -> results.put(id, Result.CHANGED));
    }
  }

  /**
   * The crypto of the number-only persons, on every core, after reading their data keys, fields,
   * prior versions and accepted documents. A person erased since its row was read is left out (it
   * goes round again, and is then found erased).
   */
  private List<Masked> mask(String tenant, List<Row> number) {
    if (number.isEmpty()) {
      return List.of();
    }
    long[] ids = number.stream().mapToLong(Row::personId).sorted().toArray();
    List<Object[]> live = new ArrayList<>(ids.length);
    Map<Long, Map<Integer, byte[]>> versions = new HashMap<>();
    Map<Long, Map<Long, byte[]>> documents = new HashMap<>();
    Sql.run(
        PersonTable.FAILED,
        () -> {
          table.forIds(
              "SELECT person_id, version, data_key, fields FROM person WHERE tenant_id = ? AND"
                  + " erased_at IS NULL AND number_erased_at IS NULL AND person_id ",
              tenant,
              ids,
              rs ->
                  live.add(
                      new Object[] {rs.getLong(1), rs.getInt(2), rs.getBytes(3), rs.getBytes(4)}));
          table.forIds(
              "SELECT person_id, version, fields FROM person_version WHERE tenant_id = ? AND"
                  + " person_id ",
              tenant,
              ids,
              rs ->
                  versions
                      .computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                      .put(rs.getInt(2), rs.getBytes(3)));
          table.forIds(
              "SELECT person_id, document_id, fields FROM person_document WHERE tenant_id = ? AND"
                  + " person_id ",
              tenant,
              ids,
              rs ->
                  documents
                      .computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                      .put(rs.getLong(2), rs.getBytes(3)));
        });
    return live.parallelStream()
        .map(r -> {
          long id = (Long) r[0];
          return mask(
              tenant,
              id,
              (Integer) r[1],
              (byte[]) r[2],
              (byte[]) r[3],
              versions.getOrDefault(id, Map.of()),
              documents.getOrDefault(id, Map.of()));
        })
        .toList();
  }

  private Masked mask(
      String tenant,
      long personId,
      int version,
      byte[] wrapped,
      byte[] fields,
      Map<Integer, byte[]> versions,
      Map<Long, byte[]> documents) {
    PersonKey old = keys.personKey(tenant, personId, wrapped);
    PersonKey fresh = keys.newPersonKey(tenant, personId);
    Map<Integer, byte[]> newVersions = new HashMap<>();
    versions.forEach((v, column) -> newVersions.put(v, withoutNumber(old, fresh, column)));
    Map<Long, byte[]> newDocuments = new HashMap<>();
    documents.forEach((d, sealed) -> {
      String name = Vault.documentField(d);
      newDocuments.put(d, fresh.seal(name, withoutNumbers(old.open(name, sealed))));
    });
    return new Masked(
        personId,
        version,
        wrapped,
        fresh.wrapped(),
        withoutNumber(old, fresh, fields),
        newVersions,
        newDocuments);
  }

  /**
   * A framed record opened under {@code old} and sealed under {@code fresh}, the number left out.
   */
  private static byte[] withoutNumber(PersonKey old, PersonKey fresh, byte[] column) {
    byte[] @Nullable [] sealed = PersonCodec.unframe(column);
    byte[][] out = new byte[FIELDS.length][];
    for (Field f : FIELDS) {
      byte[] s = sealed[f.ordinal()];
      if (f.ordinal() != NUMBER && s != null) {
        byte[] clear = old.open(f.column(), s);
        out[f.ordinal()] = fresh.seal(f.column(), clear);
        Arrays.fill(clear, (byte) 0);
      }
    }
    return PersonCodec.frame(out);
  }

  /**
   * An accepted document's JSON with every value that holds a number removed (in objects, the
   * member; in arrays, the element), the rest as it was.
   */
  static byte[] withoutNumbers(byte[] json) {
    Object tree = JSON.readValue(json, Object.class);
    return JSON.writeValueAsBytes(strip(tree));
  }

  private static @Nullable Object strip(@Nullable Object node) {
    return switch (node) {
      case null -> null;
      case Map<?, ?> m -> {
        Map<Object, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> {
          if (!holds(v)) {
            out.put(k, strip(v));
          }
        });
        yield out;
      }
      case List<?> l -> {
        List<Object> out = new ArrayList<>();
        for (Object v : l) {
          if (!holds(v)) {
            out.add(strip(v));
          }
        }
        yield out;
      }
      default -> node;
    };
  }

  /** Whether a scalar JSON value holds a number (a string or a long run of digits written bare). */
  private static boolean holds(@Nullable Object v) {
    return v != null
        && !(v instanceof Map<?, ?>)
        && !(v instanceof List<?>)
        && NumberText.holdsNumber(String.valueOf(v));
  }

  /** The rows of {@code ids}, by id. */
  private Map<Long, Row> rows(String tenant, Set<Long> ids) {
    Map<Long, Row> rows = new HashMap<>(ids.size() * 2);
    table.forIds(
        "SELECT person_id, token, erased_at, number_erased_at FROM person WHERE tenant_id = ? AND"
            + " person_id ",
        tenant,
        ids.stream().mapToLong(Long::longValue).sorted().toArray(),
        rs -> {
          long id = rs.getLong(1);
          String token = rs.getString(2);
          rs.getLong(3);
          boolean erased = !rs.wasNull();
          rs.getLong(4);
          boolean numberErased = !rs.wasNull();
          rows.put(id, new Row(id, token, erased, numberErased));
        });
    return rows;
  }

  /** The batch's one transaction; its statements run on the transaction's connection. */
  private Done store(String tenant, List<Row> whole, List<Masked> masked, long now) {
    // raw JDBC: a retention run's bulk path, thousands of persons per transaction in batches and
    // array statements; the other modules' parts join the same connection through JdbcClient
    Connection c = DataSourceUtils.getConnection(ds);
    try {
      boolean postgres = table.dialect() == Dialect.POSTGRESQL;
      long[] erased = eraseWhole(c, postgres, tenant, whole, now);
      long[] numbered = eraseNumbers(c, postgres, tenant, masked, now);
      long[] both = new long[erased.length + numbered.length];
      System.arraycopy(erased, 0, both, 0, erased.length);
      System.arraycopy(numbered, 0, both, erased.length, numbered.length);
      if (both.length > 0) {
        for (ErasedWithPerson part : alsoErased) {
          part.eraseAll(tenant, both);
        }
      }
      return new Done(erased, numbered);
    } catch (SQLException e) {
      throw new IllegalStateException(PersonTable.FAILED + ": " + e.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(c, ds);
    }
  }

  private static long[] eraseWhole(
      Connection c, boolean postgres, String tenant, List<Row> whole, long now)
      throws SQLException {
    if (whole.isEmpty()) {
      return new long[0];
    }
    // in id order: the primary key's pages are met in order
    long[] ids = whole.stream().mapToLong(Row::personId).sorted().toArray();
    String set =
        "UPDATE person SET data_key = NULL, fields = NULL, number_index = NULL, name_index = NULL,"
            + " fingerprint = NULL, erased_at = ?, updated_at = ? WHERE tenant_id = ? AND"
            + " erased_at IS NULL AND person_id ";
    long[] erased;
    if (postgres) {
      try (PreparedStatement st = c.prepareStatement(set + "= ANY (?) RETURNING person_id")) {
        st.setLong(1, now);
        st.setLong(2, now);
        st.setString(3, tenant);
        st.setArray(4, c.createArrayOf("bigint", Arrays.stream(ids).boxed().toArray()));
        erased = returned(st);
      }
    } else {
      List<Long> out = new ArrayList<>(ids.length);
      for (int from = 0; from < ids.length; from += PersonTable.IN_CHUNK) {
        int to = Math.min(ids.length, from + PersonTable.IN_CHUNK);
        try (PreparedStatement st =
            c.prepareStatement(
                set
                    + "IN ("
                    + String.join(", ", Collections.nCopies(to - from, "?"))
                    + ") RETURNING person_id")) {
          st.setLong(1, now);
          st.setLong(2, now);
          st.setString(3, tenant);
          for (int i = from; i < to; i++) {
            st.setLong(4 + i - from, ids[i]);
          }
          for (long id : returned(st)) {
            out.add(id);
          }
        }
      }
      erased = out.stream().mapToLong(Long::longValue).sorted().toArray();
    }
    // an erased person is in no person set and has no prior version or accepted document left
    for (String side :
        List.of("person_version", "person_tag", "person_list_member", "person_document")) {
      forIdChunks(
          c,
          postgres,
          "DELETE FROM " + side + " WHERE tenant_id = ? AND person_id ",
          tenant,
          erased,
          PreparedStatement::executeUpdate);
    }
    return erased;
  }

  private static long[] eraseNumbers(
      Connection c, boolean postgres, String tenant, List<Masked> unsorted, long now)
      throws SQLException {
    if (unsorted.isEmpty()) {
      return new long[0];
    }
    List<Masked> masked =
        unsorted.stream().sorted(java.util.Comparator.comparingLong(Masked::personId)).toList();
    long[] ids = masked.stream().mapToLong(Masked::personId).toArray();
    long[] swapped;
    if (postgres) {
      try (PreparedStatement st =
          c.prepareStatement(
              "UPDATE person p SET data_key = u.new_key, fields = u.fields, number_index = NULL,"
                  + " fingerprint = NULL, number_erased_at = ?, version = p.version + 1,"
                  + " updated_at = ? FROM unnest(?::bigint[], ?::int[], ?::bytea[], ?::bytea[],"
                  + " ?::bytea[]) AS u(id, version, old_key, new_key, fields) WHERE p.tenant_id = ?"
                  + " AND p.person_id = u.id AND p.version = u.version AND p.data_key = u.old_key"
                  + " AND p.erased_at IS NULL AND p.number_erased_at IS NULL RETURNING"
                  + " p.person_id")) {
        st.setLong(1, now);
        st.setLong(2, now);
        st.setArray(3, c.createArrayOf("bigint", Arrays.stream(ids).boxed().toArray()));
        st.setArray(4, c.createArrayOf("int4", masked.stream().map(Masked::version).toArray()));
        st.setArray(
            5,
            c.createArrayOf("bytea", masked.stream().map(Masked::oldKey).toArray(byte[][]::new)));
        st.setArray(
            6,
            c.createArrayOf("bytea", masked.stream().map(Masked::newKey).toArray(byte[][]::new)));
        st.setArray(
            7,
            c.createArrayOf("bytea", masked.stream().map(Masked::fields).toArray(byte[][]::new)));
        st.setString(8, tenant);
        swapped = returned(st);
      }
    } else {
      try (PreparedStatement st =
          c.prepareStatement(
              "UPDATE person SET data_key = ?, fields = ?, number_index = NULL, fingerprint ="
                  + " NULL, number_erased_at = ?, version = version + 1, updated_at = ? WHERE"
                  + " tenant_id = ? AND person_id = ? AND version = ? AND data_key = ? AND"
                  + " erased_at IS NULL AND number_erased_at IS NULL")) {
        for (Masked m : masked) {
          st.setBytes(1, m.newKey());
          st.setBytes(2, m.fields());
          st.setLong(3, now);
          st.setLong(4, now);
          st.setString(5, tenant);
          st.setLong(6, m.personId());
          st.setInt(7, m.version());
          st.setBytes(8, m.oldKey());
          st.addBatch();
        }
        swapped = matched(ids, st.executeBatch());
      }
    }
    Set<Long> done = new HashSet<>();
    for (long id : swapped) {
      done.add(id);
    }
    // a document accepted meanwhile is sealed under the old key: go round again
    Map<Long, Set<Long>> documents = new HashMap<>();
    forIdChunks(
        c,
        postgres,
        "SELECT person_id, document_id FROM person_document WHERE tenant_id = ? AND person_id ",
        tenant,
        swapped,
        st -> {
          try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
              documents.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
            }
          }
        });
    try (PreparedStatement versions =
            c.prepareStatement(
                "UPDATE person_version SET fields = ? WHERE tenant_id = ? AND person_id = ? AND"
                    + " version = ?");
        PreparedStatement docs =
            c.prepareStatement(
                "UPDATE person_document SET fields = ? WHERE tenant_id = ? AND person_id = ? AND"
                    + " document_id = ?")) {
      boolean anyVersion = false;
      boolean anyDocument = false;
      for (Masked m : masked) {
        if (!done.contains(m.personId())) {
          continue;
        }
        if (!m.documents().keySet().equals(documents.getOrDefault(m.personId(), Set.of()))) {
          throw new Again();
        }
        for (Map.Entry<Integer, byte[]> v : m.versions().entrySet()) {
          versions.setBytes(1, v.getValue());
          versions.setString(2, tenant);
          versions.setLong(3, m.personId());
          versions.setInt(4, v.getKey());
          versions.addBatch();
          anyVersion = true;
        }
        for (Map.Entry<Long, byte[]> d : m.documents().entrySet()) {
          docs.setBytes(1, d.getValue());
          docs.setString(2, tenant);
          docs.setLong(3, m.personId());
          docs.setLong(4, d.getKey());
          docs.addBatch();
          anyDocument = true;
        }
      }
      if (anyVersion) {
        versions.executeBatch();
      }
      if (anyDocument) {
        docs.executeBatch();
      }
    }
    return swapped;
  }

  /** The ids a RETURNING statement gave. */
  private static long[] returned(PreparedStatement st) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getLong(1));
      }
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  /** The ids whose row of a batch changed a row. */
  private static long[] matched(long[] ids, int[] counts) {
    long[] out = new long[ids.length];
    int n = 0;
    for (int i = 0; i < ids.length; i++) {
      if (counts[i] > 0) {
        out[n++] = ids[i];
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** One statement over a chunk of ids on the transaction's connection. */
  @FunctionalInterface
  private interface Run {
    void run(PreparedStatement st) throws SQLException;
  }

  /**
   * Runs {@code sql} (ending {@code person_id }, its first parameter the tenant) over {@code ids}:
   * on PostgreSQL once with {@code = ANY (?)}, on SQLite with {@code IN} lists of {@value
   * PersonTable#IN_CHUNK}.
   */
  private static void forIdChunks(
      Connection c, boolean postgres, String sql, String tenant, long[] ids, Run run)
      throws SQLException {
    if (ids.length == 0) {
      return;
    }
    if (postgres) {
      try (PreparedStatement st = c.prepareStatement(sql + "= ANY (?)")) {
        st.setString(1, tenant);
        st.setArray(2, c.createArrayOf("bigint", Arrays.stream(ids).boxed().toArray()));
        run.run(st);
      }
      return;
    }
    for (int from = 0; from < ids.length; from += PersonTable.IN_CHUNK) {
      int to = Math.min(ids.length, from + PersonTable.IN_CHUNK);
      try (PreparedStatement st =
          c.prepareStatement(
              sql + "IN (" + String.join(", ", Collections.nCopies(to - from, "?")) + ")")) {
        st.setString(1, tenant);
        for (int i = from; i < to; i++) {
          st.setLong(2 + i - from, ids[i]);
        }
        run.run(st);
      }
    }
  }

  /** On SQLite, the write-ahead log's old page images hold what was erased: checkpoint it away. */
  private void checkpoint() {
    if (table.dialect() == Dialect.SQLITE) {
      Sql.run(PersonTable.FAILED, () -> table.checkpoint());
    }
  }
}
