package mamori.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import mamori.identity.Passkeys;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The passkey relying party the pages share (staff second factor and resident sign-in), and the JSON its
 * ceremonies speak. The relying-party id and the origins come from {@code mamori.portal.rp-id} and
 * {@code mamori.portal.origins} (localhost and this server's port by default): a passkey made for one
 * installation is refused by any other origin.
 */
@Component
class PasskeyParty {
  static final JsonMapper JSON = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();

  private final Passkeys passkeys;
  private final Environment environment;
  private volatile @Nullable WebAuthnRelyingPartyOperations operations;

  PasskeyParty(Passkeys passkeys, Environment environment) {
    this.passkeys = passkeys;
    this.environment = environment;
  }

  /** The relying party, made at first use, when the server's port is known. */
  WebAuthnRelyingPartyOperations operations() {
    WebAuthnRelyingPartyOperations rp = operations;
    if (rp == null) {
      String rpId = environment.getProperty("mamori.portal.rp-id", "localhost");
      String port = environment.getProperty("local.server.port", "8080");
      Set<String> origins = new LinkedHashSet<>(Arrays.asList(environment.getProperty("mamori.portal.origins",
          "http://localhost:" + port).split(",")));
      rp = passkeys.relyingParty(rpId, "Mamori", origins);
      operations = rp;
    }
    return rp;
  }

  static ResponseEntity<String> json(Object body) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
  }

  static ResponseEntity<String> error(int status, String code, String message) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(JSON.writeValueAsString(Map.of("code", code, "message", message)));
  }
}
