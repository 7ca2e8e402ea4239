package mamori.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Optional;
import mamori.core.NumberText;
import mamori.identity.PasskeyCounterException;
import mamori.identity.Passkeys;
import mamori.identity.SecurityAlerts;
import mamori.portal.Resident;
import mamori.portal.ResidentLetters;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/*
 * A resident has no password. The letter's one-time code proves they hold the letter the city sent to
 * their address; the session then holds that activation (and nothing else) only long enough to
 * register a passkey, which becomes their only way in. The two complete together: the letter is used
 * up only once the passkey is registered (a passkey whose letter was used meanwhile is removed again),
 * and only then do the passkeys registered before (a lost phone) stop working. An activation whose
 * passkey is never made changes nothing: the letter still works, and so do the earlier passkeys. Sign-in is a discoverable-credential ceremony:
 * the passkey names its owner (a resident id; staff passkeys are named staff:... and open nothing here).
 */
/**
 * The resident portal's way in: activation with the letter's code, passkey registration, passkey
 * sign-in, sign-out.
 */
@Controller
class PortalController {
  private static final String ACTIVATED = "mamori.portal.activated";
  private static final String CREATION = "mamori.portal.creation";
  private static final String REQUEST = "mamori.portal.request";

  private final ResidentLetters letters;
  private final PasskeyParty party;
  private final Passkeys passkeys;
  private final SecurityAlerts alerts;

  PortalController(
      ResidentLetters letters, PasskeyParty party, Passkeys passkeys, SecurityAlerts alerts) {
    this.letters = letters;
    this.party = party;
    this.passkeys = passkeys;
    this.alerts = alerts;
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
  String activate(
      @RequestParam(defaultValue = "") String tenant,
      @RequestParam(defaultValue = "") String letter,
      @RequestParam(defaultValue = "") String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    if (NumberText.holdsNumber(letter)) {
      // a resident who typed their My Number instead of the letter number (ten digits) never gets
      // it back in the page; it is no try at the letter either (the code is never echoed)
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("tenant", tenant);
      model.addAttribute("letter", "");
      model.addAttribute("error", "portal.activate.number");
      return "portal/activate";
    }
    ResidentLetters.Activation result =
        tenant.isBlank() || letter.length() > 40 || code.length() > 80
            ? new ResidentLetters.Refused()
            : letters.activate(tenant.strip(), letter, code);
    if (!(result instanceof ResidentLetters.Activated activated)) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      model.addAttribute("tenant", tenant);
      model.addAttribute("letter", letter.length() > 40 ? "" : letter);
      model.addAttribute(
          "error",
          result instanceof ResidentLetters.Typo
              ? "portal.activate.typo"
              : "portal.activate.refused");
      return "portal/activate";
    }
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    session.setAttribute(ACTIVATED, activated);
    return "redirect:/portal/passkey";
  }

  @GetMapping("/portal/passkey")
  String passkeyPage(HttpServletRequest request) {
    return activated(request) == null ? "redirect:/portal" : "portal/passkey";
  }

  @PostMapping(path = "/portal/passkey/options", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> creationOptions(HttpServletRequest request) {
    Resident r = activated(request);
    if (r == null) {
      return PasskeyParty.error(
          403, "portal.not-activated", "activate with the letter's code first");
    }
    return PasskeyParty.rawJson(
        party.beginRegistration(request.getSession(), CREATION, r.residentId()));
  }

  @PostMapping(path = "/portal/passkey", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> register(
      @RequestBody String body, HttpServletRequest request, HttpServletResponse response) {
    Resident r = activated(request);
    if (r == null) {
      return PasskeyParty.error(
          403, "portal.not-activated", "activate with the letter's code first");
    }
    ResidentLetters.Activated letter = pending(request);
    Bytes made = party.register(request.getSession(false), CREATION, body);
    if (made == null) {
      return PasskeyParty.error(
          400,
          "portal.passkey-refused",
          "the passkey was not accepted (ask for the options first)");
    }
    if (letter != null) {
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.removeAttribute(ACTIVATED);
      }
      if (!letters.use(letter)) {
        passkeys.remove(made);
        return PasskeyParty.error(
            403,
            "portal.letter-used",
            "the letter was used, replaced or expired meanwhile; no passkey was kept");
      }
      // a new letter starts over: passkeys registered before (a lost phone) stop working now
      passkeys.removeAllBut(r.residentId(), made);
    }
    Sessions.establish(new ResidentAuthentication(r), request, response);
    return PasskeyParty.json(Map.of("next", "/portal/history"));
  }

  @PostMapping(path = "/portal/signin/options", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> requestOptions(HttpServletRequest request) {
    return PasskeyParty.rawJson(party.beginAssertion(request.getSession(true), REQUEST, null));
  }

  @PostMapping(path = "/portal/signin", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> passkeySignIn(
      @RequestBody String body, HttpServletRequest request, HttpServletResponse response) {
    PublicKeyCredentialRequestOptions options =
        PasskeyParty.takeAssertion(request.getSession(false), REQUEST);
    if (options == null) {
      return PasskeyParty.error(400, "portal.no-challenge", "ask for sign-in options first");
    }
    Optional<Resident> resident;
    try {
      PublicKeyCredentialUserEntity user =
          party
              .operations()
              .authenticate(
                  new RelyingPartyAuthenticationRequest(options, PasskeyParty.assertion(body)));
      resident = letters.resident(user.getName());
    } catch (RuntimeException e) {
      PasskeyCounterException.in(e)
          .ifPresent(cloned ->
              letters
                  .resident(cloned.owner())
                  .ifPresent(r ->
                      alerts.raise(
                          r.tenantId(),
                          PasskeyCounterException.ALERT,
                          "resident:" + r.residentId(),
                          cloned.getMessage() + "; the sign-in was refused")));
      resident = Optional.empty();
    }
    if (resident.isEmpty()) {
      return PasskeyParty.error(401, "portal.signin-refused", "the passkey was not accepted");
    }
    Sessions.establish(new ResidentAuthentication(resident.get()), request, response);
    return PasskeyParty.json(Map.of("next", "/portal/history"));
  }

  @PostMapping("/portal/signout")
  String signOut(HttpServletRequest request) {
    Sessions.end(request);
    return "redirect:/portal?out";
  }

  /**
   * The resident who activated a letter in this session, or who is signed in (adding another
   * passkey).
   */
  private static @Nullable Resident activated(HttpServletRequest request) {
    ResidentLetters.Activated letter = pending(request);
    if (letter != null) {
      return letter.resident();
    }
    if (SecurityContextHolder.getContext().getAuthentication()
        instanceof ResidentAuthentication a) {
      return a.getPrincipal();
    }
    return null;
  }

  /** The letter activated in this session and waiting for its passkey, if any. */
  private static ResidentLetters.@Nullable Activated pending(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(ACTIVATED) instanceof ResidentLetters.Activated a
        ? a
        : null;
  }
}
