package mamori.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Pages speak Japanese unless the browser prefers English. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {
  @Bean
  LocaleResolver localeResolver() {
    AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
    resolver.setSupportedLocales(List.of(Locale.JAPANESE, Locale.ENGLISH));
    resolver.setDefaultLocale(Locale.JAPANESE);
    return resolver;
  }
}
