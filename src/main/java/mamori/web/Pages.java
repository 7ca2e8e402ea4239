package mamori.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import mamori.core.Role;
import mamori.core.Why;
import mamori.identity.Principal;
import mamori.number.Masking;
import org.jspecify.annotations.Nullable;

/**
 * What the staff console and the contractor desk share: who may open which page, how times and
 * tokens are shown, and the checks on the purpose and case a person page is asked with.
 */
final class Pages {
  /** The tenant's zone: every time on a page is shown in it. */
  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(JAPAN);

  private Pages() {}

  /** Whether the caller belongs to the controller itself (the tenant), not to a contractor. */
  static boolean controller(Principal p) {
    return p.controller();
  }

  /**
   * The caller when they are the tenant's own user with one of {@code roles}.
   *
   * @throws PageRefusal 403 for nobody signed in, a contractor's user or another role
   */
  static Principal console(@Nullable Principal p, Set<Role> roles) {
    if (p == null || !mayEnter(p, roles)) {
      throw PageRefusal.forbidden();
    }
    return p;
  }

  /**
   * Whether {@link #console} lets {@code p} in with {@code roles}: the one rule of a console page
   * and of its link in the navigation ({@link PageAdvice#nav}).
   */
  static boolean mayEnter(@Nullable Principal p, Set<Role> roles) {
    return p != null && controller(p) && roles.contains(p.role());
  }

  /**
   * The caller when they are a user of a contractor or subcontractor.
   *
   * @throws PageRefusal 403 for nobody signed in or the controller's own users
   */
  static Principal desk(@Nullable Principal p) {
    if (p == null || controller(p)) {
      throw PageRefusal.forbidden();
    }
    return p;
  }

  /** A time as yyyy-MM-dd HH:mm in Asia/Tokyo, or "" for none. */
  static String time(@Nullable Instant t) {
    return t == null ? "" : MINUTE.format(t);
  }

  /** A token shortened for lists: {@code DNM6-…-RTE5}; "-" for none. */
  static String shortToken(String token) {
    if (token.isEmpty()) {
      return "-";
    }
    return token.length() < 19
        ? token
        : token.substring(0, 4) + "-…-" + token.substring(token.length() - 4);
  }

  /** What a caller typed, put back into a page: stripped, and any number in it masked. */
  static String echo(String typed) {
    return Masking.maskNumbers(typed.strip());
  }

  /**
   * Checks the purpose and case a person page is asked with before anything reaches the gate.
   *
   * @return the message key of what is wrong, or null when both may go on
   */
  static @Nullable String whyNot(String purpose, String caseRef) {
    return Why.problem(purpose, caseRef)
        .map(problem ->
            switch (problem) {
              case PURPOSE_REQUIRED -> "console.error.purpose-required";
              case PURPOSE_TOO_LONG, PURPOSE_CONTROL, PURPOSE_NUMBER ->
                  "console.error.purpose-invalid";
              case CASE_REQUIRED -> "console.error.case-required";
              case CASE_TOO_LONG, CASE_CONTROL -> "console.error.case-invalid";
              case CASE_NUMBER -> "console.error.case-holds-number";
            })
        .orElse(null);
  }
}
