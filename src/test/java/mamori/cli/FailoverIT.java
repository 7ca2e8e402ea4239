package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.VaultSession;
import mamori.cli.LoginCommand.CliUser;
import mamori.core.OrganisationId;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.generate.PersonGenerator;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.MerkleProofs;
import mamori.log.verify.NoteVerifier;
import mamori.log.verify.VerifierKey;
import mamori.number.IndividualNumber;
import mamori.store.PatroniCluster;
import mamori.store.StoreLocation;
import mamori.store.TenantSettings;
import mamori.vault.Actor;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loss of the database server while the service works: PostgreSQL under Patroni with etcd,
 * synchronous replication, HAProxy in front of it and of two Mamori instances ({@link
 * PatroniCluster}). Clients read persons (each read under its own case number), the tenant's
 * officer registers organisations and {@code mamori import persons} runs again and again; then the
 * primary's Patroni and PostgreSQL are killed with SIGKILL. After the failover every read,
 * organisation and import the service acknowledged is there, the log verifies, the last checkpoint
 * seen before the kill and the first after are consistent, and reads resume; the seconds without
 * service and the seconds Patroni took to promote are printed.
 *
 * <p>The second Mamori instance is HAProxy's backup, so that the test measures one serving
 * instance's way through the failover (two active instances on one store are {@code
 * mamori.web.PairIT}'s: a tenant's log takes several writers). The backup instance runs its
 * background work all along (checkpoints, detection), on the same store; the log verifying at the
 * end shows it forked nothing. At the end the first instance is stopped and the backup serves
 * reads: its appender, behind the stored log by then, reads it back and appends on top.
 *
 * <p>A proof of endurance (child processes, a kill, about two minutes): run by {@code ./mamori test
 * --heavy}, CI's second step.
 */
@Tag("heavy")
class FailoverIT {
  private static final String TENANT = "failover-town";
  private static final String WHY = "purpose=resident-tax&case=";
  private static final Pattern TOKEN = Pattern.compile("\"([0-9A-Z]{4}-[0-9A-Z]{4}-[^\"]+)\"");

  @TempDir Path temp;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final AtomicBoolean running = new AtomicBoolean(true);

  /** A request's start and end (System.nanoTime) and whether the service answered 200. */
  record Outcome(long start, long end, boolean ok) {}

  /**
   * A checkpoint fetched from the proxy at {@code at} (System.nanoTime), verified and parsed once.
   */
  record Fetched(long at, Checkpoint checkpoint) {}

  @Test
  void killingThePrimary_losesNothingAcknowledged_andTheServiceResumes() throws Exception {
    int portA = freePort();
    int portB = freePort();
    Path clusterFolder = Files.createTempDirectory("mamori-failover-");
    long began = System.nanoTime();
    try (PatroniCluster cluster = PatroniCluster.start(clusterFolder, List.of(portA, portB))) {
      System.out.printf(
          "failover: etcd, three Patroni nodes and HAProxy up in %.1f s%n",
          (System.nanoTime() - began) / 1e9);
      run(cluster, portA, portB);
    } finally {
      deleteTree(clusterFolder);
    }
  }

  private void run(PatroniCluster cluster, int portA, int portB) throws Exception {
    long began = System.nanoTime();
    currentUrl = cluster.jdbcUrl();
    // the configuration as written, for docs/operations.md
    Path written = Path.of("target", "failover");
    Files.createDirectories(written);
    for (String f : List.of("etcd.sh", "haproxy.cfg", "node1/patroni.yml")) {
      Files.copy(
          cluster.root().resolve(f),
          written.resolve(f.replace('/', '-')),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    StoreLocation location = new StoreLocation.Server(currentUrl);
    Path home = temp.resolve("home");
    Files.createDirectories(home);
    // the officer's token registers organisations; the staff member's reads and imports
    CliLogin.officer(location, home, temp, TENANT);
    String officer = issueToken();
    CliLogin.staff(location, home, temp, TENANT);
    String staff = issueToken();
    try (VaultSession s = VaultSession.open(location, home.resolve("keys"))) {
      TenantSettings settings = new TenantSettings(s.store.dataSource());
      settings.set(new TenantId(TENANT), "staff.daily-reads", "1000000");
      settings.set(new TenantId(TENANT), "staff.alert-reads", "1000000");
    }
    Path first = temp.resolve("first.csv");
    PersonGenerator.writeCsv(first, 200, 1);
    assertThat(cli("import", "persons", first.toString(), "--tenant", TENANT).exit()).isZero();

    List<Process> mamori = new ArrayList<>();
    try {
      mamori.add(serve(home, portA, "a"));
      mamori.add(serve(home, portB, "b"));
      String api = cluster.httpUrl() + "/api/v1";
      // each instance answers on its own port first (its log says why when it does not), then
      // the proxy in front of them; the two start on cores shared with three Patroni nodes
      awaitServing("http://127.0.0.1:" + portA + "/api/v1/status", mamori.get(0), "a");
      awaitServing("http://127.0.0.1:" + portB + "/api/v1/status", mamori.get(1), "b");
      awaitOk(api + "/status", Duration.ofSeconds(60));
      System.out.printf(
          "failover: the tenant set up and two Mamori instances serving %.1f s later%n",
          (System.nanoTime() - began) / 1e9);
      List<String> persons = tokens(get(api + "/persons?" + WHY + "fo-list&limit=100", staff));
      NoteVerifier verifier =
          NoteVerifier.of(
              VerifierKey.parse(cli("log", "vkey", "--tenant", TENANT).lines().getFirst()));
      assertThat(persons).hasSizeGreaterThan(50);

      ConcurrentLinkedQueue<Outcome> reads = new ConcurrentLinkedQueue<>();
      Set<String> readCases = Collections.synchronizedSet(new HashSet<>());
      Set<String> orgs = Collections.synchronizedSet(new HashSet<>());
      List<String> refusals = Collections.synchronizedList(new ArrayList<>());
      List<Path> imported = Collections.synchronizedList(new ArrayList<>());
      List<Fetched> checkpoints = Collections.synchronizedList(new ArrayList<>());
      List<String> unverified = Collections.synchronizedList(new ArrayList<>());
      AtomicLong counter = new AtomicLong();
      List<Thread> clients = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        int reader = r;
        clients.add(
            Thread.ofPlatform()
                .name("reader-" + r)
                .start(() ->
                    loop(
                        60,
                        () -> {
                          String c = "fo-r" + reader + "-" + counter.incrementAndGet();
                          String person = persons.get((int) (counter.get() % persons.size()));
                          long start = System.nanoTime();
                          int status =
                              status(api + "/persons/" + person + "?" + WHY + c, staff, null);
                          reads.add(new Outcome(start, System.nanoTime(), status == 200));
                          if (status == 200) {
                            readCases.add(c);
                          }
                        })));
      }
      clients.add(
          Thread.ofPlatform()
              .name("officer")
              .start(() ->
                  loop(
                      400,
                      () -> {
                        String id = "fo-org-" + counter.incrementAndGet();
                        String body =
                            """
                            {"id":"%s","name":"%s株式会社","kind":"contractor","corporateNumber":"7123456789012","address":"東京都千代田区","country":"JP"}\
                            """
                                .formatted(id, id);
                        var r = send(api + "/organisations", officer, body);
                        if (r != null && r.statusCode() == 200) {
                          orgs.add(id);
                        } else if (r != null && r.statusCode() < 500) {
                          refusals.add(r.statusCode() + " " + r.body());
                        }
                      })));
      clients.add(
          Thread.ofPlatform()
              .name("checkpoints")
              .start(() ->
                  loop(
                      250,
                      () -> {
                        var r =
                            send(
                                cluster.httpUrl() + "/log/" + TENANT + "/checkpoint",
                                null,
                                null,
                                Duration.ofSeconds(5));
                        if (r != null && r.statusCode() == 200) {
                          long at = System.nanoTime();
                          try {
                            checkpoints.add(
                                new Fetched(at, Checkpoint.parse(verifier.open(r.body()).text())));
                          } catch (mamori.log.verify.NoteException e) {
                            unverified.add(r.body());
                          }
                        }
                      })));
      Thread importer =
          Thread.ofPlatform()
              .name("importer")
              .start(() -> {
                for (int n = 2; running.get(); n++) {
                  try {
                    Path csv = temp.resolve("import-" + n + ".csv");
                    PersonGenerator.writeCsv(csv, 20, n);
                    if (importChild(home, csv) == 0) {
                      imported.add(csv);
                    }
                  } catch (Exception e) {
                    // an import that fails is not acknowledged; the next one is tried
                  }
                }
              });

      Thread.sleep(8_000); // the service at work before the loss, and an import done
      for (int i = 0; i < 600 && imported.isEmpty(); i++) {
        Thread.sleep(100);
      }
      assertThat(imported).as("an import acknowledged before the kill").isNotEmpty();
      assertThat(readCases).as("reads before the kill").isNotEmpty();
      assertThat(orgs).as("organisations registered before the kill: %s", refusals).isNotEmpty();
      PatroniCluster.Node old = cluster.primary().orElseThrow();
      long killedAt = System.nanoTime();
      cluster.kill(old);
      PatroniCluster.Node promoted =
          cluster
              .awaitPrimary(Duration.ofSeconds(90))
              .orElseThrow(() -> new AssertionError("no new primary: " + cluster.logs()));
      long promotedAt = System.nanoTime();
      assertThat(promoted).isNotEqualTo(old);
      long routedAt = awaitWritablePrimary(cluster.jdbcUrl());
      long committedAt = awaitCommit(cluster.jdbcUrl());

      // reads resume: wait until they have answered for 5 s in a row after the kill, and the log
      // has published a checkpoint larger than the last one before it (the checkpoint client may
      // have been waiting on a request the kill cut when the reads came back)
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(100);
      while (System.nanoTime() < deadline
          && !(resumedFor(reads, killedAt, 5)
              && beforeAndAfter(checkpoints, killedAt, promotedAt).after() != null)) {
        Thread.sleep(200);
      }
      running.set(false);
      for (Thread t : clients) {
        t.join(60_000);
      }
      importer.join(120_000);

      List<Outcome> all = new ArrayList<>(reads);
      Outcome firstFailure =
          all.stream().filter(o -> !o.ok() && o.end() >= killedAt).findFirst().orElse(null);
      Outcome firstBack =
          all.stream()
              .filter(o -> o.ok() && o.start() > killedAt)
              .filter(o -> firstFailure == null || o.start() > firstFailure.start())
              .findFirst()
              .orElseThrow(() -> new AssertionError("reads never resumed: " + cluster.logs()));
      double without = firstFailure == null ? 0 : (firstBack.end() - firstFailure.start()) / 1e9;
      long failed = all.stream().filter(o -> !o.ok()).count();
      System.out.printf(
          "failover: Patroni promoted %s %.1f s after %s was killed, HAProxy routed to it at %.1f s,"
              + " its first commit (confirmed by the new synchronous standby) at %.1f s; reads failed from %.1f s to %.1f s after the kill: %.1f s without service (%d of"
              + " %d reads failed)%n",
          promoted.name(),
          (promotedAt - killedAt) / 1e9,
          old.name(),
          (routedAt - killedAt) / 1e9,
          (committedAt - killedAt) / 1e9,
          firstFailure == null ? 0 : (firstFailure.start() - killedAt) / 1e9,
          (firstBack.end() - killedAt) / 1e9,
          without,
          failed,
          all.size());

      // every acknowledged act is in the log
      Set<String> logged = new HashSet<>();
      for (String line : logEntries()) {
        String[] f = line.split(" ");
        if (f.length > 5) {
          logged.add(f[2] + " " + f[5]);
        }
      }
      long readsFound =
          readCases.stream().filter(c -> logged.contains("read resident-tax/" + c)).count();
      long orgsFound =
          orgs.stream()
              .filter(o ->
                  logged.stream()
                      .anyMatch(l -> l.startsWith("organisation.add ") && l.endsWith("/" + o)))
              .count();
      String listed = get(api + "/organisations", officer);
      long orgsListed = orgs.stream().filter(o -> listed.contains("\"" + o + "\"")).count();
      long personsAcknowledged = 0;
      long personsFound = 0;
      try (VaultSession s = VaultSession.open(location, home.resolve("keys"))) {
        Actor clerk =
            new Actor(
                new UserId("clerk"),
                new OrganisationId(TENANT),
                List.of(),
                new Why("audit", "failover-check"));
        for (Path csv : imported) {
          List<String> lines = Files.readAllLines(csv);
          for (String row : lines.subList(1, lines.size())) {
            personsAcknowledged++;
            if (s.vault
                .findByNumber(TENANT, IndividualNumber.parse(row.split(",")[0]), clerk)
                .isPresent()) {
              personsFound++;
            }
          }
        }
      }
      System.out.printf(
          "failover: acknowledged and found: %d of %d reads in the log, %d of %d organisations"
              + " (%d listed), %d of %d imported persons (%d imports)%n",
          readsFound,
          readCases.size(),
          orgsFound,
          orgs.size(),
          orgsListed,
          personsFound,
          personsAcknowledged,
          imported.size());
      assertThat(readsFound).isEqualTo(readCases.size());
      assertThat(orgsFound).isEqualTo(orgs.size());
      assertThat(orgsListed).isEqualTo(orgs.size());
      assertThat(personsFound).isEqualTo(personsAcknowledged);
      assertThat(imported).as("imports acknowledged").isNotEmpty();

      // the log verifies, and the checkpoints before and after the kill are consistent
      CliRun verify = cli("log", "verify", "--tenant", TENANT, "--no-kept");
      System.out.print("failover: " + verify.out());
      assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
      assertThat(unverified).as("published checkpoints that do not verify").isEmpty();
      BeforeAndAfter pair = beforeAndAfter(checkpoints, killedAt, promotedAt);
      assertThat(pair.before()).as("a checkpoint before the kill").isNotNull();
      assertThat(pair.after())
          .as(
              "a larger checkpoint after the failover; sizes seen (s after the kill): %s",
              seen(checkpoints, killedAt))
          .isNotNull();
      Checkpoint c1 = pair.before();
      Checkpoint c2 = pair.after();
      CliRun prove =
          cli(
              "log",
              "prove",
              "--tenant",
              TENANT,
              "--from",
              Long.toString(c1.size()),
              "--to",
              Long.toString(c2.size()));
      assertThat(prove.exit()).as(prove.err()).isZero();
      MerkleProofs.verifyConsistency(
          c1.size(), c2.size(), c1.root(), c2.root(), proof(prove.out()));
      System.out.printf(
          "failover: checkpoint %d (last before the kill) is consistent with %d (first after)%n",
          c1.size(), c2.size());

      // the backup instance takes over when the first one stops, and appends on top of the log
      mamori.getFirst().destroy();
      assertThat(mamori.getFirst().waitFor(60, TimeUnit.SECONDS)).isTrue();
      long stopped = System.nanoTime();
      String c = "fo-backup";
      int status = -1;
      while (System.nanoTime() - stopped < TimeUnit.SECONDS.toNanos(30)
          && (status = status(api + "/persons/" + persons.getFirst() + "?" + WHY + c, staff, null))
              != 200) {
        Thread.sleep(200);
      }
      assertThat(status).as("a read through the backup instance").isEqualTo(200);
      System.out.printf(
          "failover: the backup instance answered %.1f s after the first one stopped%n",
          (System.nanoTime() - stopped) / 1e9);
      assertThat(logEntries()).anyMatch(l -> l.contains(" resident-tax/" + c + " "));
      CliRun again = cli("log", "verify", "--tenant", TENANT, "--no-kept");
      assertThat(again.exit()).as(again.out() + again.err()).isZero();
    } finally {
      running.set(false);
      for (Process p : mamori) {
        p.destroy();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      }
    }
  }

  /**
   * Waits until a transaction commits through HAProxy: in strict synchronous mode, once the new
   * primary has a synchronous standby again.
   */
  private static long awaitCommit(String url) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      try (var c =
              java.sql.DriverManager.getConnection(url + "&connectTimeout=1&socketTimeout=30");
          var st = c.createStatement();
          var rs = st.executeQuery("SELECT txid_current()")) {
        if (rs.next()) {
          return System.nanoTime();
        }
      } catch (java.sql.SQLException e) {
        // not yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no commit through HAProxy");
  }

  /** Waits until a connection through HAProxy reaches a primary that is not in recovery. */
  private static long awaitWritablePrimary(String url) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      try (var c = java.sql.DriverManager.getConnection(url + "&connectTimeout=1&socketTimeout=2");
          var st = c.createStatement();
          var rs = st.executeQuery("SELECT pg_is_in_recovery()")) {
        if (rs.next() && !rs.getBoolean(1)) {
          return System.nanoTime();
        }
      } catch (java.sql.SQLException e) {
        // not yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("HAProxy never routed to a primary");
  }

  /** The last checkpoint fetched before the kill, and the first larger one after the promotion. */
  record BeforeAndAfter(@Nullable Checkpoint before, @Nullable Checkpoint after) {}

  private static BeforeAndAfter beforeAndAfter(
      List<Fetched> checkpoints, long killedAt, long promotedAt) {
    Checkpoint before = null;
    synchronized (checkpoints) {
      for (Fetched f : checkpoints) {
        if (f.at() < killedAt) {
          before = f.checkpoint();
        } else if (before != null && f.at() > promotedAt && f.checkpoint().size() > before.size()) {
          return new BeforeAndAfter(before, f.checkpoint());
        }
      }
    }
    return new BeforeAndAfter(before, null);
  }

  /** The sizes of the checkpoints fetched, each with the seconds from the kill, for a failure. */
  private static String seen(List<Fetched> checkpoints, long killedAt) {
    StringBuilder b = new StringBuilder();
    synchronized (checkpoints) {
      for (Fetched f : checkpoints) {
        b.append(f.checkpoint().size()).append(String.format("@%.1f ", (f.at() - killedAt) / 1e9));
      }
    }
    return b.toString();
  }

  /**
   * Whether reads started after {@code since} have all succeeded for the last {@code s} seconds.
   */
  private static boolean resumedFor(ConcurrentLinkedQueue<Outcome> reads, long since, int s) {
    List<Outcome> after = reads.stream().filter(o -> o.start() > since).toList();
    if (after.isEmpty()) {
      return false;
    }
    long lastFailure =
        after.stream().filter(o -> !o.ok()).mapToLong(Outcome::end).max().orElse(since);
    boolean failedOnce = after.stream().anyMatch(o -> !o.ok());
    return failedOnce
        ? System.nanoTime() - lastFailure > TimeUnit.SECONDS.toNanos(s)
            && after.stream().anyMatch(o -> o.ok() && o.start() > lastFailure)
        : System.nanoTime() - since > TimeUnit.SECONDS.toNanos(s + 30L);
  }

  private void loop(long pauseMs, ThrowingRunnable step) {
    while (running.get()) {
      try {
        step.run();
        Thread.sleep(pauseMs);
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        // a failed request is counted by the step; the client goes on, as a real one would
      }
    }
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  private int status(String url, String token, String body) {
    var r = send(url, token, body);
    return r == null ? -1 : r.statusCode();
  }

  private String get(String url, String token) {
    var r = send(url, token, null);
    assertThat(r).isNotNull();
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  private HttpResponse<String> send(String url, String token, String body) {
    return send(url, token, body, Duration.ofSeconds(45));
  }

  private HttpResponse<String> send(String url, String token, String body, Duration timeout) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (Exception e) {
      return null;
    }
  }

  /**
   * Waits up to four minutes for the instance {@code name} to answer {@code url}; when it stops or
   * does not answer, the assertion carries the end of its own log, which the temporary folder would
   * otherwise take with it.
   */
  private void awaitServing(String url, Process instance, String name) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (quickStatus(url) != 200) {
      if (!instance.isAlive() || System.nanoTime() > deadline) {
        Path log = temp.resolve("mamori-" + name + ".log");
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        String tail =
            String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        throw new AssertionError(
            "instance "
                + name
                + (instance.isAlive() ? " did not answer " + url + " in 4 minutes" : " stopped")
                + "; the end of its log:\n"
                + tail);
      }
      Thread.sleep(250);
    }
  }

  /** The status of a plain GET that may take at most five seconds, or -1. */
  private int quickStatus(String url) {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    } catch (Exception e) {
      return -1;
    }
  }

  private void awaitOk(String url, Duration d) throws InterruptedException {
    long deadline = System.nanoTime() + d.toNanos();
    while (status(url, null, null) != 200) {
      assertThat(System.nanoTime()).as("%s answers", url).isLessThan(deadline);
      Thread.sleep(250);
    }
  }

  private static List<String> tokens(String body) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(body);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static List<byte[]> proof(String json) {
    Matcher m = Pattern.compile("\"proof\":\\[([^\\]]*)\\]").matcher(json);
    assertThat(m.find()).as(json).isTrue();
    List<byte[]> out = new ArrayList<>();
    for (String h : m.group(1).split(",")) {
      if (!h.isBlank()) {
        out.add(Base64.getDecoder().decode(h.strip().replace("\"", "")));
      }
    }
    return out;
  }

  /** Every line of {@code mamori log entries} of the tenant, oldest first. */
  private List<String> logEntries() {
    List<String> all = new ArrayList<>();
    for (long from = 0; ; from += 10_000) {
      CliRun r =
          cli(
              "log",
              "entries",
              "--tenant",
              TENANT,
              "--from",
              Long.toString(from),
              "--limit",
              "10000");
      assertThat(r.exit()).as(r.err()).isZero();
      all.addAll(r.lines());
      if (r.lines().size() < 10_000) {
        return all;
      }
    }
  }

  private String issueToken() {
    CliRun r = cli("tokens", "issue", "--label", "failover");
    assertThat(r.exit()).as(r.err()).isZero();
    return r.lines().getFirst().strip();
  }

  private CliRun cli(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--db", currentUrl, "--data", temp.resolve("home").toString()));
    return CliRun.of(all.toArray(String[]::new));
  }

  private String currentUrl = "";

  private Process serve(Path home, int port, String name) throws Exception {
    return java(
        List.of(
            "serve",
            "--db",
            currentUrl,
            "--data",
            home.toString(),
            "--keys-in-data",
            "--port",
            Integer.toString(port),
            // two instances on one host: each its own management port (the default 8081 would
            // let only the first start)
            "--management-port",
            "0"),
        temp.resolve("mamori-" + name + ".log"));
  }

  private int importChild(Path home, Path csv) throws Exception {
    Process p =
        java(
            List.of(
                "import",
                "persons",
                csv.toString(),
                "--tenant",
                TENANT,
                "--db",
                currentUrl,
                "--data",
                home.toString()),
            temp.resolve(csv.getFileName() + ".log"));
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      return -1;
    }
    return p.exitValue();
  }

  private Process java(List<String> args, Path log) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-XX:TieredStopAtLevel=1",
                "-Xmx384m",
                "-D" + CliUser.SETTING + "=" + temp.resolve("session"),
                "-cp",
                System.getProperty("java.class.path"),
                MamoriCommand.class.getName()));
    command.addAll(args);
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static int freePort() throws Exception {
    try (var s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void deleteTree(Path root) throws Exception {
    if (!Files.exists(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
