package mamori.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Outcome;
import mamori.core.Why;
import mamori.identity.Credentials;
import mamori.identity.Passkeys;
import mamori.identity.SignedIn;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/*
 * Sign-in is three pages: the password, then the code from the authenticator or one of the user's own
 * passkeys (or, the first time, the enrolment of an authenticator). Between them the session holds only the PasswordPassed answer, for five minutes, and
 * no Authentication: a session that stopped after its password reaches nothing but these pages. When the
 * second factor passes, the session id changes (no fixation), the CSRF token is renewed, and the session
 * gets a SessionAuthentication, which SessionGuard checks against the store on every request.
 */
/**
 * The staff and contractor sign-in pages: password, second factor, enrolment at first sign-in,
 * sign-out.
 */
@Controller
class SignInController {
  private static final String PENDING = "mamori.signin.pending";
  private static final String ENROLMENT = "mamori.signin.enrolment";
  private static final Duration PENDING_FOR = Duration.ofMinutes(5);

  private static final String PASSKEY_REQUEST = "mamori.signin.passkey-request";

  private final Credentials credentials;
  private final PasskeyParty party;
  private final Passkeys passkeys;
  private final TransparencyLogs logs;
  private final Clock clock;
  private final SignInThrottle throttle;
  private final io.micrometer.core.instrument.MeterRegistry meters;

  SignInController(
      Credentials credentials,
      PasskeyParty party,
      Passkeys passkeys,
      TransparencyLogs logs,
      Clock clock,
      io.micrometer.core.instrument.MeterRegistry meters) {
    this.meters = meters;
    this.clock = clock;
    this.throttle = new SignInThrottle(clock);
    this.logs = logs;
    this.credentials = credentials;
    this.party = party;
    this.passkeys = passkeys;
  }

  /** What the session keeps between the password and the second factor. */
  private record Pending(Credentials.PasswordPassed passed, Instant until) {}

  @GetMapping("/signin")
  String passwordPage(
      @RequestParam(required = false) @Nullable String ended,
      @RequestParam(required = false) @Nullable String out,
      @RequestParam(required = false) @Nullable String enrolled,
      Model model) {
    if (enrolled != null) {
      model.addAttribute("notice", "enrol.done");
    } else if (ended != null) {
      model.addAttribute("notice", "signin.ended");
    } else if (out != null) {
      model.addAttribute("notice", "signin.signed-out");
    }
    return "signin/password";
  }

  @PostMapping("/signin")
  String password(
      @RequestParam(defaultValue = "") String user,
      @RequestParam(defaultValue = "") String password,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    String userId = user.strip().toLowerCase(java.util.Locale.ROOT);
    if (throttle.blocked(request.getRemoteAddr())) {
      failed("throttled");
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      model.addAttribute("error", "signin.error.too-many-here");
      return "signin/password";
    }
    Credentials.Check check =
        userId.isEmpty() || password.isEmpty() || userId.length() > 64 || password.length() > 1024
            ? new Credentials.Refused()
            : credentials.checkPassword(userId, password.toCharArray());
    if (check instanceof Credentials.Refused || check instanceof Credentials.Locked) {
      throttle.failed(request.getRemoteAddr());
    }
    if (!(check instanceof Credentials.PasswordPassed || check instanceof Credentials.Busy)) {
      failed("password");
    }
    if (check instanceof Credentials.PasswordPassed passed) {
      HttpSession session = request.getSession(true);
      request.changeSessionId();
      session.setAttribute(PENDING, new Pending(passed, clock.instant().plus(PENDING_FOR)));
      session.removeAttribute(ENROLMENT);
      return passed.enrolled() ? "redirect:/signin/code" : "redirect:/signin/enrol";
    }
    return refused(check, response, model, "signin/password");
  }

  @GetMapping("/signin/code")
  String codePage(HttpServletRequest request, Model model) {
    Pending pending = pending(request);
    if (pending == null) {
      return "redirect:/signin";
    }
    if (!pending.passed().enrolled()) {
      return "redirect:/signin/enrol";
    }
    model.addAttribute(
        "passkeys", passkeys.count(Credentials.passkeyOwner(pending.passed().user().id())));
    return "signin/code";
  }

  /** The challenge for the second factor by passkey: only the user's own passkeys are offered. */
  @PostMapping(path = "/signin/passkey/options", produces = "application/json")
  ResponseEntity<String> passkeyOptions(HttpServletRequest request) {
    Pending pending = pending(request);
    if (pending == null || !pending.passed().enrolled()) {
      return PasskeyParty.error(403, "signin.password-first", "sign in with the password first");
    }
    return PasskeyParty.rawJson(
        party.beginAssertion(
            request.getSession(),
            PASSKEY_REQUEST,
            Credentials.passkeyOwner(pending.passed().user().id())));
  }

  /** The second factor by passkey; answers where to go next, or why not. */
  @PostMapping(path = "/signin/passkey", produces = "application/json")
  ResponseEntity<String> passkey(
      @RequestBody String body, HttpServletRequest request, HttpServletResponse response) {
    Pending pending = pending(request);
    PublicKeyCredentialRequestOptions options =
        PasskeyParty.takeAssertion(request.getSession(false), PASSKEY_REQUEST);
    if (pending == null || options == null) {
      return PasskeyParty.error(403, "signin.password-first", "sign in with the password first");
    }
    PublicKeyCredential<AuthenticatorAssertionResponse> credential;
    try {
      credential = PasskeyParty.assertion(body);
    } catch (IllegalArgumentException e) {
      return PasskeyParty.error(400, "signin.passkey-malformed", "not a passkey assertion");
    }
    if (!(credentials.checkPasskey(pending.passed(), party.operations(), options, credential)
        instanceof Credentials.Passed(SignedIn signedIn))) {
      failed("passkey");
      return PasskeyParty.error(401, "signin.passkey-refused", "the passkey was not accepted");
    }
    return PasskeyParty.json(java.util.Map.of("next", signIn(signedIn, request, response)));
  }

  @PostMapping("/signin/code")
  String code(
      @RequestParam(defaultValue = "") String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Pending pending = pending(request);
    if (pending == null) {
      return "redirect:/signin";
    }
    if (!pending.passed().enrolled()) {
      return "redirect:/signin/enrol";
    }
    Credentials.Check check = credentials.checkCode(pending.passed(), code);
    return finish(check, request, response, model, "signin/code");
  }

  @GetMapping("/signin/enrol")
  String enrolPage(HttpServletRequest request, Model model) {
    Pending pending = pending(request);
    if (pending == null) {
      return "redirect:/signin";
    }
    if (pending.passed().enrolled()) {
      return "redirect:/signin/code";
    }
    HttpSession session = request.getSession();
    Credentials.Enrolment e = (Credentials.Enrolment) session.getAttribute(ENROLMENT);
    if (e == null) {
      e = credentials.beginEnrolment(pending.passed());
      session.setAttribute(ENROLMENT, e);
    }
    enrolModel(model, pending, e);
    return "signin/enrol";
  }

  @PostMapping("/signin/enrol")
  String enrol(
      @RequestParam(defaultValue = "") String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Pending pending = pending(request);
    Credentials.Enrolment e = (Credentials.Enrolment) request.getSession().getAttribute(ENROLMENT);
    if (pending == null || e == null) {
      return "redirect:/signin";
    }
    Credentials.Check check = credentials.enrol(pending.passed(), e.secret(), code);
    enrolModel(model, pending, e);
    return finish(check, request, response, model, "signin/enrol");
  }

  @PostMapping("/signout")
  String signOut(HttpServletRequest request) {
    Sessions.end(request);
    return "redirect:/signin?out";
  }

  private void enrolModel(Model model, Pending pending, Credentials.Enrolment e) {
    authenticator(model, pending.passed().user().id(), e);
  }

  /**
   * What the authenticator fragment ({@code signin/fragments :: authenticator}) shows: the user,
   * the secret in groups of four, and its QR code; for the first sign-in and the enrolment address.
   */
  static void authenticator(Model model, String userId, Credentials.Enrolment e) {
    model.addAttribute("userId", userId);
    model.addAttribute("secret", e.secret().replaceAll("(.{4})(?!$)", "$1 "));
    model.addAttribute("qr", QrSvg.dataUri(e.uri()));
  }

  private String finish(
      Credentials.Check check,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      String page) {
    if (!(check instanceof Credentials.Passed(SignedIn signedIn))) {
      if (!(check instanceof Credentials.Busy)) {
        failed("code");
      }
      if (check instanceof Credentials.Locked) {
        request.getSession().removeAttribute(PENDING);
      }
      return refused(check, response, model, page);
    }
    return "redirect:" + signIn(signedIn, request, response);
  }

  /** Signs the session in with both factors, logged first; returns the page to land on. */
  private String signIn(
      SignedIn signedIn, HttpServletRequest request, HttpServletResponse response) {
    // the sign-in is in the tenant's log before the session exists: the auditor sees who came in
    var p = signedIn.principal();
    logs.forTenant(p.tenantId().value())
        .append(
            AccessRecord.of(
                Attempt.withoutPerson(
                    p.who(), java.util.List.of(), Why.NONE, Action.SIGNIN, clock.instant()),
                Outcome.allowed()));
    HttpSession session = request.getSession();
    session.removeAttribute(PENDING);
    session.removeAttribute(ENROLMENT);
    Sessions.establish(new SessionAuthentication(signedIn), request, response);
    return Pages.controller(p) ? "/console" : "/desk";
  }

  /**
   * Counts a failed sign-in step ({@code mamori.signin.failures}): password, code, passkey, or a
   * try refused unchecked because its address is throttled. No user or address is a tag.
   */
  private void failed(String step) {
    meters.counter("mamori.signin.failures", "step", step).increment();
  }

  private String refused(
      Credentials.Check check, HttpServletResponse response, Model model, String page) {
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    switch (check) {
      case Credentials.Wait w -> {
        model.addAttribute("error", "signin.error.wait");
        model.addAttribute("seconds", Math.max(1, (w.remaining().toMillis() + 999) / 1000));
      }
      case Credentials.Locked l -> model.addAttribute("error", "signin.error.locked");
      case Credentials.Busy b -> {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", "2");
        model.addAttribute("error", "signin.error.busy");
      }
      default ->
          model.addAttribute(
              "error",
              page.equals("signin/password") ? "signin.error.password" : "signin.error.code");
    }
    return page;
  }

  private @Nullable Pending pending(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(PENDING) instanceof Pending p)) {
      return null;
    }
    if (clock.instant().isAfter(p.until())) {
      session.removeAttribute(PENDING);
      return null;
    }
    return p;
  }
}
