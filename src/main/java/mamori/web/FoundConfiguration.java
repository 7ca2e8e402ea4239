package mamori.web;

import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The public found page's bounds ({@link FoundGate}), registered right after {@link BodyLimit} and
 * before Spring Security, so that a report past its address's limit, or past the reports read at
 * once, is refused before its body is read.
 */
@Configuration(proxyBeanMethods = false)
class FoundConfiguration {
  @Bean
  FilterRegistrationBean<FoundGate> foundGate(
      Clock clock, MessageSource messages, LocaleResolver locales) {
    FilterRegistrationBean<FoundGate> registration =
        new FilterRegistrationBean<>(new FoundGate(FoundGate.throttle(clock), messages, locales));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    // servlet paths, matched after the container decodes and normalises the request's path
    registration.addUrlPatterns(FoundController.PATH, FoundController.PATH + "/*");
    return registration;
  }
}
