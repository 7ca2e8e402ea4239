package mamori.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * The baseline of {@code mamori bench import}: what a careful DBA would do instead of Mamori, on
 * the same PostgreSQL server, in a fresh schema {@code mamori_bench_pgcrypto_<random>} that {@link
 * #close} drops.
 *
 * <p>Design. One table {@code person} with the CSV's columns, every personal one ({@code
 * my_number}, names, kana, birth date, sex, postal code, address, household, bank account) a {@code
 * bytea} filled by {@code pgp_sym_encrypt(value, key, options)} inside the INSERT; an empty
 * household or account is stored as NULL. The DBA's blind index is {@code hmac(my_number,
 * index_key, 'sha256')} under a unique index (a plain digest of a twelve-digit number could be
 * reversed by trying them all). An AFTER INSERT FOR EACH ROW trigger writes who (the application's
 * actor and the database user), when, the operation and the row id to {@code audit}. The two keys
 * are random per run and given once per session with {@code set_config} as bind parameters, read in
 * the INSERT with {@code current_setting}: nothing is derived per row in Java, and no key appears
 * in the SQL text or the server's statement log.
 *
 * <p>Options. pgcrypto's defaults ({@code cipher-algo=aes128, s2k-mode=3} with a random s2k-count
 * of 65,536 to 253,952 hashed bytes) stretch the key on every call, about 100 to 200 us of SHA-1
 * per field: a defence for human passwords that a random 256-bit key does not need. A careful DBA
 * with such a key chooses {@link #DEFAULT_OPTIONS}: AES-256 and a salted but unstretched s2k (mode
 * 1), about 6 us per field, integrity check (MDC) on and no compression, as by default. That is the
 * fastest setting that is still sound, so the baseline is as strong a competitor as it fairly can
 * be.
 *
 * <p>Loading. The CSV is parsed inside the timed section, by the loading threads themselves, with
 * {@link CsvRecords}; each thread takes the next {@link #BATCH} records under a lock, binds them
 * and sends them as one JDBC batch ({@code reWriteBatchedInserts=true}: multi-row INSERTs), then
 * commits. Nothing is validated but what the database enforces (the unique blind index).
 *
 * <p>pgcrypto is created with {@code CREATE EXTENSION IF NOT EXISTS pgcrypto SCHEMA public} when
 * the database lacks it, and left there: an extension is one per database, so dropping it with the
 * schema would break a run beside this one. Where it already is, its schema qualifies every call.
 */
// raw JDBC: a plain PostgreSQL loader on its own connections (session settings, batched inserts),
// not Mamori's store
final class PgcryptoBaseline implements AutoCloseable {
  static final String DEFAULT_OPTIONS = "cipher-algo=aes256, s2k-mode=1";
  static final int BATCH = 1_000;
  static final String TENANT = "bench";

  private static final String PERSONAL =
      "my_number, family_name, given_name, family_name_kana, given_name_kana,"
          + " birth_date, sex, postal_code, address, household_id, bank_account";
  private static final String[] COLUMNS = PERSONAL.split(", ");

  private final String url;
  private final String schema;
  private final String extension;
  private final String insert;
  private final String key;
  private final String indexKey;

  private PgcryptoBaseline(String url, String schema, String extension, String options) {
    this.url = url;
    this.schema = schema;
    this.extension = extension;
    StringBuilder values =
        new StringBuilder("?, ")
            .append(extension)
            .append(".hmac(?, current_setting('mamori_bench.index_key'), 'sha256')");
    for (String column : COLUMNS) {
      String value =
          column.equals("household_id") || column.equals("bank_account") ? "NULLIF(?, '')" : "?";
      values
          .append(", ")
          .append(extension)
          .append(".pgp_sym_encrypt(")
          .append(value)
          .append(", current_setting('mamori_bench.key'), '")
          .append(options)
          .append("')");
    }
    this.insert =
        "INSERT INTO "
            + schema
            + ".person (tenant, my_number_hmac, "
            + PERSONAL
            + ") VALUES ("
            + values
            + ")";
    SecureRandom random = new SecureRandom();
    this.key = randomHex(random);
    this.indexKey = randomHex(random);
  }

  /**
   * Creates the schema, tables, index and trigger on the server at {@code jdbcUrl}; {@code options}
   * are pgp_sym_encrypt's, such as {@link #DEFAULT_OPTIONS}.
   *
   * @throws IllegalArgumentException when {@code options} hold anything but letters, digits, {@code
   *     =}, {@code -}, commas and spaces
   * @throws SQLException when the server cannot be reached or refuses; nothing is left behind then
   */
  static PgcryptoBaseline create(String jdbcUrl, String options) throws SQLException {
    checkOptions(options);
    String schema = "mamori_bench_pgcrypto_" + randomHex(new SecureRandom()).substring(0, 12);
    try (Connection c = DriverManager.getConnection(jdbcUrl);
        Statement st = c.createStatement()) {
      String extension = PgcryptoSchema.pgcrypto(st);
      st.execute("CREATE SCHEMA " + schema);
      try {
        PgcryptoSchema.create(st, schema);
      } catch (SQLException | RuntimeException e) {
        st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        throw e;
      }
      return new PgcryptoBaseline(jdbcUrl, schema, extension, options);
    }
  }

  /** Refuses options that could be anything but pgp_sym_encrypt's: they go into the SQL text. */
  static void checkOptions(String options) {
    if (!options.matches("[A-Za-z0-9=, -]*")) {
      throw new IllegalArgumentException(
          "pgcrypto options may hold only letters, digits, '=', '-', ',' and spaces");
    }
  }

  /** The schema this baseline loads into. */
  String schema() {
    return schema;
  }

  /**
   * Loads every record of {@code csv} (the columns {@code mamori generate persons} writes) with
   * {@code threads} connections; {@code progress} hears the rows committed so far, from this
   * thread. Returns how many were loaded.
   */
  long load(Path csv, int threads, LongConsumer progress) throws IOException, SQLException {
    AtomicLong committed = new AtomicLong();
    try (CsvRecords records = CsvRecords.open(csv)) {
      int[] index = columnIndexes(records.header());
      List<Future<?>> workers = new ArrayList<>();
      try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
        for (int t = 0; t < threads; t++) {
          workers.add(
              pool.submit(() -> {
                work(records, index, committed);
                return null;
              }));
        }
        pool.shutdown();
        for (Future<?> w : workers) {
          awaitReporting(w, committed, progress);
        }
      }
    }
    progress.accept(committed.get());
    return committed.get();
  }

  private void work(CsvRecords records, int[] index, AtomicLong committed)
      throws IOException, SQLException {
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(insert)) {
        String[][] batch = new String[BATCH][];
        for (int n; (n = take(records, batch)) > 0; ) {
          for (int i = 0; i < n; i++) {
            String[] r = batch[i];
            ps.setString(1, TENANT);
            ps.setString(2, r[index[0]]);
            for (int col = 0; col < COLUMNS.length; col++) {
              ps.setString(3 + col, r[index[col]]);
            }
            ps.addBatch();
          }
          ps.executeBatch();
          c.commit();
          committed.addAndGet(n);
        }
      }
    }
  }

  /**
   * A session as the loading threads have it: batched inserts rewritten, the keys and the actor
   * set, and the search path on this baseline's schema and pgcrypto's.
   */
  Connection connect() throws SQLException {
    Connection c =
        DriverManager.getConnection(
            url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
    try (PreparedStatement set =
        c.prepareStatement(
            "SELECT set_config('mamori_bench.key', ?, false),"
                + " set_config('mamori_bench.index_key', ?, false), set_config('mamori_bench.actor', 'bench-import', false),"
                + " set_config('search_path', ?, false)")) {
      set.setString(1, key);
      set.setString(2, indexKey);
      set.setString(3, schema + ", " + extension);
      set.executeQuery().close();
      return c;
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  /** Fills {@code batch} with the next records under the reader's lock; returns how many. */
  private static int take(CsvRecords records, String[][] batch) throws IOException {
    synchronized (records) {
      int n = 0;
      for (String[] r; n < batch.length && (r = records.next()) != null; ) {
        batch[n++] = r;
      }
      return n;
    }
  }

  private static void awaitReporting(Future<?> worker, AtomicLong committed, LongConsumer progress)
      throws IOException, SQLException {
    try {
      while (true) {
        try {
          worker.get(200, TimeUnit.MILLISECONDS);
          return;
        } catch (TimeoutException e) {
          progress.accept(committed.get());
        }
      }
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case IOException io -> throw io;
        case SQLException sql -> throw sql;
        case RuntimeException r -> throw r;
        case null, default -> throw new IllegalStateException(e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the baseline", e);
    }
  }

  private static int[] columnIndexes(List<String> header) throws IOException {
    int[] index = new int[COLUMNS.length];
    for (int i = 0; i < COLUMNS.length; i++) {
      index[i] = header.indexOf(COLUMNS[i]);
      if (index[i] < 0) {
        throw new IOException("the CSV has no column " + COLUMNS[i]);
      }
    }
    return index;
  }

  private static String randomHex(SecureRandom random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** Drops the schema with everything in it. */
  @Override
  public void close() throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }
}
