package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Role;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Organisation;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.MerkleProofs;
import mamori.log.verify.Note;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the service, both active, on one PostgreSQL schema behind HAProxy (round robin):
 * child processes started as {@code mamori serve --db URL --data DIR}, beside the in-process
 * service that set the tenant up (a third writer of the same log). Staff read persons through the
 * proxy and on each instance directly, all at once; a contractor's operator hammers a daily cap of
 * {@value #CAP} through all three addresses, and is allowed at most {@value #CAP} reads; the
 * tenant's officer revokes an entrustment through instance A and the next read on B is refused with
 * {@code chain.revoked}. Afterwards the log verifies, every acknowledged read is in it exactly
 * once, and every checkpoint either instance served is of a prefix of the final tree (its
 * consistency proof to the final size verifies), with one root per size.
 */
class PairIT {
  private static final String TENANT = "pair-town";
  private static final String WHY = "purpose=resident-tax&case=";
  private static final int CAP = 25;

  @TempDir Path temp;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void twoActiveInstances_gateReads_keepCaps_revokeAtOnce_andShareOneLog() throws Exception {
    Path data =
        Files.createDirectory(
            temp.resolve("data"),
            java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
    try (GateWorld w = new GateWorld(data, TestStores.Kind.POSTGRESQL)) {
      String url = ((StoreLocation.Server) w.location()).jdbcUrl();
      w.tenant(TENANT, 40, 7);
      w.organisation("cap-co", Organisation.Kind.CONTRACTOR, TENANT);
      w.organisation("rev-co", Organisation.Kind.CONTRACTOR, TENANT);
      var fields = GateWorld.fields(Field.FAMILY_NAME, Mask.NONE);
      w.entrust(TENANT, null, "cap-co", GateWorld.scope(fields, GateWorld.TODAY, CAP));
      Entrustment revocable =
          w.entrust(TENANT, null, "rev-co", GateWorld.scope(fields, GateWorld.TODAY, 10_000));
      String staff = w.user(TENANT, TENANT, "pair-staff", Role.STAFF);
      String officer = w.user(TENANT, TENANT, "pair-officer", Role.SECURITY_OFFICER);
      String capOp = w.user(TENANT, "cap-co", "cap-op", Role.OPERATOR);
      String revOp = w.user(TENANT, "rev-co", "rev-op", Role.OPERATOR);
      new mamori.store.TenantSettings(w.context.getBean(mamori.store.Store.class).dataSource())
          .set(new mamori.core.TenantId(TENANT), "staff.daily-reads", "1000000");

      int portA = freePort();
      int portB = freePort();
      int portProxy = freePort();
      Set<String> readCases = Collections.synchronizedSet(new HashSet<>());
      Map<String, List<String>> checkpoints = new HashMap<>();
      AtomicInteger allowed = new AtomicInteger();
      List<Process> children = new ArrayList<>();
      try {
        children.add(serve(url, data, portA, "a"));
        children.add(serve(url, data, portB, "b"));
        children.add(haproxy(portProxy, portA, portB));
        String a = "http://127.0.0.1:" + portA;
        String b = "http://127.0.0.1:" + portB;
        String proxy = "http://127.0.0.1:" + portProxy;
        awaitOk(a + "/api/v1/status", Duration.ofSeconds(150));
        awaitOk(b + "/api/v1/status", Duration.ofSeconds(150));
        awaitOk(proxy + "/api/v1/status", Duration.ofSeconds(30));
        List<String> persons =
            GateWorld.tokens(get(proxy + "/api/v1/persons?" + WHY + "list&limit=40", staff).body());
        assertThat(persons).hasSizeGreaterThan(20);
        List<String> addresses = List.of(proxy, a, b);

        // gated reads on both instances, through the proxy and directly, while both sign
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        checkpoints.put(a, Collections.synchronizedList(new ArrayList<>()));
        checkpoints.put(b, Collections.synchronizedList(new ArrayList<>()));
        AtomicLong counter = new AtomicLong();
        long readsUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(12);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
          String to = addresses.get(t % 3);
          threads.add(
              Thread.ofPlatform()
                  .start(() -> {
                    while (System.nanoTime() < readsUntil) {
                      long n = counter.incrementAndGet();
                      String c = "pair-r" + n;
                      var r =
                          send(
                              to
                                  + "/api/v1/persons/"
                                  + persons.get((int) (n % persons.size()))
                                  + "?"
                                  + WHY
                                  + c,
                              staff,
                              null);
                      if (r != null && r.statusCode() == 200) {
                        readCases.add(c);
                      } else {
                        failures.add(
                            to + " " + (r == null ? "no answer" : r.statusCode() + " " + r.body()));
                      }
                    }
                  }));
        }
        for (String instance : List.of(a, b)) {
          threads.add(
              Thread.ofPlatform()
                  .start(() -> {
                    while (System.nanoTime() < readsUntil) {
                      var r = send(instance + "/log/" + TENANT + "/checkpoint", null, null);
                      if (r != null && r.statusCode() == 200) {
                        checkpoints.get(instance).add(r.body());
                      }
                      sleep(150);
                    }
                  }));
        }
        for (Thread t : threads) {
          t.join();
        }
        System.out.printf(
            "pair: %d staff reads acknowledged in 12 s through the proxy and on each instance, %d failed%n",
            readCases.size(), failures.size());
        assertThat(failures).as("reads that failed").isEmpty();
        assertThat(readCases).hasSizeGreaterThan(30);

        // a daily cap hammered through both instances and the proxy; a contractor knows the
        // persons by its own tokens
        List<String> capPersons =
            GateWorld.tokens(
                get(proxy + "/api/v1/persons?" + WHY + "cap-list&limit=40", capOp).body());
        assertThat(capPersons).isNotEmpty();
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        Set<String> capCases = Collections.synchronizedSet(new HashSet<>());
        AtomicLong capCounter = new AtomicLong();
        threads.clear();
        for (int t = 0; t < 6; t++) {
          String to = addresses.get(t % 3);
          threads.add(
              Thread.ofPlatform()
                  .start(() -> {
                    for (int i = 0; i < 20; i++) {
                      long n = capCounter.incrementAndGet();
                      String c = "pair-cap" + n;
                      var r =
                          send(
                              to
                                  + "/api/v1/persons/"
                                  + capPersons.get((int) (n % capPersons.size()))
                                  + "?"
                                  + WHY
                                  + c,
                              capOp,
                              null);
                      if (r != null && r.statusCode() == 200) {
                        allowed.incrementAndGet();
                        capCases.add(c);
                      } else {
                        refusals.add(r == null ? "no answer" : r.statusCode() + " " + r.body());
                      }
                    }
                  }));
        }
        for (Thread t : threads) {
          t.join();
        }
        System.out.printf(
            "pair: a cap of %d hammered with 120 reads over both instances: %d allowed%n",
            CAP, allowed.get());
        assertThat(allowed.get())
            .as("reads allowed under a cap of %d", CAP)
            .isLessThanOrEqualTo(CAP);
        assertThat(allowed.get())
            .as("reads allowed before the cap; refusals: %s", refusals.stream().limit(3).toList())
            .isPositive();
        assertThat(refusals).allMatch(r -> r.startsWith("403 {\"code\":\"volume.exceeded\""));

        // a revocation through A is in force on B at once
        String token =
            GateWorld.tokens(get(b + "/api/v1/persons?" + WHY + "rev-list&limit=1", revOp).body())
                .getFirst();
        assertThat(
                send(b + "/api/v1/persons/" + token + "?" + WHY + "rev-before", revOp, null)
                    .statusCode())
            .isEqualTo(200);
        var revoked = send(a + "/api/v1/entrustments/" + revocable.id() + "/revoke", officer, "");
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        var after = send(b + "/api/v1/persons/" + token + "?" + WHY + "rev-after", revOp, null);
        System.out.println(
            "pair: B right after the revocation through A: "
                + after.statusCode()
                + " "
                + after.body());
        GateStoryHttpIT.assertRefused(after, 403, "chain.revoked");
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

      // one log: it verifies, holds each acknowledged read once, and every checkpoint served is a
      // prefix of it
      CliOut verify =
          cli(
              "log",
              "verify",
              "--tenant",
              TENANT,
              "--no-kept",
              "--db",
              url,
              "--data",
              data.toString());
      System.out.print("pair: " + verify.out());
      assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
      TenantLog log = w.logs.forTenant(TENANT);
      long size = storedSize(w);
      Map<String, Integer> times = new HashMap<>();
      for (AccessRecord r : log.records(0, size)) {
        if (r.action().equals("read") && r.decision().equals(AccessRecord.ALLOW)) {
          times.merge(r.caseRef(), 1, Integer::sum);
        }
      }
      for (String c : readCases) {
        assertThat(times.getOrDefault(c, 0)).as("acknowledged read %s in the log", c).isEqualTo(1);
      }
      long capAllowedLogged = times.keySet().stream().filter(c -> c.startsWith("pair-cap")).count();
      assertThat(capAllowedLogged).isEqualTo(allowed.get());
      byte[] finalRoot = log.root(size);
      Map<Long, byte[]> rootAt = new HashMap<>();
      int checked = 0;
      for (var served : checkpoints.entrySet()) {
        for (String note : served.getValue()) {
          Checkpoint c = Checkpoint.parse(Note.parse(note).text());
          assertThat(c.size()).isLessThanOrEqualTo(size);
          byte[] before = rootAt.putIfAbsent(c.size(), c.root());
          assertThat(before == null || java.util.Arrays.equals(before, c.root()))
              .as("one root at size %d", c.size())
              .isTrue();
          MerkleProofs.verifyConsistency(
              c.size(), size, c.root(), finalRoot, log.consistencyProof(c.size(), size));
          checked++;
        }
      }
      System.out.printf(
          "pair: %d checkpoints served by the two instances (%d sizes), each consistent with the final tree of %d%n",
          checked, rootAt.size(), size);
      for (String instance : checkpoints.keySet()) {
        assertThat(checkpoints.get(instance)).as("checkpoints served by %s", instance).isNotEmpty();
      }
      for (String name : List.of("a", "b")) {
        String out = Files.readString(temp.resolve("mamori-" + name + ".log"));
        assertThat(out).as("instance %s's output", name).doesNotContainIgnoringCase("fork");
      }
    }
  }

  /** The stored log's size, as any instance would read it. */
  private static long storedSize(GateWorld w) {
    return org.springframework.jdbc.core.simple.JdbcClient.create(
            w.context.getBean(mamori.store.Store.class).dataSource())
        .sql("SELECT tree_size FROM log_state WHERE tenant_id = ?")
        .param(TENANT)
        .query(Long.class)
        .single();
  }

  record CliOut(int exit, String out, String err) {}

  private static CliOut cli(String... args) {
    var cl = mamori.cli.MamoriCommand.newCommandLine();
    var out = new StringWriter();
    var err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new CliOut(exit, out.toString(), err.toString());
  }

  private Process serve(String url, Path data, int port, String name) throws Exception {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "--enable-native-access=ALL-UNNAMED",
            "-XX:TieredStopAtLevel=1",
            "-Xmx384m",
            "-cp",
            System.getProperty("java.class.path"),
            mamori.cli.MamoriCommand.class.getName(),
            "serve",
            "--db",
            url,
            "--data",
            data.toString(),
            "--keys-in-data",
            "--port",
            Integer.toString(port),
            "--management-port",
            Integer.toString(freePort()));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(temp.resolve("mamori-" + name + ".log").toFile())
        .start();
  }

  /** HAProxy in front of both instances, round robin, both active. */
  private Process haproxy(int port, int a, int b) throws Exception {
    Path cfg = temp.resolve("haproxy.cfg");
    Files.writeString(
        cfg,
        """
        global
          maxconn 500
        defaults
          mode http
          timeout connect 2s
          timeout client 60s
          timeout server 60s
        # both instances serve: a tenant's log takes several writers (docs/log-format.md)
        listen mamori
          bind 127.0.0.1:%d
          balance roundrobin
          option httpchk GET /livez
          http-check expect status 200
          default-server inter 1s fall 2 rise 1
          server a 127.0.0.1:%d check
          server b 127.0.0.1:%d check
        """
            .formatted(port, a, b));
    return new ProcessBuilder("haproxy", "-f", cfg.toString())
        .redirectErrorStream(true)
        .redirectOutput(temp.resolve("haproxy.log").toFile())
        .start();
  }

  private HttpResponse<String> get(String url, String auth) {
    var r = send(url, auth, null);
    assertThat(r).as(url).isNotNull();
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r;
  }

  private HttpResponse<String> send(String url, String auth, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(45));
    if (auth != null) {
      b.header("Authorization", auth);
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

  private void awaitOk(String url, Duration d) throws InterruptedException {
    long deadline = System.nanoTime() + d.toNanos();
    while (true) {
      var r = send(url, null, null);
      if (r != null && r.statusCode() == 200) {
        return;
      }
      assertThat(System.nanoTime()).as("%s answers", url).isLessThan(deadline);
      Thread.sleep(250);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws Exception {
    try (var s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
