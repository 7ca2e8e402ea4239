package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import mamori.core.Network;
import mamori.core.Role;
import mamori.identity.ApiTokens;
import mamori.identity.TokenIssuer;
import mamori.identity.TokenKind;
import mamori.log.AccessRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Machine tokens against the running service: accepted only from the networks they were issued for
 * (the client as the trusted proxy names it), refused elsewhere with 403 {@code
 * network.not-allowed} and a refusal in the user's tenant's log; a person's token and the CLI's
 * session are not bound to networks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MachineTokensHttpIT {
  abstract mamori.store.TestStores.Kind kind();

  static final HttpClient HTTP = HttpClient.newHttpClient();
  GateWorld w;
  ApiTokens tokens;
  String machine;

  @BeforeAll
  void start() throws Exception {
    w =
        new GateWorld(
            java.nio.file.Files.createTempDirectory("mamori-machine"),
            kind(),
            "--mamori.web.trusted-proxies=127.0.0.1");
    w.tenant("demo-city", 2, 1);
    w.user("demo-city", "demo-city", "batch-staff", Role.STAFF);
    tokens = w.context.getBean(ApiTokens.class);
    machine =
        tokens
            .issue(
                new TokenIssuer.Console("test"),
                "batch-staff",
                TokenKind.MACHINE,
                "nightly batch",
                Duration.ofDays(1),
                List.of(Network.parse("203.0.113.0/24"), Network.parse("2001:db8::/48")))
            .secret();
  }

  @AfterAll
  void stop() {
    w.close();
  }

  HttpResponse<String> me(String secret, String forwardedFor) throws Exception {
    var b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + w.port + "/api/v1/me"))
            .header("Authorization", "Bearer " + secret);
    if (forwardedFor != null) {
      b.header("X-Forwarded-For", forwardedFor);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  List<AccessRecord> refusals() {
    var log = w.logs.forTenant("demo-city");
    return log.records(0, log.size()).stream().filter(r -> r.action().equals("token.use")).toList();
  }

  @Test
  void aMachineToken_fromOneOfItsNetworks_isAccepted() throws Exception {
    HttpResponse<String> v4 = me(machine, "203.0.113.77");
    assertThat(v4.statusCode()).as(v4.body()).isEqualTo(200);
    assertThat(v4.body()).contains("batch-staff");
    assertThat(me(machine, "2001:db8:0:1::5").statusCode()).isEqualTo(200);
  }

  @Test
  void aMachineToken_fromOutsideItsNetworks_isRefused403_andLogged() throws Exception {
    int before = refusals().size();
    HttpResponse<String> outside = me(machine, "198.51.100.7");
    assertThat(outside.statusCode()).isEqualTo(403);
    assertThat(outside.body()).contains("\"code\":\"network.not-allowed\"").doesNotContain("batch");
    HttpResponse<String> peer = me(machine, null);
    assertThat(peer.statusCode()).as("the proxy itself is outside too").isEqualTo(403);
    List<AccessRecord> logged = refusals();
    assertThat(logged).hasSize(before + 2);
    assertThat(logged.getLast().actor()).isEqualTo("batch-staff");
    assertThat(logged.getLast().decision()).isEqualTo("deny:network.not-allowed");
    assertThat(logged.getLast().caseRef()).startsWith("tok_");
  }

  @Test
  void aPersonsToken_isNotBoundToNetworks_andAnUnknownTokenIs401() throws Exception {
    String operator = w.bearer("batch-staff").substring("Bearer ".length());
    assertThat(me(operator, "198.51.100.7").statusCode()).isEqualTo(200);
    HttpResponse<String> unknown = me("mamori_" + "A".repeat(43), "203.0.113.77");
    assertThat(unknown.statusCode()).isEqualTo(401);
  }

  @Test
  void aMachineToken_isNeverAcceptedWithoutAnAddress() {
    assertThat(tokens.authenticate(machine)).isEmpty();
    assertThat(tokens.authenticateCommandLine(machine)).isEmpty();
  }
}
