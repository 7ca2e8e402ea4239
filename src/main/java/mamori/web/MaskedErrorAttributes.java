package mamori.web;

import java.util.Map;
import mamori.core.NumberText;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Spring Boot's error answer ({@code /error}, JSON or the HTML page) with every text in it masked
 * by the one number detector: its {@code path} is the path the caller asked for, so an anonymous
 * {@code GET /api/v1/persons/<a My Number>} or any mistyped address holding a number would
 * otherwise be echoed back in full, before any sign-in.
 */
@Component
class MaskedErrorAttributes extends DefaultErrorAttributes {
  @Override
  public Map<String, @Nullable Object> getErrorAttributes(
      WebRequest request, ErrorAttributeOptions options) {
    Map<String, @Nullable Object> attributes = super.getErrorAttributes(request, options);
    attributes.replaceAll((k, v) -> v instanceof String s ? NumberText.mask(s) : v);
    return attributes;
  }
}
