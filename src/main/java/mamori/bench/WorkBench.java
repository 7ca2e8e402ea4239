package mamori.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import mamori.WebServer;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.generate.Residents;
import mamori.generate.SyntheticCompanies;
import mamori.store.StoreLocation;
import mamori.terminal.Progress;
import mamori.work.DocumentType;
import mamori.work.JobId;
import mamori.work.Regions;
import mamori.work.SlipDrawer;
import mamori.work.SyntheticSlips;
import mamori.work.TaskId;
import mamori.work.WorkDocument;
import mamori.work.WorkStore;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code mamori bench work}: contracted data entry through the HTTP desk with double entry (issue
 * 16 point 10). The bench starts the service, loads a job of synthetic withholding slips it drew
 * itself, entrusts it to a contractor's operators and verifiers, and runs the load generator
 * ({@link WorkLoad}) in a JVM of its own against the desk API; it prints the tasks decided a
 * second, the p99 of the desk's requests and the time to render one region, against the targets.
 */
public final class WorkBench {
  static final double TARGET_TASKS_PER_S = 500;
  static final double TARGET_P99_MS = 100;
  static final int RENDER_SAMPLES = 200;
  static final long SEED = 1;

  /** What a run is asked for; the command has checked it. */
  public record Options(
      int slips,
      int operators,
      int verifiers,
      int seconds,
      int warmUp,
      double disagree,
      boolean regions) {}

  private final BenchStore store;
  private final Options options;
  private PrintWriter out = new PrintWriter(java.io.Writer.nullWriter());

  /** Where the run's scratch folder is made: the system's temporary folder, or a test's own. */
  Path scratchRoot = Path.of(System.getProperty("java.io.tmpdir"));

  public WorkBench(BenchStore store, Options options) {
    this.store = store;
    this.options = options;
  }

  /** Measures and prints the figures and targets on {@code out}; {@code err} hears the rest. */
  public void run(PrintWriter out, PrintWriter err) throws Exception {
    this.out = out;
    boolean temporary = store.temporary();
    Path scratch = Files.createTempDirectory(scratchRoot, "mamori-work-bench-");
    byte[] id = new byte[4];
    new SecureRandom().nextBytes(id);
    WorkBenchWorld world = new WorkBenchWorld(HexFormat.of().formatHex(id));
    StoreLocation location =
        temporary ? new StoreLocation.Embedded(scratch.resolve("data")) : store.location();
    Path keys = temporary ? scratch.resolve("data") : store.keyFolder().getParent();
    try (ConfigurableApplicationContext context =
        WebServer.start(
            location, 0, List.of(), "--mamori.data=" + keys, "--logging.level.mamori=warn")) {
      print("work.store", location instanceof StoreLocation.Server ? "postgresql" : "sqlite");
      print("work.slips", options.slips());
      print("work.operators", options.operators());
      print("work.verifiers", options.verifiers());
      DocumentType type = mamori.work.DocumentTypes.builtIn(SyntheticSlips.TYPE);
      List<SyntheticSlips.Slip> slips =
          SyntheticSlips.of(
              Residents.generate(Math.max(100, options.slips() * 3), SEED),
              SyntheticCompanies.generate(Math.max(10, options.slips() / 20), SEED),
              options.slips(),
              SEED);
      SlipDrawer drawer = SlipDrawer.withDefaultFont();
      List<List<byte[]>> pages =
          Progress.track(
              "draw",
              slips.size(),
              p -> {
                List<List<byte[]>> drawn = new ArrayList<>(slips.size());
                for (SyntheticSlips.Slip s : slips) {
                  drawn.add(drawer.drawPng(type, s.values(), SyntheticSlips.YEAR));
                  p.accept(drawn.size());
                }
                return drawn;
              });
      WorkBenchWorld.World w =
          world.create(context, type, slips, pages, options.operators(), options.verifiers());
      print("work.tasks", w.answers().size());
      Path tokens = scratch.resolve("tokens");
      StringBuilder t = new StringBuilder();
      w.operators().forEach(s -> t.append("enter ").append(s).append('\n'));
      w.verifiers().forEach(s -> t.append("verify ").append(s).append('\n'));
      Files.writeString(tokens, t, StandardCharsets.UTF_8);
      Path answers = scratch.resolve("answers.jsonl");
      WorkLoad.writeAnswers(answers, w.answers());
      WorkLoad.Result load =
          launch(
              scratch,
              "http://127.0.0.1:" + WebServer.port(context),
              w.job(),
              tokens,
              answers,
              options);
      double[] render = renderInProcess(context, w);
      print("work.tasks_per_s", load.tasksPerSecond());
      print("work.p99_ms", load.p99Millis());
      print("work.p50_ms", load.p50Millis());
      print("work.region_render_ms", render[0]);
      print("work.region_render_p99_ms", render[1]);
      print("work.region_http_p50_ms", load.regionP50Millis());
      print("work.region_http_p99_ms", load.regionP99Millis());
      print("work.requests", load.requests());
      print("work.disagreements", load.disagreements());
      print("work.verified", load.verified());
      print("work.refused", load.refused());
      print("work.failures", load.failures());
      print("work.target.tasks_per_s", TARGET_TASKS_PER_S);
      print("work.target.p99_ms", TARGET_P99_MS);
      out.println(
          String.format(
              Locale.ROOT,
              "# targets: tasks >= %.0f/s %s (%.2fx); p99 < %.0f ms %s. The load ran in its own"
                  + " JVM over HTTP%s; region_render_ms is Regions.render in the service's"
                  + " process (open, watermark, PNG), median of %d after the load",
              TARGET_TASKS_PER_S,
              load.tasksPerSecond() >= TARGET_TASKS_PER_S ? "met" : "MISSED",
              load.tasksPerSecond() / TARGET_TASKS_PER_S,
              TARGET_P99_MS,
              load.p99Millis() < TARGET_P99_MS ? "met" : "MISSED",
              options.regions() ? ", every task's regions fetched" : ", no region fetched",
              RENDER_SAMPLES));
      out.flush();
    } finally {
      if (!temporary) {
        err.println(
            "mamori: the benchmark's job stays in " + location + " as tenant " + world.tenant);
        err.flush();
      }
      LogBench.deleteTree(scratch);
    }
  }

  /**
   * Runs {@link WorkLoad} in a JVM of its own on this JVM's class path and reads its figures.
   *
   * @throws IllegalStateException when it fails or runs over its time by a minute, with the end of
   *     what it printed
   */
  static WorkLoad.Result launch(
      Path scratch, String base, String job, Path tokens, Path answers, Options options)
      throws IOException, InterruptedException {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g",
            "-cp",
            System.getProperty("java.class.path"),
            WorkLoad.class.getName(),
            "--base",
            base,
            "--job",
            job,
            "--tokens",
            tokens.toString(),
            "--answers",
            answers.toString(),
            "--seconds",
            Integer.toString(options.seconds()),
            "--warm-up",
            Integer.toString(options.warmUp()),
            "--disagree",
            Double.toString(options.disagree()),
            "--regions",
            Boolean.toString(options.regions()),
            "--seed",
            Long.toString(SEED));
    Path output = scratch.resolve("load.out");
    Path errors = scratch.resolve("load.err");
    Process child =
        new ProcessBuilder(command)
            .redirectOutput(output.toFile())
            .redirectError(errors.toFile())
            .start();
    long limit = options.seconds() + options.warmUp() + 60L;
    if (!child.waitFor(limit, TimeUnit.SECONDS)) {
      child.destroyForcibly().waitFor();
      throw new IllegalStateException("the load process ran over " + limit + " s");
    }
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    if (child.exitValue() != 0) {
      List<String> e = Files.readAllLines(errors, StandardCharsets.UTF_8);
      throw new IllegalStateException(
          "the load process failed ("
              + child.exitValue()
              + "): "
              + String.join(" | ", e.subList(Math.max(0, e.size() - 5), e.size())));
    }
    lines.stream()
        .filter(l -> l.startsWith("# "))
        .forEach(l -> System.err.println("mamori: load " + l.substring(2)));
    return WorkLoad.Result.parse(lines);
  }

  /** The median and p99 of rendering one region in the service's process, in milliseconds. */
  private static double[] renderInProcess(
      ConfigurableApplicationContext context, WorkBenchWorld.World w) {
    WorkStore store = context.getBean(WorkStore.class);
    Regions regions = context.getBean(Regions.class);
    Clock clock = context.getBean(Clock.class);
    TenantId tenant = new TenantId(w.tenant());
    List<WorkDocument> documents = store.documents(tenant, new JobId(w.job()), 0, 50);
    if (documents.isEmpty()) {
      return new double[] {0, 0};
    }
    String field = w.answers().values().iterator().next().keySet().iterator().next();
    long[] nanos = new long[RENDER_SAMPLES];
    UserId operator = new UserId("mamori-bench");
    for (int i = 0; i < RENDER_SAMPLES; i++) {
      WorkDocument d = documents.get(i % documents.size());
      long t0 = System.nanoTime();
      regions.render(
          d, field, new Regions.Watermark(operator, TaskId.random(), Instant.now(clock)));
      nanos[i] = System.nanoTime() - t0;
    }
    Arrays.sort(nanos);
    return new double[] {WorkLoad.quantile(nanos, 0.5), WorkLoad.quantile(nanos, 0.99)};
  }

  private void print(String name, Object value) {
    BenchLines.print(out, name, value);
  }
}
