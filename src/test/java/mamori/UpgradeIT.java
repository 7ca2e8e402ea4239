package mamori;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mamori.core.TenantId;
import mamori.log.AccessRecord;
import mamori.log.LogVerifier;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.log.verify.MerkleProofs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TenantSettings;
import mamori.store.TestStores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/*
 * Design. Every folder under src/test/resources/upgrade/<release>/ holds data written by that release's
 * own code (make-fixture.sh): a SQLite file and a pg_dump of a PostgreSQL schema, each with its key
 * folder and what it promised (expected.json). For each, this test copies the data to a fresh folder or
 * restores the dump into a fresh schema, starts the CURRENT service on it with its keys apart, so that
 * the migrations after that release run, and checks the promises a city relies on after an upgrade:
 * the persons open through the API with the bearer token issued before it, with the same fields; the
 * log has the same root at the size the witnesses cosigned, verifies whole, and extends that checkpoint
 * consistently after new appends; a new access is logged before it is answered; a refusal still stands
 * (sub-co's re-entrustment stayed requested); the settings the officer changed are kept. The service's
 * clock starts an hour after the fixture was made, since its tokens and entrustments have an end.
 */
/** A store written by every earlier release, upgraded by this one: every promise still holds. */
class UpgradeIT {
  static final Path FIXTURES = Path.of("src/test/resources/upgrade");
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  /** The service's clock: the machine's time, shifted to run from where the test sets it. */
  static final ShiftedClock CLOCK = new ShiftedClock();

  /** A Spring source (not scanned) that makes the test's clock the service's. */
  static class TestClockSource {
    @Bean
    @Primary
    Clock testClock() {
      return CLOCK;
    }
  }

  /** Every release's fixture on each store it has: (release, store). */
  static Stream<Arguments> fixtures() throws IOException {
    List<Arguments> all = new ArrayList<>();
    try (Stream<Path> releases = Files.list(FIXTURES)) {
      for (Path release : releases.filter(Files::isDirectory).sorted().toList()) {
        for (String store : List.of("sqlite", "postgresql")) {
          if (Files.exists(release.resolve(store).resolve("expected.json"))) {
            all.add(Arguments.of(release.getFileName().toString(), store));
          }
        }
      }
    }
    assertThat(all)
        .as("the fixtures of 0.1.0 on both stores at least")
        .hasSizeGreaterThanOrEqualTo(2);
    return all.stream();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("fixtures")
  void dataOfAnEarlierRelease_upgradesAndKeepsEveryPromise(
      String release, String store, @TempDir Path temp) throws Exception {
    Path fixture = FIXTURES.resolve(release).resolve(store);
    JsonNode expected = JSON.readTree(fixture.resolve("expected.json").toFile());
    String tenant = expected.get("tenant").asString();
    Path keys = copyKeys(fixture.resolve("keys"), temp.resolve("keys"));
    Path data = temp.resolve("data");
    StoreLocation location =
        store.equals("sqlite") ? copySqlite(fixture, data) : restoreDump(fixture, expected);
    String releasedVersion = schemaVersion(location);
    CLOCK.set(Instant.parse(expected.get("made_at").asString()).plus(Duration.ofHours(1)));
    List<String> settings = new ArrayList<>(List.of("--mamori.keys.dir=" + keys));
    if (location instanceof StoreLocation.Server) {
      settings.add("--mamori.data=" + data);
    }
    ConfigurableApplicationContext context =
        WebServer.start(
            location, 0, List.of(TestClockSource.class), settings.toArray(String[]::new));
    try {
      int port = WebServer.port(context);
      // the migrations after the release ran
      assertThat(context.getBean(Store.class).schemaVersion())
          .isEqualTo(TestStores.latestMigration());
      assertThat(Integer.parseInt(TestStores.latestMigration()))
          .isGreaterThanOrEqualTo(Integer.parseInt(releasedVersion));

      // the log: same root at the checkpoint the witnesses cosigned, and it verifies whole
      TenantLog log = context.getBean(TransparencyLogs.class).forTenant(tenant);
      long oldSize = expected.get("log").get("size").asLong();
      byte[] oldRoot = Base64.getDecoder().decode(expected.get("log").get("root").asString());
      assertThat(log.size()).isEqualTo(oldSize);
      assertThat(log.root(oldSize)).as("the root at the old checkpoint").isEqualTo(oldRoot);

      // the persons open with the bearer token issued before the upgrade, fields unchanged
      String bearer = expected.get("bearer_token").asString();
      String purpose = expected.get("purpose").asString();
      String caseRef = "after-upgrade-" + store;
      for (JsonNode person : expected.get("persons")) {
        String token = person.get("token").asString();
        var answer =
            get(
                port,
                "/api/v1/persons/" + token + "?purpose=" + purpose + "&case=" + caseRef,
                bearer);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode revealed = JSON.readTree(answer.body());
        assertThat(revealed.get("token").asString()).isEqualTo(token);
        assertThat(revealed.get("fields")).isEqualTo(person.get("fields"));
      }
      // a refusal made before the upgrade still stands: the re-entrustment is still only requested
      var refused =
          get(
              port,
              "/api/v1/persons?purpose=" + purpose + "&case=" + caseRef + "&limit=3",
              expected.get("refused_token").asString());
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).contains("chain.not-approved");

      // the new accesses are in the log, on top of the old checkpoint, consistently
      long newSize = log.size();
      int persons = expected.get("persons").size();
      assertThat(newSize).isGreaterThanOrEqualTo(oldSize + persons + 1);
      List<AccessRecord> appended = log.records(oldSize, newSize);
      assertThat(appended)
          .filteredOn(r -> r.caseRef().equals(caseRef) && r.action().equals("read"))
          .filteredOn(r -> r.actor().equals(expected.get("user").asString()) && r.allowed())
          .hasSize(persons);
      assertThat(appended)
          .filteredOn(r -> r.caseRef().equals(caseRef) && !r.allowed())
          .extracting(AccessRecord::actor)
          .containsExactly(expected.get("refused_user").asString());
      MerkleProofs.verifyConsistency(
          oldSize, newSize, oldRoot, log.root(newSize), log.consistencyProof(oldSize, newSize));
      LogVerifier.Report report =
          LogVerifier.verify(context.getBean(TransparencyLogs.class), tenant, n -> {});
      assertThat(report.problem()).isEmpty();
      assertThat(report.entries()).isEqualTo(newSize);

      // the settings the officer changed before the upgrade are in force after it
      TenantSettings tenantSettings = new TenantSettings(context.getBean(Store.class).dataSource());
      var set = expected.get("settings");
      assertThat(set.propertyNames()).isNotEmpty();
      for (String name : set.propertyNames()) {
        assertThat(tenantSettings.get(new TenantId(tenant), name))
            .as(name)
            .contains(set.get(name).asString());
      }
    } finally {
      context.close();
      TestStores.drop(location);
    }
  }

  static HttpResponse<String> get(int port, String path, String bearer) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Bearer " + bearer)
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The fixture's key folder, owner-only as the service asks of a key folder. */
  static Path copyKeys(Path from, Path to) throws IOException {
    Files.createDirectories(
        to, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Path copy = to.resolve(f.getFileName());
        Files.copy(f, copy);
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-------"));
      }
    }
    return to;
  }

  static StoreLocation copySqlite(Path fixture, Path data) throws IOException {
    Store.ensureDataFolder(data);
    Files.copy(fixture.resolve("mamori.db"), data.resolve("mamori.db"));
    return new StoreLocation.Embedded(data);
  }

  /**
   * Restores the release's plain pg_dump into a fresh schema with psql, as an operator would: the
   * dump's schema name is replaced by the new one.
   */
  static StoreLocation restoreDump(Path fixture, JsonNode expected) throws Exception {
    String schema =
        "mamori_upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String dump =
        Files.readString(fixture.resolve("dump.sql"))
            .replace(expected.get("schema").asString(), schema);
    Path script = Files.createTempFile("mamori-upgrade-", ".sql");
    try {
      Files.writeString(script, dump);
      String libpq = TestStores.PG_URL.substring("jdbc:".length());
      Process psql =
          new ProcessBuilder(
                  "psql", "-q", "-v", "ON_ERROR_STOP=1", "-d", libpq, "-f", script.toString())
              .redirectErrorStream(true)
              .start();
      String out = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(psql.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(psql.exitValue()).as("psql restoring the dump: %s", out).isZero();
    } finally {
      Files.deleteIfExists(script);
    }
    return new StoreLocation.Server(
        TestStores.PG_URL
            + (TestStores.PG_URL.contains("?") ? "&" : "?")
            + "currentSchema="
            + schema);
  }

  /** The highest applied migration, read before the service starts. */
  static String schemaVersion(StoreLocation location) throws Exception {
    String url =
        switch (location) {
          case StoreLocation.Embedded e -> "jdbc:sqlite:" + e.database().toAbsolutePath();
          case StoreLocation.Server s -> s.jdbcUrl();
        };
    try (var c = DriverManager.getConnection(url);
        var st = c.createStatement();
        var rs =
            st.executeQuery(
                "SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success")) {
      rs.next();
      return String.valueOf(rs.getInt(1));
    }
  }

  /** The machine's time moved by a shift the test sets: time goes on, from where the test says. */
  static final class ShiftedClock extends Clock {
    private volatile Duration shift = Duration.ZERO;

    void set(Instant at) {
      shift = Duration.between(Instant.now(), at);
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(shift);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
