package mamori.vault;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.PersonToken;
import mamori.crypto.PersonKey;
import mamori.crypto.TenantKeys;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.store.Dialect;
import mamori.store.Sql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

/**
 * The persons of a package (issue 17), a page at a time, logged before they are opened (DESIGN.md
 * promise 3).
 *
 * <p>Design. Three steps, each a type that only the one before can give: {@link #read} takes one
 * page of live persons (their sealed fields and wrapped keys, nothing opened) in the order of their
 * ids, after the last id of the page before; {@link #log} appends one {@code package} record per
 * person of the page (the tenant's token, the fields, the actor's chain, purpose and case) in one
 * durable transaction of the log and only then gives a {@link Logged} page; {@link #open} unwraps
 * each person's key and hands the asked fields, one person at a time, to a sink that writes them
 * on. Opening takes only a logged page, so no field of a person is decrypted before its record is
 * durable; it checks the page's persons again first, so that one erased after the page was read is
 * left out (its record stays: the log over-reports, never under-reports), and a page is never more
 * than {@link #MAX_PAGE} persons: a caller holds one page being logged and one being opened, never
 * the whole selection (460,000 persons of a city). A caller may read and log page k+1 on another
 * thread while it opens page k; the records then stay in page order as long as it logs the pages in
 * order.
 *
 * <p>A page is one range of an index ending in {@code person_id} for a set the vault knows
 * (everyone, a tag, a list), or the live persons among ids a caller's own source gives, in order (a
 * job's persons, kept by the work module): on PostgreSQL those are found with one {@code = ANY}
 * array parameter, on SQLite with {@code IN} lists of at most 500.
 */
public final class PackagePages {
  /** The most persons of one page. */
  public static final int MAX_PAGE = 8_192;

  private static final String COLUMNS = "p.person_id, p.token, p.data_key, p.fields";

  private final PersonTable table;
  private final JdbcClient jdbc;
  private final PersonSets sets;
  private final TenantKeys keys;
  private final TransparencyLogs logs;
  private final Clock clock;

  PackagePages(
      DataSource ds,
      PersonTable table,
      PersonSets sets,
      TenantKeys keys,
      TransparencyLogs logs,
      Clock clock) {
    this.table = table;
    this.jdbc = JdbcClient.create(ds);
    this.sets = sets;
    this.keys = keys;
    this.logs = logs;
    this.clock = clock;
  }

  /**
   * The ids of persons of a selection the vault does not keep (a job's), in ascending order: up to
   * {@code limit} ids above {@code after}. Fewer than {@code limit} means there are no more.
   */
  @FunctionalInterface
  public interface Ids {
    long[] after(long after, int limit);
  }

  /** Where a package's persons come from. */
  public sealed interface Source {
    /** The live members of a set the vault keeps. */
    record Of(PersonSets.Members members) implements Source {
      public Of {
        Objects.requireNonNull(members, "members");
      }
    }

    /** The live persons among the ids another module gives. */
    record From(Ids ids) implements Source {
      public From {
        Objects.requireNonNull(ids, "ids");
      }
    }
  }

  /** One person of a page as stored: nothing of it is open. */
  private record Sealed(long personId, String token, byte[] dataKey, byte[] fields) {}

  /** A page read from the store, sealed, not yet logged. */
  public static final class Read {
    private final String tenant;
    private final List<Sealed> persons;
    private final long last;
    private final boolean more;

    private Read(String tenant, List<Sealed> persons, long last, boolean more) {
      this.tenant = tenant;
      this.persons = List.copyOf(persons);
      this.last = last;
      this.more = more;
    }

    /** The persons of the page. */
    public int size() {
      return persons.size();
    }

    /** The id the next page starts after. */
    public long last() {
      return last;
    }

    /** Whether a next page may hold more persons. */
    public boolean more() {
      return more;
    }
  }

  /** A page whose {@code package} records are durable in the tenant's log: it may be opened. */
  public static final class Logged {
    private final Read page;
    private final List<Field> fields;
    private final long logSize;

    private Logged(Read page, List<Field> fields, long logSize) {
      this.page = page;
      this.fields = fields;
      this.logSize = logSize;
    }

    public int size() {
      return page.size();
    }

    public long last() {
      return page.last();
    }

    public boolean more() {
      return page.more();
    }

    /** The log's size once this page's last record was appended (0 for an empty page). */
    public long logSize() {
      return logSize;
    }
  }

  /** Takes one person's opened fields, in the order asked; the arrays are the sink's to keep. */
  @FunctionalInterface
  public interface Sink {
    void person(byte[][] values) throws java.io.IOException;
  }

  /** Whether the tenant has the list {@code listId} (a {@code list:ID} selection names one). */
  public boolean hasList(String tenant, String listId) {
    return sets.list(tenant, listId).isPresent();
  }

  /** How many live persons {@code members} holds now. */
  public long count(String tenant, PersonSets.Members members) {
    String live = " AND p.erased_at IS NULL";
    return Sql.run(
        PersonTable.FAILED,
        () ->
            switch (members) {
              case PersonSets.Members.Nobody n -> 0L;
              case PersonSets.Members.Everyone e ->
                  jdbc.sql("SELECT COUNT(*) FROM person p WHERE p.tenant_id = ?" + live)
                      .param(tenant)
                      .query(Long.class)
                      .single();
              case PersonSets.Members.Tagged t ->
                  jdbc.sql(
                          "SELECT COUNT(*) FROM person_tag t JOIN person p ON p.tenant_id ="
                              + " t.tenant_id AND p.person_id = t.person_id WHERE t.tenant_id = ?"
                              + " AND t.tag_hash = ?"
                              + live)
                      .params(tenant, sets.tagHash(tenant, t.tag()))
                      .query(Long.class)
                      .single();
              case PersonSets.Members.Listed l ->
                  jdbc.sql(
                          "SELECT COUNT(*) FROM person_list_member m JOIN person p ON p.tenant_id"
                              + " = m.tenant_id AND p.person_id = m.person_id WHERE m.tenant_id ="
                              + " ? AND m.list_id = ?"
                              + live)
                      .params(tenant, l.listId())
                      .query(Long.class)
                      .single();
            });
  }

  /**
   * Up to {@code limit} live persons of {@code source} whose id is above {@code after}, in id
   * order, sealed.
   *
   * @throws IllegalArgumentException when {@code limit} is not 1 to {@link #MAX_PAGE}
   */
  public Read read(String tenant, Source source, long after, int limit) {
    if (limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("a page is 1 to " + MAX_PAGE + " persons, not " + limit);
    }
    return Sql.run(
        PersonTable.FAILED,
        () ->
            switch (source) {
              case Source.Of(PersonSets.Members m) -> ofSet(tenant, m, after, limit);
              case Source.From(Ids ids) -> ofIds(tenant, ids.after(after, limit), limit);
            });
  }

  private Read ofSet(String tenant, PersonSets.Members members, long after, int limit) {
    String live = " AND p.erased_at IS NULL";
    List<Sealed> rows = new ArrayList<>(Math.min(limit, 1024));
    switch (members) {
      case PersonSets.Members.Nobody n -> {}
      case PersonSets.Members.Everyone e ->
          jdbc.sql(
                  "SELECT "
                      + COLUMNS
                      + " FROM person p WHERE p.tenant_id = ? AND p.person_id > ?"
                      + live
                      + " ORDER BY p.person_id LIMIT "
                      + limit)
              .params(tenant, after)
              .query(rs -> {
                rows.add(sealed(rs));
              });
      case PersonSets.Members.Tagged t ->
          jdbc.sql(
                  "SELECT "
                      + COLUMNS
                      + " FROM person_tag t JOIN person p ON p.tenant_id = t.tenant_id AND"
                      + " p.person_id = t.person_id WHERE t.tenant_id = ? AND t.tag_hash = ? AND"
                      + " t.person_id > ?"
                      + live
                      + " ORDER BY t.person_id LIMIT "
                      + limit)
              .params(tenant, sets.tagHash(tenant, t.tag()), after)
              .query(rs -> {
                rows.add(sealed(rs));
              });
      case PersonSets.Members.Listed l ->
          jdbc.sql(
                  "SELECT "
                      + COLUMNS
                      + " FROM person_list_member m JOIN person p ON p.tenant_id = m.tenant_id"
                      + " AND p.person_id = m.person_id WHERE m.tenant_id = ? AND m.list_id = ?"
                      + " AND m.person_id > ?"
                      + live
                      + " ORDER BY m.person_id LIMIT "
                      + limit)
              .params(tenant, l.listId(), after)
              .query(rs -> {
                rows.add(sealed(rs));
              });
    }
    boolean full = rows.size() == limit;
    return new Read(tenant, rows, full ? rows.getLast().personId() : after, full);
  }

  private Read ofIds(String tenant, long[] ids, int limit) {
    if (ids.length > limit) {
      throw new IllegalStateException("a source gave more ids than asked");
    }
    for (int i = 1; i < ids.length; i++) {
      if (ids[i] <= ids[i - 1]) {
        throw new IllegalStateException("a source gave ids out of order");
      }
    }
    List<Sealed> rows = new ArrayList<>(ids.length);
    for (Object[] q : byIds(tenant, ids)) {
      jdbc.sql(
              "SELECT "
                  + COLUMNS
                  + " FROM person p WHERE p.tenant_id = ? AND p.erased_at IS NULL AND p.person_id "
                  + q[0]
                  + " ORDER BY p.person_id")
          .params((List<?>) q[1])
          .query(rs -> {
            rows.add(sealed(rs));
          });
    }
    boolean full = ids.length == limit;
    return new Read(tenant, rows, ids.length == 0 ? Long.MIN_VALUE : ids[ids.length - 1], full);
  }

  /**
   * Appends one {@code package} record per person of the page, naming the person's token, {@code
   * fields} and {@code actor} (its chain, and its why: the purpose and {@code package:<id>}), all
   * in one durable transaction of the tenant's log, and answers once they are durable.
   *
   * @throws mamori.log.LogUnavailableException when the log cannot record them; none may be opened
   */
  public Logged log(Read page, Actor actor, List<Field> fields) {
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("a package carries at least one field");
    }
    List<Field> carried = List.copyOf(fields);
    if (page.persons.isEmpty()) {
      return new Logged(page, carried, 0);
    }
    Instant now = clock.instant();
    List<AccessRecord> records = new ArrayList<>(page.persons.size());
    for (Sealed s : page.persons) {
      records.add(
          VaultRecords.record(
              page.tenant,
              actor,
              Action.PACKAGE,
              Optional.of(new PersonToken(s.token())),
              carried,
              now));
    }
    TenantLog log = logs.forTenant(page.tenant);
    long lastIndex = -1;
    for (int from = 0; from < records.size(); from += TenantLog.MAX_APPEND_ALL) {
      List<Long> at =
          log.appendAll(
              records.subList(from, Math.min(records.size(), from + TenantLog.MAX_APPEND_ALL)));
      lastIndex = at.getLast();
    }
    return new Logged(page, carried, lastIndex + 1);
  }

  /**
   * Opens a logged page: each person's data key is unwrapped and the fields logged are opened, one
   * person at a time, and handed to {@code sink} in id order. The persons of the page are checked
   * again just before, in one query per page (on SQLite, one per {@value PersonTable#IN_CHUNK}
   * ids): one erased since the page was read is skipped, since the page holds a copy of the data
   * key that erasure destroyed. Such a person's {@code package} record is in the log already, so
   * the log may name a person the package does not hold (it over-reports), never the other way
   * round.
   *
   * @return how many persons were handed to {@code sink}
   */
  public int open(Logged page, Sink sink) throws java.io.IOException {
    String tenant = page.page.tenant;
    int[] ordinals = page.fields.stream().mapToInt(Field::ordinal).toArray();
    String[] names = page.fields.stream().map(Field::column).toArray(String[]::new);
    long[] live = Sql.run(PersonTable.FAILED, () -> live(tenant, page.page.persons));
    int opened = 0;
    for (Sealed s : page.page.persons) {
      if (Arrays.binarySearch(live, s.personId()) < 0) {
        continue; // erased since the page was read
      }
      PersonKey key = keys.personKey(tenant, s.personId(), s.dataKey());
      byte[] @Nullable [] sealed = PersonCodec.unframe(s.fields());
      byte[][] values = new byte[ordinals.length][];
      for (int i = 0; i < ordinals.length; i++) {
        byte[] field = sealed[ordinals[i]];
        values[i] = field == null ? new byte[0] : key.open(names[i], field);
      }
      sink.person(values);
      opened++;
    }
    return opened;
  }

  /** Which of {@code persons} are not erased now: their ids, ascending. */
  private long[] live(String tenant, List<Sealed> persons) {
    long[] ids = persons.stream().mapToLong(Sealed::personId).sorted().toArray();
    List<Long> found = new ArrayList<>(ids.length);
    for (Object[] q : byIds(tenant, ids)) {
      jdbc.sql(
              "SELECT p.person_id FROM person p WHERE p.tenant_id = ? AND p.erased_at IS NULL AND"
                  + " p.person_id "
                  + q[0])
          .params((List<?>) q[1])
          .query(rs -> {
            found.add(rs.getLong(1));
          });
    }
    return found.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  /**
   * The {@code person_id} matches for {@code ids} (ascending) with their parameters, the tenant
   * first: on PostgreSQL one {@code = ANY} array, on SQLite {@code IN} lists of at most {@value
   * PersonTable#IN_CHUNK}.
   */
  private List<Object[]> byIds(String tenant, long[] ids) {
    List<Object[]> out = new ArrayList<>();
    boolean postgres = table.dialect() == Dialect.POSTGRESQL;
    int step = postgres ? Math.max(1, ids.length) : PersonTable.IN_CHUNK;
    for (int from = 0; from < ids.length; from += step) {
      long[] chunk = Arrays.copyOfRange(ids, from, Math.min(ids.length, from + step));
      List<Object> params = new ArrayList<>(chunk.length + 1);
      params.add(tenant);
      String match;
      if (postgres) { // one statement and one plan for the whole page
        match = "= ANY (?)";
        params.add(
            new AbstractSqlTypeValue() {
              @Override
              protected Object createTypeValue(Connection c, int sqlType, @Nullable String typeName)
                  throws SQLException {
                return c.createArrayOf("bigint", Arrays.stream(chunk).boxed().toArray());
              }
            });
      } else {
        match = "IN (" + String.join(", ", Collections.nCopies(chunk.length, "?")) + ")";
        for (long id : chunk) {
          params.add(id);
        }
      }
      out.add(new Object[] {match, params});
    }
    return out;
  }

  private static Sealed sealed(java.sql.ResultSet rs) throws SQLException {
    return new Sealed(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getBytes(4));
  }
}
