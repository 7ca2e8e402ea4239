package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Base64;
import mamori.crypto.FingerprintWords;
import mamori.crypto.PackageCrypto;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The console's recipients and packages pages: the officer registers a recipient by pasting its key
 * and sees its words, revokes it with a confirmation; staff are refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleTransferIT {
  ConsoleWorld c;

  @BeforeAll
  void start() throws Exception {
    c = new ConsoleWorld(TestStores.Kind.SQLITE);
  }

  @AfterAll
  void stop() {
    c.close();
  }

  MockHttpServletResponse send(RequestBuilder request) throws Exception {
    MockHttpServletResponse r = c.mvc.perform(request).andReturn().getResponse();
    r.setCharacterEncoding("UTF-8");
    return r;
  }

  @Test
  void theOfficer_registersAndRevokesARecipient_andListsPackages() throws Exception {
    byte[] key = PackageCrypto.newKeyPair().publicKey();
    MockHttpServletResponse added =
        send(
            post("/console/recipients")
                .with(c.as("city-security-officer"))
                .with(csrf())
                .param("id", "tax-office")
                .param("name", "税務署")
                .param("key", Base64.getEncoder().encodeToString(key)));
    assertThat(added.getStatus()).isEqualTo(200);
    assertThat(added.getContentAsString())
        .contains(FingerprintWords.of(PackageCrypto.fingerprint(key)), "tax-office");
    MockHttpServletResponse unconfirmed =
        send(
            post("/console/recipients/tax-office/revoke")
                .with(c.as("city-security-officer"))
                .with(csrf()));
    assertThat(unconfirmed.getStatus()).isEqualTo(400);
    MockHttpServletResponse revoked =
        send(
            post("/console/recipients/tax-office/revoke")
                .with(c.as("city-security-officer"))
                .with(csrf())
                .param("confirm", "yes"));
    assertThat(revoked.getStatus()).isEqualTo(302);
    MockHttpServletResponse packages =
        send(get("/console/packages").with(c.as("city-security-officer")));
    assertThat(packages.getStatus()).isEqualTo(200);
    assertThat(packages.getContentAsString()).contains("id=\"nav-packages\"");
    assertThat(send(get("/console/packages").with(c.as("city-staff"))).getStatus()).isEqualTo(403);
    assertThat(send(get("/console/recipients").with(c.as("city-staff"))).getStatus())
        .isEqualTo(403);
  }
}
