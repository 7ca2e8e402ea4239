package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mamori.WebServer;
import mamori.generate.PersonGenerator;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A tenant made by the command line while the service runs on the same store: its staff work at
 * once, without a restart.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class TenantWhileServingIT {
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @Parameter TestStores.Kind kind;
  @TempDir Path temp;
  StoreLocation location;
  ConfigurableApplicationContext context;
  int port;

  @BeforeEach
  void serve() {
    location =
        kind == TestStores.Kind.SQLITE
            ? new StoreLocation.Embedded(temp.resolve("data"))
            : TestStores.fresh(kind);
    context =
        location instanceof StoreLocation.Server
            ? WebServer.start(location, 0, "--mamori.data=" + temp.resolve("data"))
            : WebServer.start(location, 0);
    port = WebServer.port(context);
  }

  @AfterEach
  void stop() {
    context.close();
    if (location instanceof StoreLocation.Server) {
      TestStores.drop(location);
    }
  }

  CliRun cli(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--data", temp.resolve("data").toString()));
    if (location instanceof StoreLocation.Server s) {
      all.addAll(List.of("--db", s.jdbcUrl()));
    }
    CliRun r = CliRun.of(all.toArray(String[]::new));
    assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isZero();
    return r;
  }

  HttpResponse<String> get(String path, String secret) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Bearer " + secret)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Gives a user a password and second factor, and signs them in through mamori login. */
  void login(String user) throws Exception {
    var credentials = context.getBean(mamori.identity.Credentials.class);
    credentials.setPassword(user, CliLogin.PASSWORD.toCharArray());
    credentials.setSecondFactor(user, CliLogin.SECRET);
    CliLogin.useSessionIn(temp);
    Path password = temp.resolve("password");
    java.nio.file.Files.writeString(password, CliLogin.PASSWORD);
    cli(
        "login",
        "--user",
        user,
        "--password-file",
        password.toString(),
        "--code",
        CliLogin.nextCode(location, user));
  }

  @Test
  void aTenantStaffedAndImportedByTheCommandLine_worksAtOnce() throws Exception {
    Path csv = temp.resolve("late-town.csv");
    PersonGenerator.writeCsv(csv, 12, 7);
    cli("tenants", "add", "--id", "late-town", "--name", "遅町");
    // the tenant's first officer (given a password here, as their enrolment would) adds its staff
    login("late-town-officer");
    cli(
        "users",
        "add",
        "--tenant",
        "late-town",
        "--organisation",
        "late-town",
        "--role",
        "staff",
        "--id",
        "late-staff",
        "--name",
        "遅町 職員");
    login("late-staff");
    cli("import", "persons", csv.toString(), "--tenant", "late-town");
    String secret = cli("tokens", "issue").out().strip();
    HttpResponse<String> listed =
        get("/api/v1/persons?purpose=resident-tax&case=c-1&limit=3", secret);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    assertThat(
            tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(listed.body())
                .path("tokens")
                .size())
        .isEqualTo(3);
  }

  @Test
  void aTenantMadeByTenantsAdd_worksAtOnce() throws Exception {
    cli("tenants", "add", "--id", "new-town", "--name", "新町");
    login("new-town-officer");
    cli(
        "users",
        "add",
        "--tenant",
        "new-town",
        "--organisation",
        "new-town",
        "--role",
        "staff",
        "--id",
        "new-staff",
        "--name",
        "新町 職員");
    login("new-staff");
    String secret = cli("tokens", "issue").out().strip();
    HttpResponse<String> listed = get("/api/v1/persons?purpose=resident-tax&case=c-1", secret);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
  }
}
