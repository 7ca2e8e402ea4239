package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import mamori.VaultSession;
import mamori.core.Role;
import mamori.crypto.SigningKeys;
import mamori.generate.PersonGenerator;
import mamori.identity.Credentials;
import mamori.identity.SecurityAlerts;
import mamori.identity.Users;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import mamori.witness.Witness;
import mamori.witness.WitnessServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The proof of backup and restore (issue 22), on both stores: the service runs as its own process
 * and is written to through the API (reads that log, administrative acts) while {@code mamori
 * backup} takes its snapshot; more acknowledged writes follow and a witness cosigns checkpoints
 * beyond the backup; then the service is killed with SIGKILL. The last backup, restored onto a new
 * folder or schema with the keys restored from their sealed backup, is refused because the witness
 * cosigned a larger log; with {@code --accept-loss} it is restored, {@code log verify} passes, the
 * incident names the lost range, and the restored service opens persons again. A backup changed
 * after it was taken is refused by its manifest. A kill and a restore on each store take a minute
 * or two, so it is a heavy proof (docs/testing.md); {@code BackupsTest}, {@code KeyBackupTest} and
 * {@code PgToolsTest} keep the commands' behaviour in the first step.
 */
@Tag("heavy")
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class BackupRestoreIT {
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String TOWN = "bk-town";

  @Parameter TestStores.Kind kind;
  @TempDir Path temp;
  StoreLocation location;
  StoreLocation restored;
  Path keys;
  final List<AutoCloseable> closing = new ArrayList<>();
  final List<Process> children = new ArrayList<>();
  final List<StoreLocation> witnessStores = new ArrayList<>();

  @BeforeEach
  void setUp() {
    System.setProperty("mamori.home", temp.resolve("home").toString());
    keys = temp.resolve("keys");
    location =
        kind == TestStores.Kind.SQLITE
            ? new StoreLocation.Embedded(temp.resolve("data"))
            : TestStores.fresh(kind);
    restored =
        kind == TestStores.Kind.SQLITE
            ? new StoreLocation.Embedded(temp.resolve("restored"))
            : TestStores.fresh(kind);
  }

  @AfterEach
  void tearDown() throws Exception {
    for (Process p : children) {
      p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    for (AutoCloseable c : closing.reversed()) {
      c.close();
    }
    witnessStores.forEach(TestStores::drop);
    if (kind == TestStores.Kind.POSTGRESQL) {
      TestStores.drop(location);
      TestStores.drop(restored);
    }
    System.clearProperty("mamori.home");
  }

  @Test
  void killedMidWrite_restoredFromTheLastBackup_refusedThenAcceptedWithAnIncident()
      throws Exception {
    // a town, its officer and a staff member with API tokens, 12 persons
    cli(location, keys, "tenants", "add", "--id", TOWN, "--name", "控町");
    ensureUser("bk-town-officer", Role.SECURITY_OFFICER);
    ensureUser("bk-staff", Role.STAFF);
    login("bk-staff");
    Path csv = temp.resolve("persons.csv");
    PersonGenerator.writeCsv(csv, 12, 7);
    cli(location, keys, "import", "persons", csv.toString(), "--tenant", TOWN);
    String staff = cli(location, keys, "tokens", "issue").out().strip();
    login("bk-town-officer");
    String officer = cli(location, keys, "tokens", "issue").out().strip();

    // a witness of the town's log, in this process, on its own store and key
    Store witnessStore = witnessStore();
    String witness = startWitness(witnessStore);

    int port = serve(location, keys, witness);
    List<String> persons = persons(port, staff);
    assertThat(persons).hasSize(12);

    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger acknowledged = new AtomicInteger();
    List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    Thread writer =
        Thread.ofPlatform()
            .start(() -> {
              int i = 0;
              while (writing.get()) {
                try {
                  HttpResponse<String> r =
                      i % 4 == 3
                          ? post(
                              port,
                              "/api/v1/users",
                              officer,
                              "{\"organisation\":\""
                                  + TOWN
                                  + "\",\"id\":\"clerk-"
                                  + i
                                  + "\",\"name\":\"書記 "
                                  + i
                                  + "\",\"role\":\"staff\"}")
                          : get(
                              port,
                              "/api/v1/persons/"
                                  + persons.get(i % persons.size())
                                  + "?purpose=resident-tax&case=c-1",
                              staff);
                  if (r.statusCode() / 100 == 2) {
                    acknowledged.incrementAndGet();
                  } else {
                    failures.add(r.statusCode() + " " + r.body());
                  }
                  i++;
                  Thread.sleep(20);
                } catch (Exception e) {
                  if (writing.get()) {
                    failures.add(e.toString());
                  }
                  return;
                }
              }
            });
    await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.get() >= 20);

    // the backup, taken while the writer goes on
    Path backup = temp.resolve("backups").resolve("b1");
    CliRun b = cli(location, keys, "backup", "--out", backup.toString());
    assertThat(b.err()).contains("snapshot:");
    JsonNode manifest = JSON.readTree(Files.readString(backup.resolve("manifest.json")));
    long backedUp = manifest.path("tenants").path(TOWN).path("size").asLong();
    int atBackup = acknowledged.get();
    assertThat(backedUp).isPositive();
    assertThat(Files.readString(backup.resolve("manifest.json")))
        .doesNotContain("PRIVATE")
        .doesNotContain(staff)
        .doesNotContain(officer);
    // an auditor's 'log verify' keeps the checkpoint it verified (in mamori.home): the restore
    // finds that file and sets the backup against it too
    cli(location, keys, "log", "verify", "--tenant", TOWN);

    // more acknowledged writes, and the witness cosigns a log beyond the backup
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> acknowledged.get() >= atBackup + 20 && held(witnessStore) > backedUp + 10);
    writing.set(false);
    writer.join(10_000);
    long cosigned = held(witnessStore);
    assertThat(failures).isEmpty();

    // kill -9: no shutdown of any kind
    Process service = children.getLast();
    service.destroyForcibly();
    assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();

    // the keys, sealed to the officer and restored into a new folder
    Path officerKey = temp.resolve("officer.key");
    String pub =
        CliRun.of("keys", "backup-recipient", "--out", officerKey.toString())
            .lines()
            .getFirst()
            .substring("public key".length())
            .strip();
    Path sealed = temp.resolve("keys.sealed");
    assertThat(cli(location, keys, "keys", "backup", "--to", pub, "--out", sealed.toString()).out())
        .contains("root.key", "log-" + TOWN + ".ed25519.key");
    Path keys2 = temp.resolve("keys-restored");
    CliRun k =
        CliRun.of(
            "keys",
            "restore",
            "--from",
            sealed.toString(),
            "--private-key",
            officerKey.toString(),
            "--keys",
            keys2.toString());
    assertThat(k.exit()).as(k.err()).isZero();

    // a backup changed after it was taken is refused by its manifest
    Path tampered = temp.resolve("backups").resolve("tampered");
    Files.createDirectories(tampered);
    for (Path f : Files.list(backup).toList()) {
      Files.copy(f, tampered.resolve(f.getFileName()));
    }
    Path data = tampered.resolve(kind == TestStores.Kind.SQLITE ? "mamori.db" : "mamori.sql");
    byte[] bytes = Files.readAllBytes(data);
    bytes[bytes.length / 2] ^= 1;
    Files.write(data, bytes);
    CliRun t = restore(tampered, keys2, witness);
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err()).contains("does not match its manifest", "nothing restored");
    assertEmpty(restored);

    // the witness cosigned a larger log: refused, naming both sizes, nothing left in the target
    CliRun refused = restore(backup, keys2, witness);
    assertThat(refused.exit()).as(refused.err()).isEqualTo(1);
    assertThat(refused.err())
        .contains(String.format(java.util.Locale.ROOT, "has %,d entries", backedUp))
        .contains(String.format(java.util.Locale.ROOT, "holds size %,d", cosigned))
        .contains("refused: nothing restored")
        .contains(TOWN + ": the checkpoint kept by 'log verify'");
    assertEmpty(restored);

    // told that the loss is known: restored, verified, and the incident names the range
    CliRun accepted =
        restore(backup, keys2, witness, "--accept-loss", "the disk of the primary server failed");
    assertThat(accepted.exit()).as(accepted.err()).isZero();
    assertThat(accepted.err()).contains(TOWN + ": log verify ok");
    assertThat(accepted.out())
        .contains(
            String.format(
                java.util.Locale.ROOT,
                "%,d log entries missing (size %,d to %,d",
                cosigned - backedUp,
                backedUp,
                cosigned))
        .contains("incident ");
    // once without the kept checkpoint, which is of the longer log before the loss, as the
    // restore's output says
    CliRun verify = cli(restored, keys2, "log", "verify", "--tenant", TOWN, "--no-kept");
    assertThat(verify.out()).contains(TOWN + ": ok");
    try (Store s = Store.open(restored)) {
      String summary =
          s.jdbc()
              .sql("SELECT title || ' ' || summary FROM incident WHERE tenant_id = ?")
              .params(TOWN)
              .query(String.class)
              .single();
      assertThat(summary)
          .contains(String.format(java.util.Locale.ROOT, "size %,d to %,d", backedUp, cosigned))
          .contains("may be missing from the residents' views")
          .contains("the disk of the primary server failed");
    }

    // the restored store, served with the restored keys, opens persons
    int again = serve(restored, keys2, witness);
    HttpResponse<String> person =
        get(
            again,
            "/api/v1/persons/" + persons.getFirst() + "?purpose=resident-tax&case=c-1",
            staff);
    assertThat(person.statusCode()).as(person.body()).isEqualTo(200);
    assertThat(JSON.readTree(person.body()).toString()).contains("family_name");
  }

  private CliRun restore(Path from, Path keyFolder, String witness, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of("restore", "--from", from.toString(), "--witness", TOWN + "=" + witness));
    args.addAll(where(restored, keyFolder));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  private void assertEmpty(StoreLocation target) throws Exception {
    switch (target) {
      case StoreLocation.Embedded e -> assertThat(e.folder()).doesNotExist();
      case StoreLocation.Server s -> {
        String schema = s.jdbcUrl().replaceAll(".*currentSchema=([a-z0-9_]+).*", "$1");
        try (var c = java.sql.DriverManager.getConnection(TestStores.PG_URL);
            var st =
                c.prepareStatement(
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema = ?")) {
          st.setString(1, schema);
          var rs = st.executeQuery();
          rs.next();
          assertThat(rs.getLong(1)).isZero();
        }
      }
    }
  }

  private List<String> where(StoreLocation at, Path keyFolder) {
    List<String> args = new ArrayList<>(List.of("--keys", keyFolder.toString()));
    switch (at) {
      case StoreLocation.Embedded e -> args.addAll(List.of("--data", e.folder().toString()));
      case StoreLocation.Server s ->
          args.addAll(List.of("--db", s.jdbcUrl(), "--data", temp.resolve("pg-data").toString()));
    }
    return args;
  }

  private CliRun cli(StoreLocation at, Path keyFolder, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(where(at, keyFolder));
    CliRun r = CliRun.of(all.toArray(String[]::new));
    assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isZero();
    return r;
  }

  private void ensureUser(String user, Role role) {
    try (VaultSession s = VaultSession.open(location, keys)) {
      s.gate(TOWN);
      Users users = new Users(s.store.dataSource(), Clock.systemUTC());
      if (users.find(user).isEmpty()) {
        users.add(TOWN, TOWN, user, "Test " + user, role);
      }
      Credentials c =
          new Credentials(
              s.store.dataSource(),
              s.keys,
              new SecurityAlerts(s.store.dataSource(), Clock.systemUTC()),
              Clock.systemUTC());
      c.setPassword(user, CliLogin.PASSWORD.toCharArray());
      c.setSecondFactor(user, CliLogin.SECRET);
    }
  }

  private void login(String user) throws Exception {
    CliLogin.useSessionIn(temp);
    Path password = temp.resolve("password");
    Files.writeString(password, CliLogin.PASSWORD + "\n");
    cli(
        location,
        keys,
        "login",
        "--user",
        user,
        "--password-file",
        password.toString(),
        "--code",
        CliLogin.nextCode(location, user));
  }

  private Store witnessStore() {
    StoreLocation at = TestStores.fresh(TestStores.Kind.SQLITE);
    witnessStores.add(at);
    Store store = Store.open(at);
    closing.add(store);
    return store;
  }

  /** Starts the town's witness; its configuration text {@code URL|VKEY}. */
  private String startWitness(Store store) throws Exception {
    List<mamori.log.verify.VerifierKey> logKeys;
    try (Store s = Store.open(location);
        TransparencyLogs logs =
            new TransparencyLogs(
                s.dataSource(),
                SigningKeys.in(keys),
                TransparencyLogs.DEFAULT_ORIGIN_PREFIX,
                Clock.systemUTC())) {
      logKeys = logs.verifierKeys(TOWN);
    }
    Witness witness =
        Witness.create(
            store.dataSource(),
            Witness.cosigner(
                SigningKeys.in(temp.resolve("witness-keys")),
                "bk.example/witness",
                Clock.systemUTC()),
            logKeys,
            Clock.systemUTC());
    WitnessServer server = WitnessServer.start(witness, new InetSocketAddress("127.0.0.1", 0));
    closing.add(server);
    return server.submissionPrefix() + "|" + witness.verifierKey();
  }

  private static long held(Store witnessStore) {
    return witnessStore
        .jdbc()
        .sql("SELECT tree_size FROM witness_checkpoint")
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  /** Starts {@code mamori serve} as its own process; its port. */
  private int serve(StoreLocation at, Path keyFolder, String witness) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Dmamori.log.witnesses." + TOWN + "=" + witness,
                "-Dmamori.home=" + temp.resolve("home"),
                "-cp",
                System.getProperty("java.class.path"),
                MamoriCommand.class.getName(),
                "serve",
                "--port",
                "0"));
    cmd.addAll(where(at, keyFolder));
    Process p =
        new ProcessBuilder(cmd)
            .redirectError(temp.resolve("serve-" + children.size() + ".err").toFile())
            .start();
    children.add(p);
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    for (String line; (line = out.readLine()) != null; ) {
      var m =
          java.util.regex.Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)/")
              .matcher(line);
      if (m.find()) {
        Thread.ofVirtual()
            .start(() -> {
              try {
                out.transferTo(java.io.Writer.nullWriter());
              } catch (java.io.IOException ignored) {
                // the process ended
              }
            });
        return Integer.parseInt(m.group(1));
      }
    }
    throw new AssertionError(
        "serve did not start: "
            + Files.readString(temp.resolve("serve-" + (children.size() - 1) + ".err")));
  }

  private List<String> persons(int port, String token) throws Exception {
    HttpResponse<String> r =
        get(port, "/api/v1/persons?purpose=resident-tax&case=c-1&limit=50", token);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    JSON.readTree(r.body()).path("tokens").forEach(n -> out.add(n.asString()));
    return out;
  }

  private static HttpResponse<String> get(int port, String path, String token) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(int port, String path, String token, String json)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
