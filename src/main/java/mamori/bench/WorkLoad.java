package mamori.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import mamori.number.CorporateNumber;
import mamori.number.IndividualNumber;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/*
 * The work benchmark's load generator, run by `mamori bench work` in a JVM of its own so that the
 * clients' CPU is not the service's heap, JIT or garbage. It talks only HTTP to the desk API (the
 * shapes pinned for issue 16):
 *   GET  /api/v1/tasks/next?job=J           200 {"task","job","part","mode","fields":[{"id","check","region",...}],"heldUntil"} or 204
 *   GET  (a field's "region": /api/v1/tasks/{id}/regions/{field}) 200 image/png
 *   POST /api/v1/tasks/{id}/entries         {"values":{...}} -> {"task","state","side"}
 *   GET  /api/v1/tasks/{id}/verification    (the verifier's view of both entries)
 *   POST /api/v1/tasks/{id}/verification    {"values":{...}} -> {"task","state"}
 * Each client is one operator (a bearer token) in a closed loop: next task, its regions, the entry.
 * The values keyed are the task's true values from the answers file the bench wrote when it made the
 * slips, so two operators' entries agree, but for a share of deliberate disagreements, where one
 * operator keys a different valid value and a verifier decides with the true one.
 */
/**
 * The load of {@code mamori bench work}: operators and verifiers keying tasks over HTTP, in a
 * process of its own; prints its figures as {@code name: value} lines for the bench to read.
 */
public final class WorkLoad {
  static final JsonMapper JSON = JsonMapper.builder().build();

  /** A task's mode as the desk answers it: the action the caller takes on it. */
  static final String ENTER = mamori.core.Action.ENTER.code();

  static final String VERIFY = mamori.core.Action.VERIFY.code();

  /** A task's state after an entry: waiting for a verifier. */
  static final String STATE_VERIFY = mamori.work.Task.State.VERIFY.code();

  /** What the load is told. */
  record Config(
      String base,
      String job,
      List<String> operators,
      List<String> verifiers,
      Map<String, Map<String, String>> answers,
      double seconds,
      double warmUp,
      double disagree,
      boolean regions,
      long seed) {}

  /**
   * What the load reads of a task as {@code GET /api/v1/tasks/next} answers it: its id, its mode
   * and its fields (the rest of the answer, labels and limits for a person keying, it does not
   * use).
   */
  record NextTask(String task, String mode, List<TaskField> fields) {}

  /**
   * What the load reads of one field of a task: its id, its check (to key another valid value on
   * purpose) and the path the desk answers for its watermarked region, which the load follows.
   */
  record TaskField(String id, String check, String region) {}

  /** What {@code POST .../entries} (or {@code .../verification}) answered. */
  record EntryAnswer(String task, String state, @Nullable String side) {}

  /** What the timed part of the load measured. */
  record Result(
      double seconds,
      long requests,
      long decided,
      long verified,
      long disagreements,
      long failures,
      long refused,
      double p50Millis,
      double p99Millis,
      long regions,
      double regionP50Millis,
      double regionP99Millis) {
    double tasksPerSecond() {
      return decided / seconds;
    }

    void print(PrintWriter out) {
      BenchLines.print(out, "load.seconds", seconds);
      BenchLines.print(out, "load.requests", requests);
      BenchLines.print(out, "load.decided", decided);
      BenchLines.print(out, "load.verified", verified);
      BenchLines.print(out, "load.disagreements", disagreements);
      BenchLines.print(out, "load.failures", failures);
      BenchLines.print(out, "load.refused", refused);
      BenchLines.print(out, "load.p50_ms", p50Millis);
      BenchLines.print(out, "load.p99_ms", p99Millis);
      BenchLines.print(out, "load.regions", regions);
      BenchLines.print(out, "load.region_p50_ms", regionP50Millis);
      BenchLines.print(out, "load.region_p99_ms", regionP99Millis);
    }

    /** The figures from the lines {@link #print} wrote. */
    static Result parse(List<String> lines) {
      Map<String, String> v = BenchLines.parse(lines, "load.");
      if (!v.containsKey("load.decided")) {
        throw new IllegalStateException("the load process printed no figures");
      }
      return new Result(
          Double.parseDouble(v.get("load.seconds")),
          Long.parseLong(v.get("load.requests")),
          Long.parseLong(v.get("load.decided")),
          Long.parseLong(v.get("load.verified")),
          Long.parseLong(v.get("load.disagreements")),
          Long.parseLong(v.get("load.failures")),
          Long.parseLong(v.get("load.refused")),
          Double.parseDouble(v.get("load.p50_ms")),
          Double.parseDouble(v.get("load.p99_ms")),
          Long.parseLong(v.get("load.regions")),
          Double.parseDouble(v.get("load.region_p50_ms")),
          Double.parseDouble(v.get("load.region_p99_ms")));
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final Config config;
  private final Map<String, String> keyedFirstBy = new ConcurrentHashMap<>();
  private final AtomicLong failures = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong decided = new AtomicLong();
  private final AtomicLong verified = new AtomicLong();
  private final AtomicLong disagreements = new AtomicLong();

  WorkLoad(Config config) {
    this.config = config;
  }

  /**
   * {@code WorkLoad --base URL --job J --tokens FILE --answers FILE --seconds S [--warm-up W]
   * [--disagree F] [--regions true|false] [--seed N]}: runs the load and prints its figures. TOKENS
   * holds a line {@code enter TOKEN} per operator and {@code verify TOKEN} per verifier; ANSWERS a
   * JSON object per line, {@code {"task": id, "values": {field: value}}}.
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i], args[i + 1]);
    }
    List<String> operators = new ArrayList<>();
    List<String> verifiers = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(required(a, "--tokens")))) {
      String[] f = line.strip().split(" ", 2);
      if (f.length == 2) {
        (f[0].equals(VERIFY) ? verifiers : operators).add(f[1]);
      }
    }
    Config config =
        new Config(
            required(a, "--base"),
            required(a, "--job"),
            operators,
            verifiers,
            readAnswers(Path.of(required(a, "--answers"))),
            Double.parseDouble(required(a, "--seconds")),
            Double.parseDouble(a.getOrDefault("--warm-up", "0")),
            Double.parseDouble(a.getOrDefault("--disagree", "0.02")),
            Boolean.parseBoolean(a.getOrDefault("--regions", "true")),
            Long.parseLong(a.getOrDefault("--seed", "1")));
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    WorkLoad load = new WorkLoad(config);
    load.run().print(out);
    if (!load.firstRefusal.get().isEmpty()) {
      out.println("# first refusal: " + load.firstRefusal.get());
    }
    out.flush();
    System.exit(0);
  }

  private static String required(Map<String, String> args, String name) {
    String v = args.get(name);
    if (v == null) {
      throw new IllegalArgumentException("the work load needs " + name);
    }
    return v;
  }

  /** The answers file: a task id and its true values by field, a line each. */
  static Map<String, Map<String, String>> readAnswers(Path file) throws IOException {
    Map<String, Map<String, String>> out = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(line);
      Map<String, String> values = new LinkedHashMap<>();
      n.path("values").properties().forEach(e -> values.put(e.getKey(), e.getValue().asString()));
      out.put(n.path("task").asString(), values);
    }
    return out;
  }

  /** Writes an answers file that {@link #readAnswers} reads. */
  static void writeAnswers(Path file, Map<String, Map<String, String>> answers) throws IOException {
    StringBuilder b = new StringBuilder();
    for (var e : answers.entrySet()) {
      ObjectNode n = JSON.createObjectNode();
      n.put("task", e.getKey());
      ObjectNode values = n.putObject("values");
      e.getValue().forEach(values::put);
      b.append(JSON.writeValueAsString(n)).append('\n');
    }
    Files.writeString(file, b, StandardCharsets.UTF_8);
  }

  /** Runs the warm-up, then the timed load, and answers what the timed part measured. */
  Result run() throws InterruptedException {
    long start = System.nanoTime();
    long timedFrom = start + (long) (config.warmUp() * 1e9);
    long end = timedFrom + (long) (config.seconds() * 1e9);
    List<long[]> desk = new ArrayList<>();
    List<long[]> regionTimes = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    int n = 0;
    for (String token : config.operators()) {
      threads.add(client("operator", n++, token, false, timedFrom, end, desk, regionTimes));
    }
    for (String token : config.verifiers()) {
      threads.add(client("verifier", n++, token, true, timedFrom, end, desk, regionTimes));
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = Math.max(1e-9, (System.nanoTime() - Math.max(start, timedFrom)) / 1e9);
    long[] all = desk.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    long[] reg = regionTimes.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(
        seconds,
        all.length,
        decided.get(),
        verified.get(),
        disagreements.get(),
        failures.get(),
        refused.get(),
        quantile(all, 0.5),
        quantile(all, 0.99),
        reg.length,
        quantile(reg, 0.5),
        quantile(reg, 0.99));
  }

  static double quantile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)] / 1e6;
  }

  private Thread client(
      String kind,
      int n,
      String token,
      boolean verifier,
      long timedFrom,
      long end,
      List<long[]> desk,
      List<long[]> regionTimes) {
    return Thread.ofVirtual()
        .name("bench-work-" + kind + "-" + n)
        .start(() -> {
          Timings mine = new Timings();
          Timings myRegions = new Timings();
          SplittableRandom rng = new SplittableRandom(config.seed() * 1_000_003L + n);
          while (System.nanoTime() < end) {
            try {
              boolean worked = step(token, verifier, rng, mine, myRegions, timedFrom);
              if (!worked) {
                Thread.sleep(verifier ? 50 : 10); // no task now: ask again shortly
              }
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              break;
            } catch (RuntimeException e) {
              failures.incrementAndGet();
            }
          }
          synchronized (desk) {
            desk.add(mine.toArray());
            regionTimes.add(myRegions.toArray());
          }
        });
  }

  /** One task: next, its regions, the entry or verification. False when none was handed out. */
  boolean step(
      String token,
      boolean verifier,
      SplittableRandom rng,
      Timings desk,
      Timings regions,
      long timedFrom)
      throws InterruptedException {
    Answer next =
        send(token, "GET", "/api/v1/tasks/next?job=" + enc(config.job()), null, desk, timedFrom);
    if (next.status() == 204) {
      return false;
    }
    if (next.status() != 200) {
      count(next);
      return false;
    }
    NextTask task = parseNext(next.body());
    if (config.regions()) {
      for (TaskField f : task.fields()) {
        Answer png = send(token, "GET", f.region(), null, regions, timedFrom);
        if (png.status() != 200) {
          count(png);
        }
      }
    }
    Map<String, String> truth = config.answers().get(task.task());
    if (truth == null) {
      failures.incrementAndGet(); // a task the bench did not make
      return true;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (TaskField f : task.fields()) {
      values.put(f.id(), truth.getOrDefault(f.id(), ""));
    }
    boolean verify = task.mode().equals(VERIFY);
    String path = "/api/v1/tasks/" + enc(task.task()) + (verify ? "/verification" : "/entries");
    if (verify) {
      Answer view = send(token, "GET", path, null, desk, timedFrom);
      if (view.status() != 200) {
        count(view);
        return true;
      }
    } else if (keyedFirstBy.putIfAbsent(task.task(), token) == null
        && rng.nextDouble() < config.disagree()) {
      // the first side keys one field differently: the second side keys the truth, so they differ
      disagree(task.fields(), values, rng);
    }
    Answer posted = send(token, "POST", path, body(values), desk, timedFrom);
    if (posted.status() != 200 && posted.status() != 201) {
      count(posted);
      return true;
    }
    EntryAnswer answer = parseEntry(posted.body());
    boolean timed = System.nanoTime() >= timedFrom;
    if (verify) {
      if (answer.state().equals("done") && timed) {
        verified.incrementAndGet();
      }
    } else if (!answer.state().equals("entry")) {
      keyedFirstBy.remove(task.task());
      if (timed) {
        decided.incrementAndGet(); // both entries in: agreed (done) or sent to a verifier
        if (answer.state().equals(STATE_VERIFY)) {
          disagreements.incrementAndGet();
        }
      }
    }
    return true;
  }

  /** The first refusal's status and error code, for the bench to say why (never a value). */
  private final java.util.concurrent.atomic.AtomicReference<String> firstRefusal =
      new java.util.concurrent.atomic.AtomicReference<>("");

  private void count(Answer a) {
    if (a.status() >= 400) {
      String code = "";
      try {
        code = text(JSON.readTree(a.body()), "code");
      } catch (RuntimeException e) {
        code = "?";
      }
      firstRefusal.compareAndSet("", a.status() + " " + code);
    }
    count(a.status());
  }

  private void count(int status) {
    if (status == 409 || status == 429 || status == 403) {
      refused.incrementAndGet(); // held by another, over quota, or a side this operator keyed
    } else {
      failures.incrementAndGet();
    }
  }

  /** Changes one field of {@code values} to another value that still passes its check. */
  static void disagree(List<TaskField> fields, Map<String, String> values, SplittableRandom rng) {
    List<TaskField> filled =
        fields.stream().filter(f -> !values.getOrDefault(f.id(), "").isEmpty()).toList();
    if (filled.isEmpty()) {
      return;
    }
    TaskField f = filled.get(rng.nextInt(filled.size()));
    values.put(f.id(), otherValue(f.check(), values.getOrDefault(f.id(), "")));
  }

  static String otherValue(String check, String value) {
    return switch (check) {
      case "individual-number" -> {
        String eleven = bump(value.substring(0, 11));
        yield IndividualNumber.withCheckDigit(eleven)
            .digits(mamori.number.InsecureNumberAccess.get());
      }
      case "corporate-number" -> {
        String twelve = bump(value.substring(1));
        yield CorporateNumber.checkDigit(twelve) + twelve;
      }
      case "amount" -> Long.toString(Long.parseLong(value) + 1000);
      case "date" -> LocalDate.parse(value).plusDays(1).toString();
      case "kana" -> value + "ア";
      case "postal-code" -> value.substring(0, 7) + (value.charAt(7) == '9' ? '0' : '9');
      default -> value + "子";
    };
  }

  private static String bump(String digits) {
    char last = digits.charAt(digits.length() - 1);
    return digits.substring(0, digits.length() - 1) + (last == '9' ? '0' : (char) (last + 1));
  }

  static NextTask parseNext(String body) {
    JsonNode n = JSON.readTree(body);
    List<TaskField> fields = new ArrayList<>();
    for (JsonNode f : n.path("fields")) {
      fields.add(new TaskField(text(f, "id"), text(f, "check"), text(f, "region")));
    }
    String mode = text(n, "mode");
    if (!mode.equals(ENTER) && !mode.equals(VERIFY)) {
      throw new IllegalStateException("a task's mode is enter or verify, not " + mode);
    }
    return new NextTask(text(n, "task"), mode, fields);
  }

  static EntryAnswer parseEntry(String body) {
    JsonNode n = JSON.readTree(body);
    JsonNode side = n.get("side");
    return new EntryAnswer(
        text(n, "task"), text(n, "state"), side == null || side.isNull() ? null : side.asString());
  }

  private static String text(JsonNode n, String name) {
    JsonNode v = n.get(name);
    return v == null || v.isNull() ? "" : v.asString();
  }

  static String body(Map<String, String> values) {
    ObjectNode n = JSON.createObjectNode();
    ObjectNode v = n.putObject("values");
    values.forEach(v::put);
    return JSON.writeValueAsString(n);
  }

  private record Answer(int status, String body) {}

  private Answer send(
      String token,
      String method,
      String path,
      @Nullable String json,
      Timings timings,
      long timedFrom)
      throws InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(config.base() + path))
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(30));
    if (json != null) {
      b.header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    } else {
      b.GET();
    }
    long t0 = System.nanoTime();
    HttpResponse<byte[]> r;
    try {
      r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      failures.incrementAndGet();
      return new Answer(599, "");
    }
    if (t0 >= timedFrom) {
      timings.add(System.nanoTime() - t0);
    }
    boolean png = r.headers().firstValue("Content-Type").orElse("").startsWith("image/");
    return new Answer(r.statusCode(), png ? "" : new String(r.body(), StandardCharsets.UTF_8));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A growing array of nanosecond latencies, one client's. */
  static final class Timings {
    private long[] values = new long[1024];
    private int n;

    void add(long nanos) {
      if (n == values.length) {
        values = Arrays.copyOf(values, n * 2);
      }
      values[n++] = nanos;
    }

    long[] toArray() {
      return Arrays.copyOf(values, n);
    }
  }
}
