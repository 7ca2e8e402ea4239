package mamori.web;

import java.util.Locale;
import java.util.Objects;
import mamori.core.Reason;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The gate's and the entrustments' reasons ({@code chain.not-approved}, ...) as sentences a person
 * reads, from {@code console.reason.<code>}; a reason without its own sentence is shown as a
 * general refusal with the code.
 */
@Component
class Reasons {
  private final MessageSource messages;

  Reasons(MessageSource messages) {
    this.messages = messages;
  }

  String text(Reason reason, Locale locale) {
    String code = reason.code();
    String general = text("console.reason.other", new Object[] {code}, "refused: " + code, locale);
    return text("console.reason." + code, null, general, locale);
  }

  /**
   * The message, or {@code fallback} when there is none (MessageSource answers null only without
   * one).
   */
  private String text(String code, Object @Nullable [] args, String fallback, Locale locale) {
    return Objects.requireNonNullElse(messages.getMessage(code, args, fallback, locale), fallback);
  }
}
