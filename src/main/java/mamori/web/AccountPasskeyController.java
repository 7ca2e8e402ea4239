package mamori.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import mamori.identity.Credentials;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A signed-in user adds a passkey as their second factor, from a session that passed both factors; from
 * then on the sign-in's second step offers it beside the authenticator code.
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
    if (!(SecurityContextHolder.getContext().getAuthentication() instanceof SessionAuthentication s)) {
      return PasskeyParty.error(403, "auth.two-factors", "sign in with two factors first");
    }
    PublicKeyCredentialCreationOptions options = party.operations().createPublicKeyCredentialCreationOptions(
        new ImmutablePublicKeyCredentialCreationOptionsRequest(UsernamePasswordAuthenticationToken.authenticated(
            Credentials.passkeyOwner(s.getName()), null, List.of())));
    request.getSession().setAttribute(CREATION, options);
    return PasskeyParty.json(options);
  }

  @PostMapping(path = "/account/passkeys", produces = "application/json")
  ResponseEntity<String> register(@RequestBody String body, HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (!(SecurityContextHolder.getContext().getAuthentication() instanceof SessionAuthentication) || session == null
        || !(session.getAttribute(CREATION) instanceof PublicKeyCredentialCreationOptions options)) {
      return PasskeyParty.error(403, "auth.two-factors", "ask for the options first, signed in with two factors");
    }
    session.removeAttribute(CREATION);
    try {
      RelyingPartyPublicKey key = PasskeyParty.JSON.readValue(body, RelyingPartyPublicKey.class);
      party.operations().registerCredential(new ImmutableRelyingPartyRegistrationRequest(options, key));
    } catch (RuntimeException e) {
      return PasskeyParty.error(400, "account.passkey-refused", "the passkey was not accepted");
    }
    return PasskeyParty.json(Map.of("next", "/account?passkey"));
  }
}
