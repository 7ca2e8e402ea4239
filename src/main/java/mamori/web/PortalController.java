package mamori.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mamori.identity.Passkeys;
import mamori.portal.Resident;
import mamori.portal.ResidentLetters;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/*
 * A resident has no password. The letter's one-time code proves they hold the letter the city sent to
 * their address; the session then holds that activated resident (and nothing else) only long enough to
 * register a passkey, which becomes their only way in. Sign-in is a discoverable-credential ceremony:
 * the passkey names its owner (a resident id; staff passkeys are named staff:... and open nothing here).
 */
/** The resident portal's way in: activation with the letter's code, passkey registration, passkey sign-in, sign-out. */
@Controller
class PortalController {
  private static final String ACTIVATED = "mamori.portal.activated";
  private static final String CREATION = "mamori.portal.creation";
  private static final String REQUEST = "mamori.portal.request";
  private static final JsonMapper JSON = PasskeyParty.JSON;

  private final ResidentLetters letters;
  private final PasskeyParty party;
  private final Passkeys passkeys;
  private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  PortalController(ResidentLetters letters, PasskeyParty party, Passkeys passkeys) {
    this.letters = letters;
    this.party = party;
    this.passkeys = passkeys;
  }

  @GetMapping("/portal")
  String home(@RequestParam(required = false) @Nullable String out, Model model) {
    if (SecurityContextHolder.getContext().getAuthentication() instanceof ResidentAuthentication) {
      return "redirect:/portal/history";
    }
    model.addAttribute("signedOut", out != null);
    return "portal/home";
  }

  @GetMapping("/portal/activate")
  String activatePage(@RequestParam(defaultValue = "") String tenant, Model model) {
    model.addAttribute("tenant", tenant);
    return "portal/activate";
  }

  @PostMapping("/portal/activate")
  String activate(@RequestParam(defaultValue = "") String tenant, @RequestParam(defaultValue = "") String letter,
      @RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    ResidentLetters.Activation result = tenant.isBlank() || letter.length() > 40 || code.length() > 80
        ? new ResidentLetters.Refused() : letters.activate(tenant.strip(), letter, code);
    if (!(result instanceof ResidentLetters.Activated(Resident resident))) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      model.addAttribute("tenant", tenant);
      model.addAttribute("letter", letter.length() > 40 ? "" : letter);
      model.addAttribute("error", result instanceof ResidentLetters.Typo ? "portal.activate.typo" : "portal.activate.refused");
      return "portal/activate";
    }
    // a new letter starts over: passkeys registered before (a lost phone) stop working
    passkeys.removeAll(resident.residentId());
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    session.setAttribute(ACTIVATED, new ResidentAuthentication.Resident(resident.tenantId(), resident.residentId(),
        resident.personToken()));
    return "redirect:/portal/passkey";
  }

  @GetMapping("/portal/passkey")
  String passkeyPage(HttpServletRequest request) {
    return activated(request) == null ? "redirect:/portal" : "portal/passkey";
  }

  @PostMapping(path = "/portal/passkey/options", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> creationOptions(HttpServletRequest request) {
    ResidentAuthentication.Resident r = activated(request);
    if (r == null) {
      return error(403, "portal.not-activated", "activate with the letter's code first");
    }
    PublicKeyCredentialCreationOptions options = relyingParty().createPublicKeyCredentialCreationOptions(
        new ImmutablePublicKeyCredentialCreationOptionsRequest(
            UsernamePasswordAuthenticationToken.authenticated(r.residentId(), null, List.of())));
    request.getSession().setAttribute(CREATION, options);
    return ResponseEntity.ok(JSON.writeValueAsString(options));
  }

  @PostMapping(path = "/portal/passkey", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> register(@RequestBody String body, HttpServletRequest request, HttpServletResponse response) {
    ResidentAuthentication.Resident r = activated(request);
    HttpSession session = request.getSession(false);
    if (r == null || session == null || !(session.getAttribute(CREATION) instanceof PublicKeyCredentialCreationOptions o)) {
      return error(403, "portal.not-activated", "activate with the letter's code first");
    }
    session.removeAttribute(CREATION);
    try {
      RelyingPartyPublicKey key = JSON.readValue(body, RelyingPartyPublicKey.class);
      relyingParty().registerCredential(new ImmutableRelyingPartyRegistrationRequest(o, key));
    } catch (RuntimeException e) {
      return error(400, "portal.passkey-refused", "the passkey was not accepted");
    }
    signIn(r, request, response);
    return ResponseEntity.ok(JSON.writeValueAsString(Map.of("next", "/portal/history")));
  }

  @PostMapping(path = "/portal/signin/options", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> requestOptions(HttpServletRequest request) {
    PublicKeyCredentialRequestOptions options = relyingParty().createCredentialRequestOptions(
        new ImmutablePublicKeyCredentialRequestOptionsRequest(
            UsernamePasswordAuthenticationToken.unauthenticated("anonymous", null)));
    request.getSession(true).setAttribute(REQUEST, options);
    return ResponseEntity.ok(JSON.writeValueAsString(options));
  }

  @PostMapping(path = "/portal/signin", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> passkeySignIn(@RequestBody String body, HttpServletRequest request,
      HttpServletResponse response) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(REQUEST) instanceof PublicKeyCredentialRequestOptions o)) {
      return error(400, "portal.no-challenge", "ask for sign-in options first");
    }
    session.removeAttribute(REQUEST);
    Optional<Resident> resident;
    try {
      PublicKeyCredential<AuthenticatorAssertionResponse> credential = JSON.readValue(body,
          new TypeReference<PublicKeyCredential<AuthenticatorAssertionResponse>>() {});
      PublicKeyCredentialUserEntity user = relyingParty().authenticate(new RelyingPartyAuthenticationRequest(o, credential));
      resident = letters.resident(user.getName());
    } catch (RuntimeException e) {
      resident = Optional.empty();
    }
    if (resident.isEmpty()) {
      return error(401, "portal.signin-refused", "the passkey was not accepted");
    }
    Resident r = resident.get();
    signIn(new ResidentAuthentication.Resident(r.tenantId(), r.residentId(), r.personToken()), request, response);
    return ResponseEntity.ok(JSON.writeValueAsString(Map.of("next", "/portal/history")));
  }

  @PostMapping("/portal/signout")
  String signOut(HttpServletRequest request) {
    SecurityContextHolder.clearContext();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return "redirect:/portal?out";
  }

  private void signIn(ResidentAuthentication.Resident r, HttpServletRequest request, HttpServletResponse response) {
    HttpSession session = request.getSession();
    session.removeAttribute(ACTIVATED);
    request.changeSessionId();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(new ResidentAuthentication(r));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
  }

  /** The resident who activated a letter in this session, or who is signed in (adding another passkey). */
  private static ResidentAuthentication.@Nullable Resident activated(HttpServletRequest request) {
    if (SecurityContextHolder.getContext().getAuthentication() instanceof ResidentAuthentication a) {
      return a.getPrincipal();
    }
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(ACTIVATED) instanceof ResidentAuthentication.Resident r ? r : null;
  }

  private WebAuthnRelyingPartyOperations relyingParty() {
    return party.operations();
  }

  private static ResponseEntity<String> error(int status, String code, String message) {
    return PasskeyParty.error(status, code, message);
  }
}
