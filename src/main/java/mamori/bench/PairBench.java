package mamori.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.WebServer;
import mamori.store.StoreLocation;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code mamori bench pair}: two instances of the service, both active, on one PostgreSQL schema
 * behind HAProxy (round robin), loaded by {@code wrk} with authorised reads through a two-level
 * chain, then one instance alone under the same load. Each instance is a {@code mamori serve} child
 * process; the tenant is set up first by a service in this process, then closed. Prints {@code
 * pair.per_s} (through the proxy), {@code pair.single_per_s} (instance A alone), their ratio,
 * {@code pair.non_2xx} (answers that were not 200) and {@code pair.cap_exceeded} (daily volume
 * counters above their entrustment's cap after the run: 0 when the leases hold across the pair).
 */
public final class PairBench {
  static final double TARGET_RATIO = 0.8;
  static final int MAX_LISTED = 10_000;

  /** Untimed seconds of load through the proxy before either figure is taken. */
  static final int WARM_UP_S = 60;

  static final String WHY = "purpose=" + BenchReadWorld.PURPOSE + "&case=bench-pair";
  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)");

  private final BenchStore store;
  private final long persons;
  private final int seconds;
  private final int connections;
  private PrintWriter out = new PrintWriter(java.io.Writer.nullWriter());

  /** A run over {@code persons} persons, {@code seconds} a phase, {@code connections} for wrk. */
  public PairBench(BenchStore store, long persons, int seconds, int connections) {
    this.store = store;
    this.persons = persons;
    this.seconds = seconds;
    this.connections = connections;
  }

  /** Measures and prints the figures on {@code out}. */
  public void run(PrintWriter out) throws Exception {
    this.out = out;
    if (!(store.location() instanceof StoreLocation.Server server)) {
      throw new IllegalArgumentException("bench pair needs --db: two processes share PostgreSQL");
    }
    Path data = java.util.Objects.requireNonNull(store.keyFolder().getParent());
    Path scratch = Files.createTempDirectory("mamori-pair-bench-");
    byte[] id = new byte[4];
    new SecureRandom().nextBytes(id);
    BenchReadWorld world = new BenchReadWorld(HexFormat.of().formatHex(id));
    String bearer;
    List<String> paths;
    try (ConfigurableApplicationContext context =
        WebServer.start(
            server,
            0,
            List.of(),
            "--mamori.data=" + data,
            "--management.server.port=" + freePort(),
            "--logging.level.mamori=warn")) {
      // reading every person in turn is harvesting by design: detection notifies, never suspends
      world.harvestingNotifies(context);
      world.importPersons(context, scratch, persons, n -> {});
      bearer = world.chain(context);
      int listed = (int) Math.min(persons, MAX_LISTED);
      List<String> tokens =
          GateTokens.of(
              ReadBench.get(
                  "http://127.0.0.1:" + WebServer.port(context),
                  bearer,
                  "/api/v1/persons?" + WHY + "&limit=" + listed));
      paths =
          tokens.stream()
              .map(t ->
                  "/api/v1/persons/" + URLEncoder.encode(t, StandardCharsets.UTF_8) + "?" + WHY)
              .toList();
    }
    print("pair.store", "postgresql");
    print("pair.persons", persons);
    print("pair.connections", connections);
    Path script = scratch.resolve("reads.lua");
    Files.writeString(script, lua(paths, bearer));
    int portA = freePort();
    int portB = freePort();
    int proxy = freePort();
    List<Process> children = new ArrayList<>();
    try {
      children.add(serve(server.jdbcUrl(), data, portA, scratch.resolve("a.log")));
      children.add(serve(server.jdbcUrl(), data, portB, scratch.resolve("b.log")));
      Path cfg = scratch.resolve("haproxy.cfg");
      Files.writeString(cfg, haproxy(proxy, portA, portB));
      children.add(
          new ProcessBuilder("haproxy", "-f", cfg.toString())
              .redirectErrorStream(true)
              .redirectOutput(scratch.resolve("haproxy.log").toFile())
              .start());
      awaitUp(portA);
      awaitUp(portB);
      awaitUp(proxy);
      // untimed: both instances through the proxy until their JIT has compiled the stack (the
      // read bench's settled warm-up took 40 to 80 s of both routes in one JVM, and these children
      // cannot be asked), then the timed halves alternate so that neither side meets a warmer
      // or a busier machine alone
      wrk(script, proxy, WARM_UP_S);
      print("pair.warm_up_s", WARM_UP_S);
      int first = Math.max(1, seconds / 2);
      int second = seconds - first;
      Wrk pair = wrk(script, proxy, first);
      Wrk single = wrk(script, portA, first);
      if (second > 0) {
        pair = pair.and(wrk(script, proxy, second), first, second);
        single = single.and(wrk(script, portA, second), first, second);
      }
      long exceeded =
          JdbcClient.create(
                  new org.springframework.jdbc.datasource.DriverManagerDataSource(server.jdbcUrl()))
              .sql(
                  "SELECT count(*) FROM entrustment_volume v JOIN entrustment e"
                      + " ON e.tenant_id = v.tenant_id AND e.entrustment_id = v.entrustment_id"
                      + " WHERE v.count > e.daily_cap")
              .query(Long.class)
              .single();
      double ratio = pair.perSecond() / single.perSecond();
      print("pair.per_s", Math.round(pair.perSecond()));
      print("pair.single_per_s", Math.round(single.perSecond()));
      print("pair.ratio_vs_single", ratio);
      print("pair.non_2xx", pair.non2xx() + single.non2xx());
      print("pair.cap_exceeded", exceeded);
      print("pair.target.ratio_vs_single", TARGET_RATIO);
      out.println(
          String.format(
              Locale.ROOT,
              "# targets: ratio >= %.1f %s (%.2fx); every answer 200 %s; no cap exceeded %s",
              TARGET_RATIO,
              ratio >= TARGET_RATIO ? "met" : "NOT met",
              ratio,
              pair.non2xx() + single.non2xx() == 0 ? "met" : "NOT met",
              exceeded == 0 ? "met" : "NOT met"));
      out.flush();
    } finally {
      for (Process p : children) {
        p.destroy();
      }
      for (Process p : children) {
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      }
    }
  }

  record Wrk(double perSecond, long non2xx) {
    /** The rate over two runs of {@code a} and {@code b} seconds, and their failures together. */
    Wrk and(Wrk next, int a, int b) {
      return new Wrk((perSecond * a + next.perSecond * b) / (a + b), non2xx + next.non2xx);
    }
  }

  /** Runs wrk for {@code s} seconds against {@code port}. */
  private Wrk wrk(Path script, int port, int s) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                "wrk",
                "-t2",
                "-c" + connections,
                "-d" + s + "s",
                "--timeout",
                "10s",
                "-s",
                script.toString(),
                "http://127.0.0.1:" + port)
            .redirectErrorStream(true)
            .start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("wrk failed: " + text);
    }
    Matcher rate = RATE.matcher(text);
    if (!rate.find()) {
      throw new IllegalStateException("wrk printed no rate: " + text);
    }
    Matcher bad = NON_2XX.matcher(text);
    return new Wrk(
        Double.parseDouble(rate.group(1)), bad.find() ? Long.parseLong(bad.group(1)) : 0);
  }

  /** A wrk script: the bearer header, and the persons' paths in turn on each thread. */
  static String lua(List<String> paths, String bearer) {
    StringBuilder s = new StringBuilder("local paths = {\n");
    for (String p : paths) {
      s.append("  \"").append(p).append("\",\n");
    }
    s.append(
        """
        }
        local i = 0
        wrk.headers["Authorization"] = "Bearer %s"
        request = function()
          i = i + 1
          return wrk.format("GET", paths[(i %% #paths) + 1])
        end
        """
            .formatted(bearer));
    return s.toString();
  }

  static String haproxy(int port, int a, int b) {
    return """
    global
      maxconn 2000
    defaults
      mode http
      timeout connect 2s
      timeout client 60s
      timeout server 60s
    listen mamori
      bind 127.0.0.1:%d
      balance roundrobin
      option httpchk GET /livez
      http-check expect status 200
      default-server inter 1s fall 2 rise 1
      server a 127.0.0.1:%d check
      server b 127.0.0.1:%d check
    """
        .formatted(port, a, b);
  }

  private static Process serve(String url, Path data, int port, Path log) throws IOException {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    return new ProcessBuilder(
            java,
            "--enable-native-access=ALL-UNNAMED",
            "-cp",
            System.getProperty("java.class.path"),
            "mamori.cli.MamoriCommand", // the command module's entry; a name, not a dependency
            "serve",
            "--db",
            url,
            "--data",
            data.toString(),
            "--keys-in-data",
            "--port",
            Integer.toString(port),
            "--management-port",
            Integer.toString(freePort()))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static void awaitUp(int port) throws InterruptedException {
    var http = java.net.http.HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      try {
        var r =
            http.send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/status"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("nothing answers on port " + port);
  }

  private static int freePort() throws IOException {
    try (var s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private void print(String name, Object value) {
    BenchLines.print(out, name, value);
  }
}
