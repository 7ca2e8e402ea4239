package mamori.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Field;
import mamori.core.OrganisationId;
import mamori.core.Outcome;
import mamori.core.PersonToken;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.crypto.SigningKeys;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.log.WitnessPolicy;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.NoteException;
import mamori.store.ClockConfiguration;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.witness.CheckpointWitnessing;
import mamori.witness.Witness;
import mamori.witness.WitnessEndpoint;
import mamori.witness.WitnessServer;

/**
 * The checkpoint latency with two witnesses cosigning: a fresh tenant log on the benchmark's store
 * sends every checkpoint to two witnesses in this process (each on its own embedded store and key,
 * served over HTTP on 127.0.0.1, as another body's witness would be), with a quorum of two.
 * Concurrent appenders append; for every entry it measures the time from its acknowledgement to the
 * first stored signed checkpoint covering it ({@code log.witnessed_checkpoint_latency_ms_p99},
 * heard through {@link TenantLog#onCheckpoint}) and to the first <em>published</em> one, cosigned
 * by both witnesses ({@code log.published_latency_ms_p99}, found by asking {@link
 * TenantLog#publishedCheckpoint} every 2 ms, so it may read up to 2 ms late).
 */
public final class WitnessedCheckpointBenchmark {
  static final long TARGET_PUBLISHED_MS = 600;
  private static final long WAIT_MS = 30_000;
  private static final Who OPERATOR =
      new Who(new UserId("op-1"), new OrganisationId("entry-co"), new TenantId("bench-city"));

  private WitnessedCheckpointBenchmark() {}

  /** Runs {@code count} appends from {@code appenders} appenders and prints the figures. */
  public static void run(BenchStore where, long count, int appenders, PrintWriter out)
      throws IOException {
    if (count < 1 || count > 10_000_000 || appenders < 1) {
      throw new IllegalArgumentException("1 to 10,000,000 appends from at least one appender");
    }
    Path scratch = Files.createTempDirectory("mamori-bench-witnessed-");
    StoreLocation location =
        where.temporary() ? new StoreLocation.Embedded(scratch.resolve("data")) : where.location();
    byte[] id = new byte[4];
    new SecureRandom().nextBytes(id);
    String tenant = "bench-w-" + HexFormat.of().formatHex(id);
    Clock clock = ClockConfiguration.systemClock();
    List<AutoCloseable> open = new ArrayList<>();
    try (Store store = Store.open(location);
        TransparencyLogs logs =
            new TransparencyLogs(
                store.dataSource(),
                SigningKeys.in(scratch.resolve("keys")),
                TransparencyLogs.DEFAULT_ORIGIN_PREFIX,
                clock)) {
      TenantLog log = logs.forTenant(tenant);
      List<WitnessEndpoint> witnesses = new ArrayList<>();
      for (String name : List.of("ppc.example/witness", "neighbour-city.example/witness")) {
        Path home = scratch.resolve(name.substring(0, name.indexOf('.')));
        Store ws = Store.open(new StoreLocation.Embedded(home));
        open.add(ws);
        Witness w =
            Witness.create(
                ws.dataSource(),
                Witness.cosigner(SigningKeys.in(home.resolve("keys")), name, clock),
                logs.verifierKeys(tenant),
                clock);
        WitnessServer server = WitnessServer.start(w, new InetSocketAddress("127.0.0.1", 0));
        open.add(server);
        witnesses.add(new WitnessEndpoint(server.submissionPrefix(), w.verifierKey()));
      }
      log.publishWhen(new WitnessPolicy(witnesses.stream().map(WitnessEndpoint::key).toList(), 2));
      CheckpointWitnessing witnessing =
          CheckpointWitnessing.attach(
              log, witnesses, HttpClient.newHttpClient(), CheckpointWitnessing.DEFAULT_TIMEOUT);
      open.add(witnessing);
      measure(log, count, appenders, store.dialect().name().toLowerCase(Locale.ROOT), out);
    } finally {
      for (AutoCloseable c : open.reversed()) {
        try {
          c.close();
        } catch (Exception e) {
          // the figures are printed; closing the witnesses has nothing more to say
        }
      }
      LogBench.deleteTree(scratch);
    }
  }

  private static void measure(
      TenantLog log, long count, int appenders, String dialect, PrintWriter out) {
    long first = log.size();
    long[] ackedAt = new long[(int) count];
    ConcurrentLinkedQueue<long[]> signed = new ConcurrentLinkedQueue<>(); // {size, at}
    ConcurrentLinkedQueue<long[]> published = new ConcurrentLinkedQueue<>();
    log.onCheckpoint(note -> signed.add(new long[] {size(note), System.nanoTime()}));
    AtomicBoolean watching = new AtomicBoolean(true);
    Thread watcher =
        Thread.ofVirtual()
            .start(() -> {
              long last = 0;
              while (watching.get()) {
                long now = System.nanoTime();
                long s =
                    log.publishedCheckpoint().map(WitnessedCheckpointBenchmark::size).orElse(0L);
                if (s > last) {
                  published.add(new long[] {s, now});
                  last = s;
                }
                sleep(2);
              }
            });
    AtomicLong next = new AtomicLong();
    Instant time = Instant.parse("2026-04-01T09:00:00Z");
    long start = System.nanoTime();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int t = 0; t < appenders; t++) {
        threads.submit(() -> {
          for (long i; (i = next.getAndIncrement()) < count; ) {
            long index = log.append(record(i, time));
            ackedAt[(int) (index - first)] = System.nanoTime();
          }
        });
      }
    }
    long end = Arrays.stream(ackedAt).max().orElse(start);
    long[][] s = awaitCovering(signed, first + count);
    long[][] p = awaitCovering(published, first + count);
    watching.set(false);
    long[] signedLags = lags(ackedAt, first, s);
    long[] publishedLags = lags(ackedAt, first, p);
    print(out, "log.witnessed.store", dialect);
    print(out, "log.witnessed.witnesses", 2);
    print(out, "log.witnessed.appends", count);
    print(out, "log.witnessed.appends_per_s", Math.round(count / ((end - start) / 1e9)));
    print(out, "log.checkpoint_latency_ms_p99", p99(signedLags));
    print(out, "log.published_latency_ms_p99", p99(publishedLags));
    print(out, "log.published_latency_ms_max", publishedLags[publishedLags.length - 1] / 1e6);
    print(out, "log.target.published_latency_ms_p99", TARGET_PUBLISHED_MS);
    out.println(
        "# published checkpoint latency with two witnesses: "
            + (p99(publishedLags) <= TARGET_PUBLISHED_MS ? "met" : "NOT met"));
    out.flush();
  }

  private static long[] lags(long[] ackedAt, long first, long[][] covering) {
    long[] lags = new long[ackedAt.length];
    int c = 0;
    for (int i = 0; i < ackedAt.length; i++) {
      while (covering[c][0] <= first + i) {
        c++;
      }
      lags[i] = Math.max(0, covering[c][1] - ackedAt[i]);
    }
    Arrays.sort(lags);
    return lags;
  }

  private static double p99(long[] sorted) {
    return sorted[Math.max(0, (int) Math.ceil(0.99 * sorted.length) - 1)] / 1e6;
  }

  private static long[][] awaitCovering(ConcurrentLinkedQueue<long[]> seen, long size) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
    while (seen.stream().noneMatch(c -> c[0] >= size)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "no checkpoint covered " + size + " entries within " + WAIT_MS + " ms");
      }
      sleep(5);
    }
    List<long[]> sorted = new ArrayList<>(seen);
    sorted.sort((a, b) -> Long.compare(a[0], b[0]));
    return sorted.toArray(long[][]::new);
  }

  private static AccessRecord record(long i, Instant start) {
    return AccessRecord.of(
        new Attempt(
            OPERATOR,
            List.of("ent-12"),
            new Why("resident-tax", "case-" + (i / 50)),
            Action.READ,
            Optional.of(new PersonToken("tk_" + Long.toString(i, 36))),
            EnumSet.of(Field.ADDRESS, Field.FAMILY_NAME),
            start.plusMillis(i / 100)),
        Outcome.allowed());
  }

  private static long size(String note) {
    try {
      return Checkpoint.parse(Note.parse(note).text()).size();
    } catch (NoteException e) {
      throw new IllegalStateException("the log stored a malformed checkpoint", e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(Duration.ofMillis(millis));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void print(PrintWriter out, String name, Object value) {
    out.println(name + ": " + value);
  }
}
