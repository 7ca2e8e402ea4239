package mamori.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.identity.Credentials;
import mamori.tenancy.Enrolments;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/*
 * The page of a one-time enrolment address, open before sign-in like the sign-in pages (CSRF on the form,
 * the same throttle per address of the caller, the same strict CSP). The authenticator secret offered is
 * kept in the session under the address's enrolment id, so that reloading shows the same QR code and the
 * POST proves a code from the secret the page showed; the secret is never a form field. An unknown, used,
 * replaced or expired address, or a disabled user's, all give the one page that says so (404), and count
 * as a failure of the caller's address, as a wrong password does at sign-in.
 */
/** {@code /enrol/{code}}: a new user chooses a password and sets up their authenticator. */
@Controller
class EnrolController {
  private static final String SECRET = "mamori.enrol.secret.";

  private final Enrolments enrolments;
  private final Credentials credentials;
  private final Entrustments entrustments;
  private final SignInThrottle throttle;

  EnrolController(
      Enrolments enrolments, Credentials credentials, Entrustments entrustments, Clock clock) {
    this.enrolments = enrolments;
    this.credentials = credentials;
    this.entrustments = entrustments;
    this.throttle = new SignInThrottle(clock);
  }

  @GetMapping("/enrol/{code}")
  String page(
      @PathVariable String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    if (throttle.blocked(request.getRemoteAddr())) {
      return tooMany(response, model);
    }
    Optional<Enrolments.Pending> pending = enrolments.open(code);
    if (pending.isEmpty() || outsideItsNetworks(pending.get(), request)) {
      return unusable(request, response);
    }
    return form(code, pending.get(), request, model);
  }

  @PostMapping("/enrol/{code}")
  String enrol(
      @PathVariable String code,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String again,
      @RequestParam(name = "code", defaultValue = "") String totp,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    if (throttle.blocked(request.getRemoteAddr())) {
      return tooMany(response, model);
    }
    Optional<Enrolments.Pending> pending = enrolments.open(code);
    HttpSession session = request.getSession(false);
    if (pending.isEmpty() || outsideItsNetworks(pending.get(), request)) {
      return unusable(request, response);
    }
    if (session == null
        || !(session.getAttribute(SECRET + pending.get().enrolmentId())
            instanceof Credentials.Enrolment e)) {
      // the page was not shown in this session: show it, with a secret of its own
      return form(code, pending.get(), request, model);
    }
    char[] chosen = password.toCharArray();
    try {
      if (password.length() > 1024 || !password.equals(again)) {
        return again(code, pending.get(), e, response, model, "enrol.error.differ");
      }
      Enrolments.Result result;
      try {
        result = enrolments.complete(code, chosen, e.secret(), totp.strip());
      } catch (IllegalArgumentException rules) {
        return again(code, pending.get(), e, response, model, "enrol.error.password");
      }
      return switch (result) {
        case Enrolments.Enrolled done -> {
          session.removeAttribute(SECRET + pending.get().enrolmentId());
          yield "redirect:/signin?enrolled";
        }
        case Enrolments.WrongCode wrong -> {
          throttle.failed(request.getRemoteAddr());
          yield again(code, pending.get(), e, response, model, "signin.error.code");
        }
        case Enrolments.Unusable gone -> unusable(request, response);
      };
    } finally {
      Arrays.fill(chosen, '\0');
    }
  }

  /**
   * Whether the address is opened from outside the networks of the user's organisation, for a
   * contractor's or subcontractor's user: they enrol, as they work, from there only (issue 14,
   * network binding), so a leaked address opens nothing elsewhere; it is answered as unusable.
   */
  private boolean outsideItsNetworks(Enrolments.Pending pending, HttpServletRequest request) {
    var org = entrustments.organisation(pending.user().organisationId());
    if (org.isPresent() && org.get().kind() == mamori.entrustment.Organisation.Kind.CONTROLLER) {
      return false;
    }
    return !NetworkBinding.worksFrom(org, request.getRemoteAddr());
  }

  private String form(
      String code, Enrolments.Pending pending, HttpServletRequest request, Model model) {
    HttpSession session = request.getSession(true);
    String key = SECRET + pending.enrolmentId();
    Credentials.Enrolment e =
        session.getAttribute(key) instanceof Credentials.Enrolment kept
            ? kept
            : credentials.beginFirst(pending.user());
    session.setAttribute(key, e);
    account(code, pending, e, model);
    return "signin/enrol-address";
  }

  private String again(
      String code,
      Enrolments.Pending pending,
      Credentials.Enrolment e,
      HttpServletResponse response,
      Model model,
      String error) {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    model.addAttribute("error", error);
    account(code, pending, e, model);
    return "signin/enrol-address";
  }

  private void account(
      String code, Enrolments.Pending pending, Credentials.Enrolment e, Model model) {
    SignInController.authenticator(model, pending.user().id(), e);
    model.addAttribute("code", code);
    model.addAttribute(
        "organisation",
        entrustments
            .organisation(pending.user().organisationId())
            .map(Organisation::name)
            .orElse(pending.user().organisationId()));
    model.addAttribute("role", pending.user().role().name());
  }

  private String unusable(HttpServletRequest request, HttpServletResponse response) {
    throttle.failed(request.getRemoteAddr());
    response.setStatus(HttpStatus.NOT_FOUND.value());
    return "signin/enrol-unusable";
  }

  private static String tooMany(HttpServletResponse response, Model model) {
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    model.addAttribute("error", "signin.error.too-many-here");
    return "signin/enrol-unusable";
  }
}
