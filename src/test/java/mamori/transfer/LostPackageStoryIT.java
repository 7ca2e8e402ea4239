package mamori.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import mamori.VaultSession;
import mamori.WebServer;
import mamori.cli.MamoriCommand;
import mamori.core.Role;
import mamori.crypto.PackageCrypto;
import mamori.identity.Credentials;
import mamori.identity.SecurityAlerts;
import mamori.identity.Users;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.portal.Resident;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import mamori.web.ResidentSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Amagasaki story of issue 17, end to end and for real: no half plays the other. The SENDER is
 * a running Mamori (its release endpoints on 127.0.0.1) whose town holds a few thousand generated
 * persons; the RECIPIENT is a second Mamori (another data folder, its own tenant) working at the
 * command line. The town's staff packages the whole town; the contractor "loses the bag" (the file
 * is copied elsewhere); the officer reports it lost; the copy then opens nowhere, imports nothing,
 * and both logs and the sender's record show it: created, never released, release share destroyed
 * at T. Then a second package is released and opened through the real endpoints, its replay is
 * refused, and a third one, released by the same server, is decrypted by the format's independent
 * Python decoder to the same rows; the resident's portal history names the recipient. The sender's
 * store is SQLite, then PostgreSQL (the recipient's is embedded). Every command's output is written
 * to target/lost-package-story.txt (lost-package-story-postgresql.txt) for the docs to quote: no
 * person data, no twelve digits in a row, none of the town's My Numbers.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class LostPackageStoryIT {
  static final String TOWN = "town";
  static final String OFFICE = "benefits-office";
  static final int PERSONS = 2_000;
  static final String PASSWORD = "a long enough passphrase";
  static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
  static final String FIELDS =
      "my_number,family_name,given_name,family_name_kana,given_name_kana,birth_date,sex,"
          + "postal_code,address";
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Where the story is written: the SQLite run's for the docs, the PostgreSQL run's beside it. */
  Path story() {
    return Path.of(
        kind == TestStores.Kind.SQLITE
            ? "target/lost-package-story.txt"
            : "target/lost-package-story-postgresql.txt");
  }

  /** The sender's store; the recipient's is always an embedded one of its own. */
  @Parameter TestStores.Kind kind;

  @TempDir Path temp;
  Path townData, officeData;
  StoreLocation town, office;
  ConfigurableApplicationContext server;
  String url;
  final StringBuilder story = new StringBuilder();
  final Map<String, Path> sessions = new LinkedHashMap<>();

  @BeforeEach
  void start() throws Exception {
    townData = temp.resolve("town-data");
    officeData = temp.resolve("office-data");
    town =
        kind == TestStores.Kind.SQLITE
            ? new StoreLocation.Embedded(townData)
            : TestStores.fresh(kind);
    office = new StoreLocation.Embedded(officeData);
    // the users exist (with a password and an authenticator) before the service starts
    user(town, townData, TOWN, Role.SECURITY_OFFICER, "town-officer");
    user(town, townData, TOWN, Role.STAFF, "town-staff");
    user(office, officeData, OFFICE, Role.SECURITY_OFFICER, "office-officer");
    user(office, officeData, OFFICE, Role.STAFF, "office-staff");
    server =
        town instanceof StoreLocation.Server
            ? WebServer.start(town, 0, "--mamori.data=" + townData)
            : WebServer.start(town, 0);
    url = "http://127.0.0.1:" + WebServer.port(server);
  }

  @AfterEach
  void stop() throws Exception {
    System.clearProperty("mamori.session");
    if (server != null) {
      server.close();
    }
    if (town instanceof StoreLocation.Server) {
      TestStores.drop(town);
    }
    Files.createDirectories(story().getParent());
    Files.writeString(story(), story.toString(), StandardCharsets.UTF_8);
  }

  @Test
  void aLostPackageOpensNowhere_theRecordShowsIt_andAReleasedOneOpensForReal() throws Exception {
    long began = System.nanoTime();
    // --- the sender: a town of generated persons, its release address, its recipient -----------
    Path csv = temp.resolve("town.csv");
    as("town-staff");
    run(
        "generate persons: the town's residents (made up)",
        "generate",
        "persons",
        "--count",
        String.valueOf(PERSONS),
        "--seed",
        "17",
        "--out",
        csv.toString());
    sender("import persons", "import", "persons", csv.toString(), "--tenant", TOWN);
    Files.delete(csv);

    as("office-officer");
    Path officePub = temp.resolve("benefits-office.pub");
    CliRun keys =
        recipient(
            "the recipient makes its key pair (the private half stays in its Mamori)",
            "package",
            "keys",
            "create",
            "--public-out",
            officePub.toString());
    String officeKey = value(keys, "public_key");

    as("town-officer");
    sender(
        "the town's release address",
        "settings",
        "set",
        "--tenant",
        TOWN,
        "transfer.release-url",
        url);
    sender(
        "the staff's daily reads, raised for moving the whole register (a package counts as reads)",
        "settings",
        "set",
        "--tenant",
        TOWN,
        "staff.daily-reads",
        "10000");
    sender(
        "the town registers the recipient's key (words read back over the telephone)",
        "recipients",
        "add",
        OFFICE,
        "--name",
        "Benefits office",
        "--key",
        officePub.toString());
    CliRun signing = sender("the town's package signing key", "package", "signing-key");
    String townKey =
        signing.out().lines().filter(l -> l.startsWith("key ")).findFirst().orElseThrow();
    townKey = townKey.substring(4).strip();

    as("office-officer");
    Path townPub = temp.resolve("town.pub");
    Files.writeString(townPub, townKey + "\n");
    recipient(
        "the recipient registers the town: its signing key and release address",
        "senders",
        "add",
        TOWN,
        "--name",
        "Town",
        "--key",
        townPub.toString(),
        "--url",
        url);

    // --- the lost bag ------------------------------------------------------------------------
    as("town-staff");
    Path bag = temp.resolve("contractor-usb/town-all.mpkg");
    Files.createDirectories(bag.getParent());
    CliRun made =
        sender(
            "the town's staff packages the whole town for the recipient",
            "package",
            "create",
            "--to",
            OFFICE,
            "--purpose",
            "resident-tax",
            "--case",
            "R8-move",
            "--all",
            "--fields",
            FIELDS,
            "--expires",
            "72h",
            "--out",
            bag.toString());
    String lostId = value(made, "package");
    assertThat(value(made, "persons").strip()).isEqualTo(String.valueOf(PERSONS));
    Path copy = temp.resolve("found-after-dinner/town-all.mpkg");
    Files.createDirectories(copy.getParent());
    Files.copy(bag, copy);
    note("the contractor loses the bag after dinner; the file is copied elsewhere");

    as("town-officer");
    CliRun lost =
        sender(
            "the officer reports the package lost",
            "package",
            "report-lost",
            lostId,
            "--reason",
            "bag lost after dinner");
    assertThat(lost.out()).contains("killed     yes");

    as("office-staff");
    long before = vaultCount(office, officeData, OFFICE);
    CliRun refused =
        recipient(2, "the recipient opens the copy: refused", "package", "open", copy.toString());
    assertThat(refused.err()).startsWith("mamori: package.lost:").contains("HTTP 410");
    assertThat(vaultCount(office, officeData, OFFICE)).as("nothing imported").isEqualTo(before);
    CliRun inspected =
        recipient("inspect the copy, without any key", "package", "inspect", copy.toString());
    assertThat(inspected.out())
        .contains("package: " + lostId, "persons: " + PERSONS, "release.state: lost");
    as("office-officer");
    List<String> officeLog = officeLog();
    assertThat(officeLog)
        .filteredOn(l -> l.contains(" package.open ") && l.contains(lostId))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("office-staff", "deny:package.lost"));

    as("town-officer");
    CliRun list = sender("the town's packages", "package", "list");
    assertThat(list.out()).contains(lostId + " lost");
    JsonNode status = status(lostId);
    note("GET /api/v1/packages/" + lostId + "/status\n" + status.toPrettyString());
    assertThat(status.path("state").asString()).isEqualTo("lost");
    assertThat(status.has("released_at")).as("never released").isFalse();
    assertThat(status.has("opened_at")).as("never opened").isFalse();
    assertThat(status.path("lost_at").asString()).isNotEmpty();
    // the sender's row: the release share is gone, and it never was released
    Map<String, Object> row =
        org.springframework.jdbc.core.simple.JdbcClient.create(
                server.getBean(mamori.store.Store.class).dataSource())
            .sql(
                "SELECT state, release_share, released_at, opened_at FROM transfer_package"
                    + " WHERE package_id = ?")
            .param(lostId)
            .query()
            .singleRow();
    assertThat(row.get("state")).isEqualTo("lost");
    assertThat(row.get("release_share")).as("the release share destroyed").isNull();
    assertThat(row.get("released_at")).isNull();
    assertThat(row.get("opened_at")).isNull();
    Map<String, Long> lostRecords = senderRecords(lostId);
    note("the town's log for package " + lostId + ": " + lostRecords);
    assertThat(lostRecords)
        .containsEntry("package allow", (long) PERSONS)
        .containsEntry("package.report-lost allow", 1L)
        .containsEntry("package.release deny:package.lost", 1L)
        .doesNotContainKey("package.release allow")
        .doesNotContainKey("package.open allow");

    // --- the happy path ----------------------------------------------------------------------
    as("town-staff");
    Path second = temp.resolve("courier/town-all-2.mpkg");
    Files.createDirectories(second.getParent());
    String openedId =
        value(
            sender(
                "a second package, carried safely",
                "package",
                "create",
                "--to",
                OFFICE,
                "--purpose",
                "resident-tax",
                "--case",
                "R8-move",
                "--all",
                "--fields",
                FIELDS,
                "--out",
                second.toString()),
            "package");
    as("office-staff");
    CliRun opened =
        recipient(
            "the recipient opens it: released by the town, imported",
            "package",
            "open",
            second.toString());
    assertThat(opened.lines()).contains("imported: " + PERSONS, "rejected: 0");
    assertThat(vaultCount(office, officeData, OFFICE)).isEqualTo(before + PERSONS);
    CliRun replay =
        recipient(2, "the same file again: refused", "package", "open", second.toString());
    assertThat(replay.err()).contains("package.already-opened");
    as("office-officer");
    assertThat(officeLog())
        .filteredOn(l -> l.contains(" package.open ") && l.contains(openedId))
        .anySatisfy(l -> assertThat(l).contains("office-staff", " allow"))
        .anySatisfy(l -> assertThat(l).contains("deny:package.already-opened"));
    assertThat(status(openedId).path("state").asString()).isEqualTo("opened");
    Map<String, Long> openedRecords = senderRecords(openedId);
    note("the town's log for package " + openedId + ": " + openedRecords);
    assertThat(openedRecords)
        .containsEntry("package allow", (long) PERSONS)
        .containsEntry("package.release allow", 1L)
        .containsEntry("package.open allow", 1L);
    as("town-officer");
    assertThat(sender("the town's packages", "package", "list").out())
        .contains(lostId + " lost", openedId + " opened");

    // --- the independent reader --------------------------------------------------------------
    PackageCrypto.KeyPair filed = PackageCrypto.newKeyPair();
    Path keyFile = temp.resolve("office-file.key");
    Files.writeString(keyFile, Base64.getEncoder().encodeToString(filed.privateKey()) + "\n");
    Files.setPosixFilePermissions(
        keyFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    sender(
        "a second key of the recipient, kept in a file outside Mamori",
        "recipients",
        "add",
        "benefits-file",
        "--name",
        "Benefits office (key file)",
        "--key",
        Base64.getEncoder().encodeToString(filed.publicKey()));
    as("town-staff");
    Path third = temp.resolve("courier/town-all-3.mpkg");
    String thirdId =
        value(
            sender(
                "a third package, for the key file",
                "package",
                "create",
                "--to",
                "benefits-file",
                "--purpose",
                "resident-tax",
                "--case",
                "R8-move",
                "--all",
                "--fields",
                FIELDS,
                "--out",
                third.toString()),
            "package");
    Path decoded = temp.resolve("decoded/content.csv");
    Files.createDirectories(decoded.getParent());
    python(third, keyFile, townKey, decoded);
    List<String> rows = Files.readAllLines(decoded, StandardCharsets.UTF_8);
    note(
        "python3 src/test/python/open_package.py town-all-3.mpkg --key office-file.key"
            + " --sender-key TOWN_KEY --release-url "
            + url
            + " --out content.csv\nheader: "
            + rows.getFirst()
            + "\nrecords: "
            + (rows.size() - 1));
    assertThat(rows.getFirst()).isEqualTo(FIELDS);
    assertThat(rows).hasSize(PERSONS + 1);
    List<String> numbers = rows.stream().skip(1).map(r -> r.substring(0, r.indexOf(','))).toList();
    Files.delete(decoded);
    assertThat(senderRecords(thirdId)).containsEntry("package.release allow", 1L);
    as("office-staff");
    CliRun byFile =
        recipient(
            "the Java open of the third package with the key file",
            "package",
            "open",
            third.toString(),
            "--key-file",
            keyFile.toString());
    assertThat(byFile.lines()).contains("imported: 0", "unchanged: " + PERSONS);

    // --- the resident portal -----------------------------------------------------------------
    String person = packagedPerson(openedId);
    String cookie = portalSession();
    ResidentSessions.signInOnServer(
        server,
        cookie.substring("MAMORI_SESSION=".length()),
        new Resident(TOWN, "r-story", person));
    HttpResponse<String> page = get("/portal/history", cookie);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("あなたの記録は事務「", "のためBenefits officeに送付されました。");
    HttpResponse<String> en = get("/portal/history?lang=en", cookie);
    List<String> sent =
        en.body()
            .lines()
            .filter(l -> l.contains("was sent to"))
            .map(l -> l.replaceAll("<[^>]*>", "").strip())
            .toList();
    note("the resident's portal history, one person of the packages:\n" + String.join("\n", sent));
    assertThat(sent)
        .as("each package of the person, the lost one too: its data left in that file")
        .hasSize(3)
        .anySatisfy(l -> assertThat(l).startsWith("Your record was sent to Benefits office for"))
        .anySatisfy(l -> assertThat(l).startsWith("Your record was sent to Benefits office (key"));

    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began);
    note("the story took " + seconds + " s, the sender on " + kind);
    // the docs quote the story: no My Number of the town's, no twelve digits in a row outside the
    // hex of a key's fingerprint or a package id (random hex, where such a run is chance)
    assertThat(story.toString().replaceAll("\\b[0-9a-f]{32,64}\\b", "<hex>"))
        .doesNotContainPattern("[0-9]{12}");
    assertThat(numbers).hasSize(PERSONS).noneMatch(n -> story.indexOf(n) >= 0);
  }

  // ---------------------------------------------------------------------------------------------

  /** One run of {@code mamori ARGS} in this JVM. */
  record CliRun(int exit, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  static CliRun cli(List<String> args) {
    CommandLine cl = MamoriCommand.newCommandLine();
    var out = new StringWriter();
    var err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args.toArray(String[]::new));
    return new CliRun(exit, out.toString(), err.toString());
  }

  CliRun run(String what, String... args) {
    return step(0, what, List.of(), args);
  }

  CliRun sender(String what, String... args) {
    return step(0, what, where(town, townData), args);
  }

  CliRun recipient(String what, String... args) {
    return recipient(0, what, args);
  }

  CliRun recipient(int exit, String what, String... args) {
    return step(exit, what, where(office, officeData), args);
  }

  CliRun step(int exit, String what, List<String> where, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(where);
    CliRun r = cli(all);
    story
        .append("# ")
        .append(what)
        .append('\n')
        .append("$ mamori ")
        .append(shown(String.join(" ", args)))
        .append('\n')
        .append(shown(r.out()));
    if (!r.err().isBlank()) {
      story.append(shown(r.err()));
    }
    story.append("(exit ").append(r.exit()).append(")\n\n");
    assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err() + r.out()).isEqualTo(exit);
    return r;
  }

  void note(String text) {
    story.append("# ").append(shown(text)).append("\n\n");
  }

  /** Text as the docs may quote it: the temporary folders by their names in the story. */
  String shown(String text) {
    return text.replace(temp.toString() + "/", "").replace(temp.toString(), ".");
  }

  static List<String> where(StoreLocation location, Path data) {
    return switch (location) {
      case StoreLocation.Embedded e -> List.of("--data", e.folder().toString());
      case StoreLocation.Server s -> List.of("--db", s.jdbcUrl(), "--data", data.toString());
    };
  }

  static String value(CliRun r, String name) {
    return r.lines().stream()
        .filter(l -> l.startsWith(name + ":"))
        .map(l -> l.substring(name.length() + 1).strip())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in: " + r.out() + r.err()));
  }

  /** Makes the user (with the test password and authenticator) in its tenant of the store. */
  void user(StoreLocation location, Path data, String tenant, Role role, String user) {
    try (VaultSession s = VaultSession.open(location, data.resolve("keys"))) {
      s.gate(tenant);
      Users users = new Users(s.store.dataSource(), Clock.systemUTC());
      if (users.find(user).isEmpty()) {
        users.add(tenant, tenant, user, "Test " + user, role);
      }
      Credentials c =
          new Credentials(
              s.store.dataSource(),
              s.keys,
              new SecurityAlerts(s.store.dataSource(), Clock.systemUTC()),
              Clock.systemUTC());
      c.setPassword(user, PASSWORD.toCharArray());
      c.setSecondFactor(user, SECRET);
    }
    sessions.put(user, temp.resolve("session-" + user));
    String code = Credentials.currentCode(SECRET, Clock.systemUTC());
    System.setProperty("mamori.session", sessions.get(user).toString());
    try {
      Path password = temp.resolve("password-" + user);
      Files.writeString(password, PASSWORD + "\n");
      List<String> args =
          new ArrayList<>(
              List.of(
                  "login", "--user", user, "--password-file", password.toString(), "--code", code));
      args.addAll(where(location, data));
      CliRun r = cli(args);
      assertThat(r.exit()).as("login of " + user + ": " + r.err()).isZero();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The commands from now on run as {@code user}, signed in at the start. */
  void as(String user) {
    System.setProperty("mamori.session", sessions.get(user).toString());
  }

  static long vaultCount(StoreLocation location, Path data, String tenant) {
    try (VaultSession s = VaultSession.open(location, data.resolve("keys"))) {
      return s.vault.count(tenant);
    }
  }

  /** The recipient's log as {@code mamori log entries} prints it (its last 10,000 records). */
  List<String> officeLog() {
    List<String> args =
        new ArrayList<>(List.of("log", "entries", "--tenant", OFFICE, "--limit", "10000"));
    args.addAll(where(office, officeData));
    CliRun r = cli(args);
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> mine =
        r.lines().stream().filter(l -> l.contains(" package.") || l.contains(" sender.")).toList();
    note("the recipient's log, its package and sender records:\n" + String.join("\n", mine));
    return r.lines();
  }

  /** The town's records of a package (its case), counted by action and decision. */
  Map<String, Long> senderRecords(String packageId) {
    TenantLog log = server.getBean(TransparencyLogs.class).forTenant(TOWN);
    Map<String, Long> counts = new TreeMap<>();
    for (long i = 0; i < log.size(); i++) {
      AccessRecord r = log.decode(log.entry(i).orElseThrow());
      if (r.caseRef().contains(packageId)) {
        counts.merge(r.action() + " " + r.decision(), 1L, Long::sum);
      }
    }
    return counts;
  }

  /** The person token of one person a package holds, from the town's log. */
  String packagedPerson(String packageId) {
    TenantLog log = server.getBean(TransparencyLogs.class).forTenant(TOWN);
    for (long i = 0; i < log.size(); i++) {
      AccessRecord r = log.decode(log.entry(i).orElseThrow());
      if (r.action().equals("package") && r.caseRef().contains(packageId)) {
        return r.personToken();
      }
    }
    throw new AssertionError("no person packaged in " + packageId);
  }

  JsonNode status(String id) throws Exception {
    HttpResponse<String> r = get("/api/v1/packages/" + id + "/status", null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  HttpResponse<String> get(String path, String cookie) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).GET();
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A fresh portal session's cookie (MAMORI_SESSION=...), not yet signed in. */
  String portalSession() throws Exception {
    HttpResponse<String> landing = get("/portal", null);
    String cookie =
        landing.headers().allValues("Set-Cookie").stream()
            .filter(h -> h.startsWith("MAMORI_SESSION="))
            .findFirst()
            .orElseThrow();
    return cookie.substring(0, cookie.indexOf(';'));
  }

  void python(Path file, Path key, String senderKey, Path out) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
                "python3",
                "src/test/python/open_package.py",
                file.toString(),
                "--key",
                key.toString(),
                "--sender-key",
                senderKey,
                "--release-url",
                url,
                "--out",
                out.toString())
            .redirectOutput(temp.resolve("python.out").toFile())
            .redirectError(temp.resolve("python.err").toFile());
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(temp.resolve("python.err"))).isZero();
  }
}
