package mamori.bench;

import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import mamori.WebServer;
import mamori.store.StoreLocation;
import mamori.terminal.Progress;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code mamori bench read}: authorised reads over HTTP by a subcontractor's operator through a
 * two-level entrustment chain, against plain reads of the same stored rows over the same HTTP
 * stack, in one run, printed as {@code name: value} lines as the other benches print them.
 */
public final class ReadBench {
  static final long TARGET_PER_S = 5_000;
  static final double TARGET_P99_MS = 25;
  static final double TARGET_RATIO = 0.7;
  static final int MAX_LISTED = 10_000;
  static final int WARM_UP_S = 5;
  static final String WHY = "purpose=" + BenchReadWorld.PURPOSE + "&case=bench";

  private final BenchStore store;
  private final long persons;
  private final int seconds;
  private final int clients;
  private PrintWriter out = new PrintWriter(java.io.Writer.nullWriter());

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
      ReadLoad load = new ReadLoad(WebServer.port(context), world.chain(context));
      int listed = (int) Math.min(persons, MAX_LISTED);
      List<String> tokens = GateTokens.of(load.get("/api/v1/persons?" + WHY + "&limit=" + listed));
      if (tokens.size() != listed) {
        throw new IllegalStateException(
            "the subcontractor sees " + tokens.size() + " of " + listed + " persons");
      }
      List<String> authorised =
          tokens.stream().map(t -> "/api/v1/persons/" + enc(t) + "?" + WHY).toList();
      List<String> plain = tokens.stream().map(t -> PlainReadController.PATH + enc(t)).toList();
      // both routes are warmed up before either is timed, and the timed halves alternate, so that
      // neither
      // pays alone for the JIT compiling the shared HTTP stack or for the machine's load drifting
      load.run(clients, Math.min(seconds, WARM_UP_S), authorised.size(), authorised::get);
      load.run(clients, Math.min(seconds, WARM_UP_S), plain.size(), plain::get);
      int first = Math.max(1, seconds / 2);
      int second = seconds - first;
      ReadLoad.Result read = phase("authorised", load, authorised, first);
      ReadLoad.Result base = phase("plain", load, plain, first);
      if (second > 0) {
        read = read.and(phase("authorised", load, authorised, second));
        base = base.and(phase("plain", load, plain, second));
      }
      print("read.per_s", Math.round(read.perSecond()));
      print("read.p99_ms", read.p99Millis());
      print("read.plain_per_s", Math.round(base.perSecond()));
      print("read.plain_p99_ms", base.p99Millis());
      double ratio = read.perSecond() / base.perSecond();
      print("read.ratio_vs_plain", ratio);
      out.println(
          String.format(
              Locale.ROOT,
              "# answers: authorised %.0f bytes, plain %.0f bytes on average",
              read.meanBodyBytes(),
              base.meanBodyBytes()));
      print("read.target.per_s", TARGET_PER_S);
      print("read.target.p99_ms", TARGET_P99_MS);
      print("read.target.ratio_vs_plain", TARGET_RATIO);
      out.println(
          String.format(
              Locale.ROOT,
              "# targets: reads >= %,d/s %s (%.2fx); p99 < %.0f ms %s; ratio >= %.1f %s",
              TARGET_PER_S,
              met(read.perSecond() >= TARGET_PER_S),
              read.perSecond() / TARGET_PER_S,
              TARGET_P99_MS,
              met(read.p99Millis() < TARGET_P99_MS),
              TARGET_RATIO,
              met(ratio >= TARGET_RATIO)));
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

  private ReadLoad.Result phase(String name, ReadLoad load, List<String> paths, int seconds) {
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
            return load.run(clients, seconds, paths.size(), paths::get);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
          } finally {
            ticker.interrupt();
          }
        });
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
