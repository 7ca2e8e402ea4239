package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import mamori.core.Network;
import mamori.core.Role;
import mamori.entrustment.Organisation;
import mamori.log.AccessRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Over HTTP, the network binding of issue 14: a contractor's user works only from its
 * organisation's registered networks; a refusal is 403 network.not-registered and logged; a forged
 * X-Forwarded-For from an untrusted peer is ignored, and a trusted proxy's forwarded address is the
 * one that counts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NetworkBindingHttpIT {
  abstract mamori.store.TestStores.Kind kind();

  static final String CITY = "nb-city";
  static final List<Network> FAR = List.of(Network.parse("203.0.113.0/24"));
  static final String REFUSED = "{\"code\":\"network.not-registered\",";

  /** A service that trusts no proxy (the default). */
  GateWorld w;

  /** A service that trusts the loopback proxy: its X-Forwarded-For counts. */
  GateWorld proxied;

  @BeforeAll
  void start() throws Exception {
    w = new GateWorld(java.nio.file.Files.createTempDirectory("mamori-nb"), kind());
    proxied =
        new GateWorld(
            java.nio.file.Files.createTempDirectory("mamori-nb-proxy"),
            kind(),
            "--mamori.web.trusted-proxies=127.0.0.1,::1");
    for (GateWorld g : List.of(w, proxied)) {
      g.tenant(CITY, 2, 5);
      g.organisation("near-co", Organisation.Kind.CONTRACTOR, CITY);
      g.organisation("far-co", Organisation.Kind.CONTRACTOR, CITY, FAR);
      g.organisation("bare-co", Organisation.Kind.CONTRACTOR, CITY, List.of());
      g.user(CITY, CITY, "nb-officer", Role.SECURITY_OFFICER);
      g.user(CITY, "near-co", "near-admin", Role.ORG_ADMIN);
      g.user(CITY, "near-co", "near-op", Role.OPERATOR);
      g.user(CITY, "far-co", "far-admin", Role.ORG_ADMIN);
      g.user(CITY, "far-co", "far-op", Role.OPERATOR);
      g.user(CITY, "bare-co", "bare-admin", Role.ORG_ADMIN);
    }
  }

  @AfterAll
  void stop() {
    w.close();
    proxied.close();
  }

  static HttpResponse<String> get(GateWorld g, String path, String user, String... headers)
      throws Exception {
    return g.call("GET", path, null, g.bearer(user), headers);
  }

  @Test
  void aContractorFromARegisteredNetwork_works_andTheCitysStaffAreNotBound() throws Exception {
    assertThat(get(w, "/api/v1/entrustments", "near-admin").statusCode()).isEqualTo(200);
    assertThat(get(w, "/api/v1/purposes", "near-op").statusCode()).isEqualTo(200);
    assertThat(get(w, "/api/v1/entrustments", "nb-officer").statusCode()).isEqualTo(200);
  }

  @Test
  void aContractorFromAnUnregisteredNetwork_isRefused_andTheRefusalIsLogged() throws Exception {
    long before = w.logged(CITY).size();
    HttpResponse<String> r = get(w, "/api/v1/purposes", "far-op");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).startsWith(REFUSED).doesNotContain("127.0.0.1");
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    List<AccessRecord> log = w.logged(CITY);
    assertThat(log).hasSize((int) before + 1);
    AccessRecord last = log.getLast();
    assertThat(last.actor()).isEqualTo("far-op");
    assertThat(last.organisation()).isEqualTo("far-co");
    assertThat(last.decision()).isEqualTo("deny:network.not-registered");
    assertThat(last.caseRef()).isEqualTo("network:loopback");
    assertThat(last.personToken()).isEmpty();
    assertThat(get(w, "/api/v1/entrustments", "far-admin").statusCode()).isEqualTo(403);
  }

  @Test
  void anOrganisationWithNoNetworks_worksFromNowhere() throws Exception {
    HttpResponse<String> r = get(w, "/api/v1/organisations", "bare-admin");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).startsWith(REFUSED);
  }

  @Test
  void aForgedForwardedAddress_fromAnUntrustedPeer_isIgnored() throws Exception {
    HttpResponse<String> r = get(w, "/api/v1/purposes", "far-op", "X-Forwarded-For", "203.0.113.5");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).startsWith(REFUSED);
    assertThat(w.logged(CITY).getLast().caseRef()).isEqualTo("network:loopback");
    // and a forged address outside the networks does not stop one who is inside them
    assertThat(
            get(w, "/api/v1/purposes", "near-op", "X-Forwarded-For", "198.51.100.1").statusCode())
        .isEqualTo(200);
  }

  @Test
  void behindATrustedProxy_theForwardedAddressCounts() throws Exception {
    assertThat(
            get(proxied, "/api/v1/purposes", "far-op", "X-Forwarded-For", "203.0.113.5")
                .statusCode())
        .isEqualTo(200);
    assertThat(get(proxied, "/api/v1/purposes", "far-op").statusCode()).isEqualTo(403);
    HttpResponse<String> r =
        get(proxied, "/api/v1/purposes", "near-op", "X-Forwarded-For", "198.51.100.1");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(proxied.logged(CITY).getLast().caseRef()).isEqualTo("network:ipv4-public");
    assertThat(
            get(proxied, "/api/v1/purposes", "near-op", "X-Forwarded-For", "10.1.2.3").statusCode())
        .isEqualTo(403);
    assertThat(proxied.logged(CITY).getLast().caseRef()).isEqualTo("network:ipv4-private");
  }

  @Test
  void aNetworkTheCityRegisters_bindsFromTheNextRequest() throws Exception {
    assertThat(get(w, "/api/v1/entrustments", "far-admin").statusCode()).isEqualTo(403);
    HttpResponse<String> changed =
        w.call(
            "PATCH",
            "/api/v1/organisations/far-co",
            "{\"networks\":[\"203.0.113.0/24\",\"127.0.0.0/8\"]}",
            w.bearer("nb-officer"));
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(get(w, "/api/v1/entrustments", "far-admin").statusCode()).isEqualTo(200);
    w.call(
        "PATCH",
        "/api/v1/organisations/far-co",
        "{\"networks\":[\"203.0.113.0/24\"]}",
        w.bearer("nb-officer"));
    assertThat(get(w, "/api/v1/entrustments", "far-admin").statusCode()).isEqualTo(403);
  }
}
