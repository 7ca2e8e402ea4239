package mamori.web;

import mamori.tenancy.Enrolments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where an enrolment address points: {@value #SETTING} when set (the address people reach the
 * service at, such as {@code https://mamori.city.example}, which behind a proxy is not the one a
 * request came to), else the base of the request that issued it.
 */
@Component
class EnrolmentAddresses {
  static final String SETTING = "mamori.web.portal-url";

  private final String configured;

  EnrolmentAddresses(@Value("${" + SETTING + ":}") String configured) {
    String c = configured.strip();
    if (!c.isEmpty() && !c.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
      throw new IllegalArgumentException(SETTING + " must be an http(s) URL");
    }
    this.configured = c;
  }

  /** The address of {@code issued}. */
  String of(Enrolments.Issued issued) {
    return issued.address(
        configured.isEmpty()
            ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
            : configured);
  }
}
