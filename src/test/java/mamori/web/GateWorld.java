package mamori.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.WebServer;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.entrustment.Caller;
import mamori.entrustment.Contract;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.entrustment.PersonSet;
import mamori.entrustment.Scope;
import mamori.identity.ApiTokens;
import mamori.identity.TokenIssuer;
import mamori.identity.Users;
import mamori.log.TransparencyLogs;
import mamori.number.IndividualNumber;
import mamori.store.StoreLocation;
import mamori.vault.Actor;
import mamori.vault.PersonData;
import mamori.vault.Vault;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A running service with tenants, contractors, users and persons set up through the module APIs of
 * the same context, and an HTTP client that speaks bearer tokens to it.
 */
final class GateWorld implements AutoCloseable {
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
  private static final Pattern TOKEN = Pattern.compile("\"([A-Za-z0-9-]{10,})\"");

  final ConfigurableApplicationContext context;
  final int port;
  final Entrustments entrustments;
  final Vault vault;
  final TransparencyLogs logs;
  private final Users users;
  private final ApiTokens tokens;
  private final Map<String, String> bearer = new HashMap<>();

  private final StoreLocation location;
  private final Path data;

  /**
   * A service on a fresh store of {@code kind}; its keys (and the SQLite file) live in {@code
   * data}.
   */
  GateWorld(Path data, mamori.store.TestStores.Kind kind) {
    this(data, kind, new String[0]);
  }

  /** The same, with more {@code --name=value} settings for the service. */
  GateWorld(Path data, mamori.store.TestStores.Kind kind, String... more) {
    this(data, kind, List.of(), more);
  }

  /** The same, with more Spring sources (a test's clock, say) beside the service's own. */
  GateWorld(Path data, mamori.store.TestStores.Kind kind, List<Class<?>> sources, String... more) {
    location =
        kind == mamori.store.TestStores.Kind.SQLITE
            ? new StoreLocation.Embedded(data)
            : mamori.store.TestStores.fresh(kind);
    this.data = data;
    context =
        WebServer.start(
            location,
            0,
            sources,
            java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("--mamori.data=" + data),
                    java.util.Arrays.stream(more))
                .toArray(String[]::new));
    port = WebServer.port(context);
    entrustments = context.getBean(Entrustments.class);
    vault = context.getBean(Vault.class);
    logs = context.getBean(TransparencyLogs.class);
    users = context.getBean(Users.class);
    tokens = context.getBean(ApiTokens.class);
  }

  /** Where the service's store is: another process (a second instance) can open it too. */
  StoreLocation location() {
    return location;
  }

  void tenant(String id, int persons, long seed) {
    entrustments.registerOrganisation(Organisation.controller(id, id));
    entrustments.seedPurposes(id);
    Actor importer =
        new Actor(
            new UserId("importer"),
            new OrganisationId(id),
            List.of(),
            new Why("resident-tax", "import"));
    vault.register(id, importer, persons(persons, seed));
  }

  /** A contractor or subcontractor working from this host (loopback is its one network). */
  void organisation(String id, Organisation.Kind kind, String tenant) {
    organisation(id, kind, tenant, LOOPBACK);
  }

  /** A contractor or subcontractor working from {@code networks}. */
  void organisation(
      String id, Organisation.Kind kind, String tenant, List<mamori.core.Network> networks) {
    entrustments.registerOrganisation(
        new Organisation(
            id,
            id,
            kind,
            tenant,
            mamori.number.CorporateNumber.parse("7123456789012"),
            "東京都",
            "JP",
            networks,
            null));
  }

  static final List<mamori.core.Network> LOOPBACK =
      List.of(mamori.core.Network.parse("127.0.0.0/8"), mamori.core.Network.parse("::1"));

  /**
   * Adds a user and returns its bearer header. A user of a contractor is put on the staff list of
   * every entrustment their organisation holds (issue 14: only listed staff work through one), in
   * the store directly, as a fixture: the act itself is tested on its own.
   */
  String user(String tenant, String org, String userId, Role role) {
    users.add(tenant, org, userId, userId, role);
    if (!org.equals(tenant)) {
      listOnStaff(tenant, org, userId);
    }
    String secret =
        tokens.issue(new TokenIssuer.Console("test"), userId, "http", Duration.ofDays(1)).secret();
    bearer.put(userId, "Bearer " + secret);
    return bearer.get(userId);
  }

  /** The bearer header of a user added with {@link #user}. */
  String bearer(String userId) {
    return java.util.Objects.requireNonNull(bearer.get(userId), userId);
  }

  static Scope scope(Map<Field, Mask> fields, LocalDate from, long cap) {
    return new Scope(
        Set.of("resident-tax"),
        fields,
        PersonSet.ALL,
        from,
        TODAY.plusDays(30),
        cap,
        EnumSet.of(Action.READ));
  }

  static Map<Field, Mask> fields(Object... fieldsAndMasks) {
    Map<Field, Mask> m = new EnumMap<>(Field.class);
    for (int i = 0; i < fieldsAndMasks.length; i += 2) {
      m.put((Field) fieldsAndMasks[i], (Mask) fieldsAndMasks[i + 1]);
    }
    return m;
  }

  /** Adds {@code userId} to the staff lists of what {@code org} holds, and moves the epoch. */
  void listOnStaff(String tenant, String holder, String userId) {
    var jdbc =
        org.springframework.jdbc.core.simple.JdbcClient.create(
            context.getBean(mamori.store.Store.class).dataSource());
    jdbc.sql("UPDATE entrustment SET staff = staff || ? WHERE tenant_id = ? AND to_org = ?")
        .params("\n" + userId, tenant, holder)
        .update();
    jdbc.sql(
            "INSERT INTO entrustment_epoch (tenant_id, epoch) VALUES (?, 1)"
                + " ON CONFLICT (tenant_id) DO UPDATE SET epoch = entrustment_epoch.epoch + 1")
        .param(tenant)
        .update();
  }

  /**
   * Entrusts work to {@code to} with a complete contract whose staff list names the users {@code
   * to} has (a disabled placeholder user when it has none yet; users added later are listed by
   * {@link #user}).
   */
  Entrustment entrust(String from, String parent, String to, Scope scope) {
    return entrustments.create(
        parent,
        to,
        contractFor(to),
        scope,
        new Caller("admin-of-" + from, from, mamori.core.Role.ORG_ADMIN));
  }

  /**
   * A complete contract whose staff list names the users {@code to} has (a disabled placeholder
   * user when it has none yet).
   */
  Contract contractFor(String to) {
    String tenant = entrustments.organisation(to).orElseThrow().tenant();
    String placeholder = "staff-of-" + to;
    if (users.find(placeholder).isEmpty()) {
      users.add(tenant, to, placeholder, placeholder, Role.OPERATOR);
      users.disable(placeholder);
    }
    List<String> staff =
        users.list(tenant).stream()
            .filter(u -> u.organisationId().equals(to))
            .map(mamori.identity.User::id)
            .toList();
    return new Contract(true, true, staff, true, true, true, "", null);
  }

  HttpResponse<String> get(String path, String auth) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET(), auth);
  }

  HttpResponse<String> post(String path, String json, String auth) throws Exception {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)),
        auth);
  }

  /** Any call, with more headers as name, value pairs (e.g. a forged X-Forwarded-For). */
  HttpResponse<String> call(
      String method,
      String path,
      @org.jspecify.annotations.Nullable String json,
      String auth,
      String... headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b, auth);
  }

  /** The records of a tenant's log, oldest first. */
  List<mamori.log.AccessRecord> logged(String tenant) {
    var log = logs.forTenant(tenant);
    List<mamori.log.AccessRecord> out = new ArrayList<>();
    for (long i = 0; i < log.size(); i++) {
      out.add(mamori.log.AccessRecordCodec.decode(log.entry(i).orElseThrow()));
    }
    return out;
  }

  /** A POST of raw bytes of {@code type}. */
  HttpResponse<String> postBytes(String path, String type, byte[] body, String auth)
      throws Exception {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)),
        auth);
  }

  /**
   * A POST that declares {@code length} bytes but sends only the first KiB of them, over a plain
   * socket: the answer's status line, headers and body as text. A body the server refuses unread
   * (413) is sent this way, because a client writing megabytes to a server that has already
   * answered and closed may see the connection reset before it reads the answer.
   */
  String postDeclared(String path, String type, long length, String auth) throws Exception {
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      var out = s.getOutputStream();
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
              + type
              + "\r\nContent-Length: "
              + length
              + "\r\n"
              + (auth == null ? "" : "Authorization: " + auth + "\r\n")
              + "Connection: close\r\n\r\n";
      out.write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      out.write(new byte[(int) Math.min(1024, length)]);
      out.flush();
      var in = s.getInputStream();
      var answer = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) > 0; ) {
          answer.write(buffer, 0, n);
          if (answer.toString(java.nio.charset.StandardCharsets.UTF_8).contains("\"}")) {
            break;
          }
        }
      } catch (java.net.SocketException reset) {
        // the server closed after answering; what was read is the answer
      }
      return answer.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** A GET whose answer is kept as bytes (a PDF). */
  HttpResponse<byte[]> getBytes(String path, String auth) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static HttpResponse<String> send(HttpRequest.Builder b, String auth) throws Exception {
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The tokens of a {@code GET /api/v1/persons} answer: its {@code tokens} array, not the {@code
   * next} cursor after it.
   */
  static List<String> tokens(String body) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(body.substring(body.indexOf('['), body.indexOf(']') + 1));
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  static List<PersonData> persons(int count, long seed) {
    Random rng = new Random(seed);
    List<PersonData> out = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      StringBuilder base = new StringBuilder(11);
      for (int i = 0; i < 11; i++) {
        base.append((char) ('0' + rng.nextInt(10)));
      }
      out.add(
          new PersonData(
              IndividualNumber.withCheckDigit(base),
              "佐藤",
              "花子" + n,
              "サトウ",
              "ハナコ",
              LocalDate.of(1980, 1 + n % 12, 1 + n % 28),
              "2",
              "660-0052",
              "兵庫県尼崎市七松町" + (n + 1) + "丁目",
              "H" + n,
              ""));
    }
    return out;
  }

  @Override
  public void close() {
    context.close();
    if (location instanceof StoreLocation.Server) {
      mamori.store.TestStores.drop(location);
    }
    try (var files = java.nio.file.Files.walk(data)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Runs one statement on the service's store, for a test that moves time or state by hand. */
  void sql(String statement) {
    try (java.sql.Connection c =
            context.getBean(mamori.store.Store.class).dataSource().getConnection();
        java.sql.Statement st = c.createStatement()) {
      st.executeUpdate(statement);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
