package mamori.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Pages speak Japanese unless the browser prefers English, or the visitor switched with {@code
 * ?lang=en} (kept in a cookie; {@code ?lang=ja} switches back). Every request body is bounded
 * ({@link BodyLimit}, first of all filters), and forwarded headers are believed from the configured
 * proxies only ({@link TrustedProxies}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
  private final LocaleResolver locales = newResolver();

  @Bean
  LocaleResolver localeResolver() {
    return locales;
  }

  @Bean
  FilterRegistrationBean<BodyLimit> bodyLimit(
      @Value("${mamori.web.max-body:" + BodyLimit.DEFAULT_LIMIT + "B}") DataSize limit) {
    FilterRegistrationBean<BodyLimit> registration =
        new FilterRegistrationBean<>(new BodyLimit(limit.toBytes()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.addUrlPatterns("/*");
    return registration;
  }

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxies(
      @Value("${" + TrustedProxies.SETTING + ":}") String setting) {
    TrustedProxies proxies = TrustedProxies.parse(setting);
    return factory -> proxies.valve().ifPresent(factory::addEngineValves);
  }

  private static LocaleResolver newResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("mamori-lang");
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieHttpOnly(true);
    resolver.setCookieSameSite("Strict");
    resolver.setDefaultLocaleFunction(request -> {
      if (request.getHeader("Accept-Language") == null) {
        return Locale.JAPANESE;
      }
      for (Locale l : Collections.list(request.getLocales())) {
        if (l.getLanguage().equals("ja")) {
          return Locale.JAPANESE;
        }
        if (l.getLanguage().equals("en")) {
          return Locale.ENGLISH;
        }
      }
      return Locale.JAPANESE;
    });
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleResolver resolver = locales;
    registry.addInterceptor(
        new HandlerInterceptor() {
          @Override
          public boolean preHandle(
              HttpServletRequest request, HttpServletResponse response, Object handler) {
            String lang = request.getParameter("lang");
            if ("ja".equals(lang) || "en".equals(lang)) {
              resolver.setLocale(request, response, Locale.forLanguageTag(lang));
            }
            return true;
          }
        });
  }
}
