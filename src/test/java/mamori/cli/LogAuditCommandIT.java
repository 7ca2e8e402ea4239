package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import mamori.WebServer;
import mamori.core.Field;
import mamori.core.Role;
import mamori.core.Why;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.identity.ApiTokens;
import mamori.identity.TokenIssuer;
import mamori.identity.Users;
import mamori.log.TenantLog;
import mamori.log.TestRecords;
import mamori.log.TransparencyLogs;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.Rfc6962;
import mamori.store.StoreLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code mamori log audit URL} against a running service: a log of 1,000 records verifies from its
 * checkpoint, tiles and entry bundles; an entry changed in the database, a tile that disagrees, and
 * an entry that is not an access record (with its tile rewritten to match) are each refused, named;
 * a token without the auditor's right is told so plainly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LogAuditCommandIT {
  abstract mamori.store.TestStores.Kind kind();

  static final String CITY = "la-city";
  static final int RECORDS = 1_000;

  ConfigurableApplicationContext context;
  TransparencyLogs logs;
  JdbcClient jdbc;
  String url;
  Path temp;
  Path auditorToken;
  Path staffToken;
  String vkey;

  @BeforeAll
  void start() throws Exception {
    temp = Files.createTempDirectory("mamori-la");
    StoreLocation location =
        kind() == mamori.store.TestStores.Kind.SQLITE
            ? new StoreLocation.Embedded(temp.resolve("data"))
            : mamori.store.TestStores.fresh(kind());
    context =
        WebServer.start(
            location, 0, "--mamori.data=" + temp.resolve("data"), "--mamori.detect.enabled=false");
    url = "http://127.0.0.1:" + WebServer.port(context);
    logs = context.getBean(TransparencyLogs.class);
    jdbc = JdbcClient.create(context.getBean(mamori.store.Store.class).dataSource());
    context.getBean(Entrustments.class).registerOrganisation(Organisation.controller(CITY, CITY));
    Users users = context.getBean(Users.class);
    ApiTokens tokens = context.getBean(ApiTokens.class);
    users.add(CITY, CITY, "la-auditor", "la-auditor", Role.AUDITOR);
    users.add(CITY, CITY, "la-staff", "la-staff", Role.STAFF);
    auditorToken = temp.resolve("auditor.token");
    Files.writeString(
        auditorToken,
        tokens
                .issue(new TokenIssuer.Console("test"), "la-auditor", "http", Duration.ofDays(1))
                .secret()
            + "\n");
    staffToken = temp.resolve("staff.token");
    Files.writeString(
        staffToken,
        tokens
            .issue(new TokenIssuer.Console("test"), "la-staff", "http", Duration.ofDays(1))
            .secret());
    TenantLog log = logs.forTenant(CITY);
    for (int i = 0; i < RECORDS; i++) {
      log.append(record("T-" + i));
    }
    checkpointEverything();
    vkey = logs.verifierKeys(CITY).getFirst().toString();
  }

  @AfterAll
  void stop() {
    context.close();
  }

  static mamori.log.AccessRecord record(String token) {
    return TestRecords.read(
        "u",
        CITY,
        List.of(),
        new Why("resident-tax", "c"),
        token,
        Set.of(Field.FAMILY_NAME),
        Instant.now());
  }

  /** Appends until a checkpoint covers the whole log (one is signed at most once a second). */
  void checkpointEverything() throws Exception {
    TenantLog log = logs.forTenant(CITY);
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      Thread.sleep(1_100);
      log.append(record("T-tick"));
      Thread.sleep(200);
      long signed =
          Checkpoint.parse(Note.parse(log.publishedCheckpoint().orElseThrow()).text()).size();
      if (signed == log.size()) {
        return;
      }
    }
    throw new AssertionError("no checkpoint covers the log");
  }

  CliRun audit(Path token, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("log", "audit", url, "--tenant", CITY, "--token-file", token.toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  byte[] entry(long seq) {
    try {
      return mamori.log.verify.EntryBundle.split(
              mamori.log.StoredBundles.read(jdbc, CITY, seq / 256))
          .get((int) (seq % 256));
    } catch (mamori.log.verify.EntryBundle.MalformedException e) {
      throw new IllegalStateException(e);
    }
  }

  void setEntry(long seq, byte[] entry) {
    mamori.log.StoredBundles.replaceEntry(jdbc, CITY, seq, entry);
  }

  byte[] tile(int level, long index) {
    return jdbc.sql(
            "SELECT hashes FROM log_tile WHERE tenant_id = ? AND tile_level = ? AND tile_index = ?")
        .params(CITY, level, index)
        .query(byte[].class)
        .single();
  }

  void setTile(int level, long index, byte[] hashes) {
    jdbc.sql(
            "UPDATE log_tile SET hashes = ? WHERE tenant_id = ? AND tile_level = ? AND tile_index"
                + " = ?")
        .params(hashes, CITY, level, index)
        .update();
  }

  @Test
  void theWholeLog_verifies_withASummary_andIsKeptWhenAsked() throws Exception {
    checkpointEverything();
    long size =
        Checkpoint.parse(
                Note.parse(logs.forTenant(CITY).publishedCheckpoint().orElseThrow()).text())
            .size();
    Path out = temp.resolve("kept");
    CliRun r = audit(auditorToken, "--log-key", vkey, "--out", out.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains(
            CITY
                + ": ok, "
                + String.format(java.util.Locale.ROOT, "%,d", size)
                + " entries verified against the checkpoint of size")
        .contains("root: ")
        .contains("first record: ")
        .containsPattern("read [0-9]+ tiles and 4 entry bundles in")
        .containsPattern("  read +[0-9,]+ +0\n");
    assertThat(out.resolve("checkpoint")).exists();
    assertThat(Files.readAllBytes(out.resolve("tile/entries/000"))).hasSizeGreaterThan(256 * 50);
    assertThat(out.resolve("tile/0/000")).hasSize(256 * 32);
    // one record for the audit session (this token's audits within the hour), not one per bundle
    long audits =
        logs.forTenant(CITY).records(0, logs.forTenant(CITY).size()).stream()
            .filter(x -> x.action().equals("log.audit") && x.allowed())
            .count();
    assertThat(audits).isEqualTo(1);
  }

  @Test
  void aCheckpointWithoutTheWitnessesCosignatures_isRefused_forTheLogKeyIsTheOperators()
      throws Exception {
    checkpointEverything();
    var pair = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    String witness =
        mamori.log.verify.NoteSigner.cosignatureV1(
                "ppc.example/witness",
                pair.getPrivate(),
                pair.getPublic(),
                java.time.Clock.systemUTC())
            .verifierKey()
            .toString();
    CliRun r = audit(auditorToken, "--log-key", vkey, "--witness", witness);
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out())
        .startsWith(CITY + ": FAILED: not enough witness cosignatures: 0 of the 1 required");
    CliRun none = audit(auditorToken, "--log-key", vkey);
    assertThat(none.exit()).as(none.out() + none.err()).isZero();
    assertThat(none.err()).contains("no witness quorum");
  }

  @Test
  void anEntryChangedInTheDatabase_isRefused_naming_itsIndex() {
    byte[] original = entry(300);
    byte[] changed = original.clone();
    changed[changed.length - 1] ^= 1; // the salt's last byte: still a well-formed record
    setEntry(300, changed);
    try {
      CliRun r = audit(auditorToken, "--log-key", vkey);
      assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
      assertThat(r.out())
          .startsWith(CITY + ": FAILED: entry 300 of tile/entries/001 has the leaf hash ")
          .contains("but tile/0/001 holds ");
    } finally {
      setEntry(300, original);
    }
  }

  @Test
  void aTileThatDisagrees_isRefused_naming_itsHash() {
    byte[] original = tile(1, 0);
    byte[] changed = original.clone();
    changed[32 + 5] ^= 1;
    setTile(1, 0, changed);
    try {
      CliRun r = audit(auditorToken, "--log-key", vkey);
      assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
      assertThat(r.out()).startsWith(CITY + ": FAILED: hash 1 of tile/1/000.p/");
    } finally {
      setTile(1, 0, original);
    }
  }

  @Test
  void anEntryThatIsNoAccessRecord_isRefused_evenWithItsTileRewrittenToMatch() {
    byte[] original = entry(5);
    byte[] tile = tile(0, 0);
    byte[] forged = "not an access record".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] changedTile = tile.clone();
    System.arraycopy(Rfc6962.leafHash(forged), 0, changedTile, 5 * 32, 32);
    setEntry(5, forged);
    setTile(0, 0, changedTile);
    try {
      CliRun r = audit(auditorToken, "--log-key", vkey);
      assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
      assertThat(r.out()).startsWith(CITY + ": FAILED: entry 5 is not an access record: ");
    } finally {
      setEntry(5, original);
      setTile(0, 0, tile);
    }
  }

  @Test
  void aTokenWithoutTheAuditorsRight_isToldPlainly() throws Exception {
    CliRun staff = audit(staffToken, "--log-key", vkey);
    assertThat(staff.exit()).isEqualTo(2);
    assertThat(staff.err())
        .contains(
            "the token's user may not read the entries of "
                + CITY
                + " (403): entry bundles are served to the tenant's auditors only");
    Path bogus = temp.resolve("bogus.token");
    Files.writeString(bogus, "mamori_bogus");
    CliRun invalid = audit(bogus, "--log-key", vkey);
    assertThat(invalid.exit()).isEqualTo(2);
    assertThat(invalid.err()).contains("the server refused the bearer token (401)");
  }

  @Test
  void aWrongPinnedKey_orNoneWhereTheServerPublishesNone_isRefused() throws Exception {
    CliRun wrong =
        audit(
            auditorToken,
            "--log-key",
            mamori.log.verify.VerifierKey.of(
                    "example.com/other",
                    mamori.log.verify.SignatureType.ED25519,
                    java.security.KeyPairGenerator.getInstance("Ed25519")
                        .generateKeyPair()
                        .getPublic())
                .toString());
    assertThat(wrong.exit()).isEqualTo(1);
    assertThat(wrong.out())
        .startsWith(CITY + ": FAILED: the checkpoint does not verify with the log key: ");
    CliRun none = audit(auditorToken);
    int published =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(url + "/log/" + CITY + "/witnesses"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding())
            .statusCode();
    if (published == 200) {
      // the server publishes its keys: trusted on first use, and said so
      assertThat(none.exit()).as(none.out() + none.err()).isZero();
      assertThat(none.out()).contains("note: the log key is the one the server itself publishes");
    } else {
      assertThat(none.exit()).isEqualTo(2);
      assertThat(none.err()).contains("the server publishes no log key at ").contains("--log-key");
    }
  }
}
