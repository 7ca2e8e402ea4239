package mamori.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/*
 * A closed-loop HTTP load: C clients on virtual threads share one HTTP/1.1 client (keep-alive, so each
 * holds its own connection after the first request), each sends its next request as soon as the answer
 * is in, round-robin over the paths. Every latency is kept (a long per request) and sorted at the end,
 * so the p99 is exact. Anything but a 200 is counted as a failure and fails the phase.
 */
/** Runs a closed loop of GETs for a while and reports the rate, the p99 and the bytes answered. */
final class ReadLoad {
  /** What one phase measured. */
  record Result(
      long requests, double seconds, double perSecond, double p99Millis, double meanBodyBytes) {
    /**
     * Two runs as one: their requests over their seconds, the worse p99, the body size weighted by
     * requests.
     */
    Result and(Result other) {
      long n = requests + other.requests;
      double s = seconds + other.seconds;
      double bytes =
          n == 0 ? 0 : (meanBodyBytes * requests + other.meanBodyBytes * other.requests) / n;
      return new Result(n, s, n / s, Math.max(p99Millis, other.p99Millis), bytes);
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String base;
  private final String bearer;

  ReadLoad(int port, String bearer) {
    this.base = "http://127.0.0.1:" + port;
    this.bearer = "Bearer " + bearer;
  }

  /** Sends {@code path(i)} for i = 0, 1, ... from {@code clients} clients for {@code seconds}. */
  Result run(int clients, double seconds, int paths, IntFunction<String> path)
      throws InterruptedException {
    AtomicLong next = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    List<long[]> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    for (int c = 0; c < clients; c++) {
      long[][] mine = {new long[1024]};
      threads.add(
          Thread.ofVirtual()
              .name("bench-read-" + c)
              .start(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                  HttpRequest request =
                      HttpRequest.newBuilder(
                              URI.create(base + path.apply((int) (next.getAndIncrement() % paths))))
                          .header("Authorization", bearer)
                          .GET()
                          .build();
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<byte[]> r =
                        http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200) {
                      failures.incrementAndGet();
                    }
                    bytes.addAndGet(r.body().length);
                  } catch (Exception e) {
                    failures.incrementAndGet();
                  }
                  if (n == mine[0].length) {
                    mine[0] = Arrays.copyOf(mine[0], n * 2);
                  }
                  mine[0][n++] = System.nanoTime() - t0;
                }
                synchronized (latencies) {
                  latencies.add(Arrays.copyOf(mine[0], n));
                }
              }));
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    if (failures.get() > 0) {
      throw new IllegalStateException(failures.get() + " of " + all.length + " requests failed");
    }
    if (all.length == 0) {
      throw new IllegalStateException("no request was answered in " + seconds + " s");
    }
    double p99 = all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)] / 1e6;
    return new Result(
        all.length, elapsed, all.length / elapsed, p99, bytes.get() / (double) all.length);
  }

  /** The body of one GET, which must answer 200. */
  String get(String path) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", bearer)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + path.replaceAll("\\?.*", "") + " answered " + r.statusCode());
    }
    return r.body();
  }
}
