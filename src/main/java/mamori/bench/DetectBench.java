package mamori.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import mamori.crypto.SigningKeys;
import mamori.detect.DetectBenchmarks;
import mamori.log.TransparencyLogs;
import mamori.store.ClockConfiguration;
import mamori.store.Store;
import mamori.store.StoreLocation;

/*
 * Issue 15: alerts within 60 s of the triggering access at p99 while the log takes reads at the rate of
 * `bench read`, every rule on; the rules' throughput at least 10x the log's append rate. The measuring is
 * the detect module's (DetectBenchmarks); this class sets up the store and prints the figures.
 */
/** {@code mamori bench detect}: the detection engine's alert latency and the rules' throughput. */
public final class DetectBench {
  static final double TARGET_LATENCY_S = 60;
  static final double TARGET_RATIO = 10;

  private final BenchStore store;
  private final int rate;
  private final int seconds;
  private final int records;

  /**
   * Reads appended at {@code rate} a second for {@code seconds}; {@code records} handed to the
   * rules for their throughput; the command has checked them.
   */
  public DetectBench(BenchStore store, int rate, int seconds, int records) {
    this.store = store;
    this.rate = rate;
    this.seconds = seconds;
    this.records = records;
  }

  /** Measures and prints the figures and the targets on {@code out}. */
  public void run(PrintWriter out) throws Exception {
    double rulesPerSecond = DetectBenchmarks.rulesPerSecond(records);
    boolean temporary = store.temporary();
    Path scratch = Files.createTempDirectory("mamori-detect-bench-");
    StoreLocation location =
        temporary ? new StoreLocation.Embedded(scratch.resolve("data")) : store.location();
    Path keys = temporary ? scratch.resolve("keys") : store.keyFolder();
    try (Store s = Store.open(location);
        TransparencyLogs logs =
            new TransparencyLogs(
                s.dataSource(),
                SigningKeys.in(keys),
                "bench.example/log",
                ClockConfiguration.systemClock())) {
      DetectBenchmarks.Latency l =
          DetectBenchmarks.latency(
              s.dataSource(), logs, ClockConfiguration.systemClock(), rate, seconds, 1000);
      double[] lat = l.seconds();
      double p50 = lat.length == 0 ? Double.NaN : lat[lat.length / 2];
      double p99 =
          lat.length == 0
              ? Double.NaN
              : lat[Math.min(lat.length - 1, (int) Math.ceil(lat.length * 0.99) - 1)];
      double appendRate = l.appended() / l.appendSeconds();
      BenchLines.print(
          out, "detect.store", location instanceof StoreLocation.Server ? "postgresql" : "sqlite");
      BenchLines.print(out, "detect.append_per_s", appendRate);
      BenchLines.print(out, "detect.triggers", lat.length);
      BenchLines.print(out, "detect.alert_latency_p50_s", p50);
      BenchLines.print(out, "detect.alert_latency_p99_s", p99);
      BenchLines.print(out, "detect.engine_records_per_s", l.evaluated() / l.engineSeconds());
      BenchLines.print(out, "detect.engine_catchup_records_per_s", l.catchUpPerSecond());
      BenchLines.print(out, "detect.rules_per_s", rulesPerSecond);
      BenchLines.print(out, "detect.rules_vs_append", rulesPerSecond / appendRate);
      out.println(
          String.format(
              Locale.ROOT,
              "# target: an alert within %.0f s at p99: %s; rules at least %.0fx the append rate: %s"
                  + " (%.1fx)",
              TARGET_LATENCY_S,
              p99 <= TARGET_LATENCY_S ? "met" : "NOT met",
              TARGET_RATIO,
              rulesPerSecond >= TARGET_RATIO * appendRate ? "met" : "NOT met",
              rulesPerSecond / appendRate));
      out.flush();
    } finally {
      if (temporary) {
        LogBench.deleteTree(scratch);
      }
    }
  }
}
