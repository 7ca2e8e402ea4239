package mamori.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import mamori.identity.Credentials;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A signed-in user adds a passkey as their second factor, from a session that passed both factors;
 * from then on the sign-in's second step offers it beside the authenticator code.
 */
@RestController
class AccountPasskeyController {
  private static final String CREATION = "mamori.account.passkey-creation";

  private final PasskeyParty party;

  AccountPasskeyController(PasskeyParty party) {
    this.party = party;
  }

  @PostMapping(path = "/account/passkeys/options", produces = "application/json")
  ResponseEntity<String> options(HttpServletRequest request) {
    if (!(SecurityContextHolder.getContext().getAuthentication()
        instanceof SessionAuthentication s)) {
      return PasskeyParty.error(403, "auth.two-factors", "sign in with two factors first");
    }
    return PasskeyParty.rawJson(
        party.beginRegistration(
            request.getSession(), CREATION, Credentials.passkeyOwner(s.getName())));
  }

  @PostMapping(path = "/account/passkeys", produces = "application/json")
  ResponseEntity<String> register(@RequestBody String body, HttpServletRequest request) {
    if (!(SecurityContextHolder.getContext().getAuthentication()
        instanceof SessionAuthentication)) {
      return PasskeyParty.error(403, "auth.two-factors", "sign in with two factors first");
    }
    if (!party.finishRegistration(request.getSession(false), CREATION, body)) {
      return PasskeyParty.error(
          400,
          "account.passkey-refused",
          "the passkey was not accepted (ask for the options first)");
    }
    return PasskeyParty.json(Map.of("next", "/account?passkey"));
  }
}
