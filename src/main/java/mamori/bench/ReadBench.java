package mamori.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import mamori.WebServer;
import mamori.store.StoreLocation;
import mamori.terminal.Progress;
import org.springframework.context.ConfigurableApplicationContext;

/*
 * Three processes, so that the load's CPU, heap and JIT are not the service's: the service runs in this
 * JVM (its heap pools' peak is read here), wrk measures each route's rate at saturation, closed-loop
 * over C keep-alive connections, and ReadLoad, in a JVM of its own, offers a fixed 1,000 reads a second
 * open-loop and measures each latency from the request's intended send time. On the shared cores of a
 * test machine the three compete with each other, which the figures include and the docs say.
 */
/**
 * {@code mamori bench read}: authorised reads over HTTP by a subcontractor's operator through a
 * two-level entrustment chain, against plain reads of the same stored rows over the same HTTP
 * stack, in one run: the rate at saturation and the p99 at a fixed offered rate, printed as {@code
 * name: value} lines as the other benches print them.
 */
public final class ReadBench {
  static final long TARGET_PLAIN_PER_S = 5_000;
  static final long TARGET_PER_S = 4_000;
  static final double TARGET_RATIO = 0.8;
  static final double TARGET_P99_MS = 25;
  static final int OFFERED_PER_S = 1_000;
  static final int OPEN_WARM_UP_S = 2;
  static final int MAX_LISTED = 10_000;
  static final int WARM_UP_S = 5;

  /**
   * The warm-up goes on, a round of both routes at a time, until the JIT compilers' time in a round
   * is at most this share of the round's wall time: a service runs for months, and its compiled
   * steady state is what a user meets. With the 5-second warm-up alone the compilers still took a
   * quarter of the cores through the timed phases (docs/performance.md).
   */
  static final double SETTLED_JIT_SHARE = 0.05;

  /** At most this many warm-up rounds (two minutes at 5 s a route), settled or not. */
  static final int MAX_WARM_UP_ROUNDS = 12;

  static final String WHY = "purpose=" + BenchReadWorld.PURPOSE + "&case=bench";

  private final BenchStore store;
  private final long persons;
  private final int seconds;
  private final int clients;
  private PrintWriter out = new PrintWriter(java.io.Writer.nullWriter());

  /** At most this many warm-up rounds; a test takes fewer. */
  int maxWarmUpRounds = MAX_WARM_UP_ROUNDS;

  /** Where the run's scratch folder is made: the system's temporary folder, or a test's own. */
  Path scratchRoot = Path.of(System.getProperty("java.io.tmpdir"));

  /**
   * A run over {@code persons} persons, {@code seconds} seconds a phase, from {@code clients}
   * clients; the command has checked them.
   */
  public ReadBench(BenchStore store, long persons, int seconds, int clients) {
    this.store = store;
    this.persons = persons;
    this.seconds = seconds;
    this.clients = clients;
  }

  /**
   * Measures and prints the figures and targets on {@code out}; {@code err} hears what the run left
   * behind.
   */
  public void run(PrintWriter out, PrintWriter err) throws Exception {
    this.out = out;
    boolean temporary = store.temporary();
    Path scratch = Files.createTempDirectory(scratchRoot, "mamori-read-bench-");
    byte[] id = new byte[4];
    new SecureRandom().nextBytes(id);
    BenchReadWorld world = new BenchReadWorld(HexFormat.of().formatHex(id));
    StoreLocation location =
        temporary ? new StoreLocation.Embedded(scratch.resolve("data")) : store.location();
    Path keys = temporary ? scratch.resolve("data") : store.keyFolder().getParent();
    try (ConfigurableApplicationContext context =
        WebServer.start(
            location,
            0,
            List.of(PlainReadController.class),
            "--mamori.data=" + keys,
            "--logging.level.mamori=warn")) {
      print("read.store", location instanceof StoreLocation.Server ? "postgresql" : "sqlite");
      print("read.persons", persons);
      print("read.clients", clients);
      world.harvestingNotifies(context);
      long imported =
          Progress.track(
              "import",
              persons,
              p -> {
                try {
                  return world.importPersons(context, scratch, persons, p);
                } catch (Exception e) {
                  throw new IllegalStateException(e.getMessage(), e);
                }
              });
      if (imported != persons) {
        throw new IllegalStateException(
            "imported " + imported + " of the " + persons + " generated persons");
      }
      String base = "http://127.0.0.1:" + WebServer.port(context);
      String bearer = world.chain(context);
      int listed = (int) Math.min(persons, MAX_LISTED);
      List<String> tokens =
          GateTokens.of(get(base, bearer, "/api/v1/persons?" + WHY + "&limit=" + listed));
      if (tokens.size() != listed) {
        throw new IllegalStateException(
            "the subcontractor sees " + tokens.size() + " of " + listed + " persons");
      }
      Wrk wrk = new Wrk(scratch, base, bearer);
      Path gated =
          wrk.paths(
              "gated.paths",
              tokens.stream().map(t -> "/api/v1/persons/" + enc(t) + "?" + WHY).toList());
      Path plain =
          wrk.paths(
              "plain.paths", tokens.stream().map(t -> PlainReadController.PATH + enc(t)).toList());
      // both routes are warmed up before either is timed, and the timed halves alternate, so that
      // neither pays alone for the JIT compiling the shared HTTP stack or for the machine's load
      // drifting; the service's heap is watched from the first request of the load on
      PeakHeap heap = PeakHeap.start();
      int warmUp = Math.min(seconds, WARM_UP_S);
      CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
      int rounds = 0;
      long jitMillis;
      do {
        long jitBefore = jit.getTotalCompilationTime();
        long wallBefore = System.nanoTime();
        rounds++;
        phase("warm-up " + rounds, seconds(warmUp), () -> wrk.run(gated, clients, warmUp));
        phase("warm-up " + rounds, seconds(warmUp), () -> wrk.run(plain, clients, warmUp));
        jitMillis = jit.getTotalCompilationTime() - jitBefore;
        long wallMillis = (System.nanoTime() - wallBefore) / 1_000_000;
        if (jitMillis <= wallMillis * SETTLED_JIT_SHARE) {
          break;
        }
      } while (rounds < maxWarmUpRounds);
      print("read.warm_up_s", rounds * 2 * warmUp);
      out.println(
          String.format(
              Locale.ROOT,
              "# warm-up: %d round(s) of both routes, %d s each, until the JIT compilers took at"
                  + " most %.0f%% of a round (the last took %,d ms of %d s)",
              rounds,
              warmUp,
              SETTLED_JIT_SHARE * 100,
              jitMillis,
              2 * warmUp));
      int first = Math.max(1, seconds / 2);
      int second = seconds - first;
      Wrk.Result read = phase("gated", seconds(first), () -> wrk.run(gated, clients, first));
      Wrk.Result plainRate = phase("plain", seconds(first), () -> wrk.run(plain, clients, first));
      if (second > 0) {
        read = read.and(phase("gated", seconds(second), () -> wrk.run(gated, clients, second)));
        plainRate =
            plainRate.and(phase("plain", seconds(second), () -> wrk.run(plain, clients, second)));
      }
      ReadLoad.Result readAtRate =
          phase(
              "gated at " + OFFERED_PER_S + "/s",
              seconds(seconds + OPEN_WARM_UP_S),
              () -> openLoop(scratch, base, wrk.bearer(), gated));
      ReadLoad.Result plainAtRate =
          phase(
              "plain at " + OFFERED_PER_S + "/s",
              seconds(seconds + OPEN_WARM_UP_S),
              () -> openLoop(scratch, base, wrk.bearer(), plain));
      long peakHeap = heap.peakMegabytes();
      double ratio = read.perSecond() / plainRate.perSecond();
      print("read.per_s", Math.round(read.perSecond()));
      print("read.plain_per_s", Math.round(plainRate.perSecond()));
      print("read.ratio_vs_plain", ratio);
      print("read.p99_ms_at_1000_per_s", readAtRate.p99Millis());
      print("read.plain_p99_ms_at_1000_per_s", plainAtRate.p99Millis());
      print("read.peak_heap_mb", peakHeap);
      out.println(
          String.format(
              Locale.ROOT,
              "# at %,d/s offered: gated %d of %d failed or timed out (counted with their time),"
                  + " plain %d of %d; gated p50 %.2f ms, max %.2f ms, answered %.0f/s; plain p50 %.2f"
                  + " ms, max %.2f ms, answered %.0f/s",
              OFFERED_PER_S,
              readAtRate.failures(),
              readAtRate.sent(),
              plainAtRate.failures(),
              plainAtRate.sent(),
              readAtRate.p50Millis(),
              readAtRate.maxMillis(),
              readAtRate.answeredPerSecond(),
              plainAtRate.p50Millis(),
              plainAtRate.maxMillis(),
              plainAtRate.answeredPerSecond()));
      out.println(
          String.format(
              Locale.ROOT,
              "# answers: gated %.0f bytes, plain %.0f bytes on average, headers included",
              read.meanBytes(),
              plainRate.meanBytes()));
      print("read.target.plain_per_s", TARGET_PLAIN_PER_S);
      print("read.target.per_s", TARGET_PER_S);
      print("read.target.ratio_vs_plain", TARGET_RATIO);
      print("read.target.p99_ms_at_1000_per_s", TARGET_P99_MS);
      out.println(
          String.format(
              Locale.ROOT,
              "# targets: plain >= %,d/s %s (%.2fx); gated >= %.1fx plain %s (%.2fx) and >= %,d/s"
                  + " %s (%.2fx); gated p99 <= %.0f ms at %,d/s offered %s (%.2f ms). Saturation by"
                  + " wrk (%d connections), the fixed rate by an open-loop client in its own JVM;"
                  + " the service is this JVM",
              TARGET_PLAIN_PER_S,
              met(plainRate.perSecond() >= TARGET_PLAIN_PER_S),
              plainRate.perSecond() / TARGET_PLAIN_PER_S,
              TARGET_RATIO,
              met(ratio >= TARGET_RATIO),
              ratio,
              TARGET_PER_S,
              met(read.perSecond() >= TARGET_PER_S),
              read.perSecond() / TARGET_PER_S,
              TARGET_P99_MS,
              OFFERED_PER_S,
              met(readAtRate.p99Millis() <= TARGET_P99_MS && readAtRate.failures() == 0),
              readAtRate.p99Millis(),
              clients));
      out.flush();
    } finally {
      if (!temporary) {
        err.println(
            "mamori: the benchmark's persons stay in " + location + " as tenant " + world.tenant);
        err.flush();
      }
      LogBench.deleteTree(scratch);
    }
  }

  /** Something a phase runs, which may fail or be interrupted. */
  private interface Step<T> {
    T run() throws Exception;
  }

  private static int seconds(int s) {
    return Math.max(1, s);
  }

  /** Runs {@code step} under a progress bar that ticks once a second for {@code seconds}. */
  private static <T> T phase(String name, int seconds, Step<T> step) {
    return Progress.track(
        name,
        seconds,
        p -> {
          Thread ticker =
              Thread.ofVirtual()
                  .start(() -> {
                    try {
                      for (int s = 1; s <= seconds; s++) {
                        Thread.sleep(1000);
                        p.accept(s);
                      }
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  });
          try {
            return step.run();
          } catch (RuntimeException e) {
            throw e;
          } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
          } finally {
            ticker.interrupt();
          }
        });
  }

  /**
   * Runs {@link ReadLoad} in a JVM of its own on this JVM's class path at {@link #OFFERED_PER_S}
   * over {@code paths}, and reads its figures.
   */
  private ReadLoad.Result openLoop(Path scratch, String base, Path bearer, Path paths)
      throws IOException, InterruptedException {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m",
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path"),
            ReadLoad.class.getName(),
            "--base",
            base,
            "--bearer",
            bearer.toString(),
            "--paths",
            paths.toString(),
            "--rate",
            Integer.toString(OFFERED_PER_S),
            "--warm-up",
            Integer.toString(OPEN_WARM_UP_S),
            "--seconds",
            Integer.toString(seconds));
    Path output = scratch.resolve("load.out");
    Path errors = scratch.resolve("load.err");
    Process child =
        new ProcessBuilder(command)
            .redirectOutput(output.toFile())
            .redirectError(errors.toFile())
            .start();
    long limit = seconds + OPEN_WARM_UP_S + 180L;
    if (!child.waitFor(limit, TimeUnit.SECONDS)) {
      child.destroyForcibly().waitFor();
      throw new IllegalStateException("the read load ran over " + limit + " s");
    }
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    if (child.exitValue() != 0) {
      List<String> e = Files.readAllLines(errors, StandardCharsets.UTF_8);
      throw new IllegalStateException(
          "the read load failed ("
              + child.exitValue()
              + "): "
              + String.join(" | ", lines)
              + " | "
              + String.join(" | ", e.subList(Math.max(0, e.size() - 5), e.size())));
    }
    return ReadLoad.Result.parse(lines);
  }

  /** The body of one GET, which must answer 200. */
  static String get(String base, String bearer, String path) throws Exception {
    HttpResponse<String> r;
    try (HttpClient http = HttpClient.newHttpClient()) {
      r =
          http.send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .header("Authorization", "Bearer " + bearer)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    }
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + path.replaceAll("\\?.*", "") + " answered " + r.statusCode());
    }
    return r.body();
  }

  private static String enc(String token) {
    return URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  private static String met(boolean met) {
    return met ? "met" : "MISSED";
  }

  private void print(String name, Object value) {
    BenchLines.print(out, name, value);
  }
}
