package mamori.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/*
 * The open-loop half of `mamori bench read`, run by the bench in a JVM of its own (as `bench work` runs
 * WorkLoad) so that the clients' CPU, heap and JIT are not the service's. wrk measures the rate at
 * saturation; it has no fixed-rate mode, so the latency at a fixed offered rate is measured here.
 *
 * Request i has an intended send time, start + i / rate, fixed before the run begins. One pacing thread
 * waits for each intended time and hands the request to a virtual thread of its own, which sends it and
 * records (answer time - intended time). A slow answer therefore never delays the next request (the
 * load stays open), and when the pacing thread or the client falls behind, the wait counts against the
 * service's latency rather than disappearing (no coordinated omission). The first W seconds are sent
 * but not recorded, so that the JIT of both processes has settled. Every recorded latency is kept, so
 * the p99 is exact. Anything but a 200 is a failure, and a run with failures exits non-zero.
 */
/**
 * Sends GETs at a constant rate for a while, open-loop, and prints the latency from each request's
 * intended send time as {@code load.*} lines for the bench to read.
 */
public final class ReadLoad {
  /** What the timed part measured. */
  record Result(
      long sent,
      long failures,
      double offeredPerSecond,
      double answeredPerSecond,
      double p50Millis,
      double p99Millis,
      double maxMillis) {
    void print(PrintWriter out) {
      BenchLines.print(out, "load.sent", sent);
      BenchLines.print(out, "load.failures", failures);
      BenchLines.print(out, "load.offered_per_s", offeredPerSecond);
      BenchLines.print(out, "load.answered_per_s", answeredPerSecond);
      BenchLines.print(out, "load.p50_ms", p50Millis);
      BenchLines.print(out, "load.p99_ms", p99Millis);
      BenchLines.print(out, "load.max_ms", maxMillis);
    }

    /** The figures from the lines {@link #print} wrote. */
    static Result parse(List<String> lines) {
      Map<String, String> v = BenchLines.parse(lines, "load.");
      if (!v.containsKey("load.p99_ms")) {
        throw new IllegalStateException("the read load printed no figures");
      }
      return new Result(
          Long.parseLong(v.get("load.sent")),
          Long.parseLong(v.get("load.failures")),
          Double.parseDouble(v.get("load.offered_per_s")),
          Double.parseDouble(v.get("load.answered_per_s")),
          Double.parseDouble(v.get("load.p50_ms")),
          Double.parseDouble(v.get("load.p99_ms")),
          Double.parseDouble(v.get("load.max_ms")));
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String base;
  private final String bearer;
  private final List<String> paths;

  ReadLoad(String base, String bearer, List<String> paths) {
    this.base = base;
    this.bearer = "Bearer " + bearer;
    this.paths = paths;
  }

  /**
   * Offers {@code rate} GETs a second, round-robin over the paths, for {@code warmUp} untimed
   * seconds and then {@code seconds} timed ones; waits for every answer (at most 30 s).
   */
  Result run(double rate, double warmUp, double seconds) throws InterruptedException {
    long skipped = (long) (rate * warmUp);
    long timed = (long) (rate * seconds);
    long total = skipped + timed;
    long[] latencies = new long[(int) timed];
    AtomicLong failures = new AtomicLong();
    CountDownLatch answered = new CountDownLatch((int) total);
    double interval = 1e9 / rate;
    long start = System.nanoTime() + 10_000_000;
    long[] lastAnswer = {0};
    for (long i = 0; i < total; i++) {
      long intended = start + (long) (i * interval);
      long wait;
      while ((wait = intended - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      long index = i - skipped;
      String path = paths.get((int) (i % paths.size()));
      Thread.ofVirtual()
          .start(() -> {
            boolean ok = send(path);
            long done = System.nanoTime();
            if (index >= 0) {
              latencies[(int) index] = done - intended;
              if (!ok) {
                failures.incrementAndGet();
              }
              synchronized (lastAnswer) {
                lastAnswer[0] = Math.max(lastAnswer[0], done);
              }
            }
            answered.countDown();
          });
    }
    // every request times out after 20 s, so all have an end by then; an overloaded service's
    // failures are counted (with their time, a lower bound) rather than failing the run
    if (!answered.await(120, TimeUnit.SECONDS)) {
      throw new IllegalStateException(answered.getCount() + " requests were never answered");
    }
    long timedStart = start + (long) (skipped * interval);
    double elapsed = (lastAnswer[0] - timedStart) / 1e9;
    Arrays.sort(latencies);
    return new Result(
        timed,
        failures.get(),
        rate,
        timed / Math.max(elapsed, seconds),
        quantile(latencies, 0.50),
        quantile(latencies, 0.99),
        latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6);
  }

  private boolean send(String path) {
    try {
      HttpResponse<Void> r =
          http.send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .header("Authorization", bearer)
                  .timeout(Duration.ofSeconds(20))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return r.statusCode() == 200;
    } catch (Exception e) {
      return false;
    }
  }

  /** The q-quantile of sorted nanoseconds, in milliseconds (nearest rank). */
  static double quantile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
  }

  /**
   * {@code --base URL --bearer FILE --paths FILE --rate R --seconds S --warm-up W}: the bearer
   * token and the paths (one a line) are read from files, never from the command line.
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i], args[i + 1]);
    }
    String bearer = Files.readString(Path.of(required(a, "--bearer")), StandardCharsets.UTF_8);
    List<String> paths =
        Files.readAllLines(Path.of(required(a, "--paths")), StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank())
            .toList();
    ReadLoad load = new ReadLoad(required(a, "--base"), bearer.strip(), paths);
    Result result =
        load.run(
            Double.parseDouble(required(a, "--rate")),
            Double.parseDouble(a.getOrDefault("--warm-up", "0")),
            Double.parseDouble(required(a, "--seconds")));
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    result.print(out);
    out.flush();
    System.exit(0);
  }

  private static String required(Map<String, String> args, String name) {
    String v = args.get(name);
    if (v == null) {
      throw new IllegalArgumentException("the read load needs " + name);
    }
    return v;
  }
}
