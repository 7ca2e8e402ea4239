package mamori.web;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.Locale;
import mamori.core.NumberText;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;

/**
 * The last line before the service's own log output leaves the process: each event is laid out as
 * usual (by its pattern, or with {@code format} {@code json} as one Elastic Common Schema object a
 * line, Spring Boot's structured logging), then every chain of twelve or more digits in the whole
 * line (message, exception messages and stack traces, MDC, thread names) is masked to its last four
 * digits by the one detector ({@link NumberText#mask}). So a number that reaches a log line by any
 * way (a parse error quoting its input, a path, a library's message) never leaves it. Masking a
 * JSON line keeps it valid: a masked chain lies inside a string (ECS writes no number of twelve
 * digits or more outside one), and {@code *} needs no escaping. {@code logback-spring.xml} puts it
 * on the console appender, its format from {@code mamori.logging.format}.
 */
public class MaskingLogEncoder extends PatternLayoutEncoder {
  /** The values of {@code mamori.logging.format}. */
  public static final String TEXT = "text";

  public static final String JSON = "json";

  private String format = TEXT;
  private @Nullable StructuredLogEncoder json;

  /**
   * {@code text} (the pattern) or {@code json} (one ECS object a line).
   *
   * @throws IllegalArgumentException for any other value, which stops the service's start
   */
  public void setFormat(String format) {
    String f = format.strip().toLowerCase(Locale.ROOT);
    if (!f.equals(TEXT) && !f.equals(JSON)) {
      throw new IllegalArgumentException(
          "mamori.logging.format must be text or json, not '" + format + "'");
    }
    this.format = f;
  }

  @Override
  public void start() {
    if (format.equals(JSON)) {
      if (getContext().getObject(Environment.class.getName()) == null) {
        // configured outside Spring Boot: the ECS fields then come from the defaults
        getContext().putObject(Environment.class.getName(), new StandardEnvironment());
      }
      StructuredLogEncoder e = new StructuredLogEncoder();
      e.setContext(getContext());
      e.setFormat("ecs");
      e.setCharset(getCharset());
      e.start();
      json = e;
    }
    super.start();
  }

  @Override
  public void stop() {
    if (json != null) {
      json.stop();
    }
    super.stop();
  }

  /** ECS's first field, the event's time to the nanosecond: a time, never a number, kept whole. */
  private static final java.util.regex.Pattern TIMESTAMP =
      java.util.regex.Pattern.compile(
          "\\{\"@timestamp\":\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z\",");

  @Override
  public byte[] encode(ILoggingEvent event) {
    StructuredLogEncoder j = json;
    if (j == null) {
      return NumberText.mask(getLayout().doLayout(event)).getBytes(getCharset());
    }
    String line = new String(j.encode(event), getCharset());
    var time = TIMESTAMP.matcher(line);
    int kept = time.lookingAt() ? time.end() : 0;
    return (line.substring(0, kept) + NumberText.mask(line.substring(kept))).getBytes(getCharset());
  }
}
