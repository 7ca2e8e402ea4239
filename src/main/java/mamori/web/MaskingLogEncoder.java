package mamori.web;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import mamori.core.NumberText;

/**
 * The last line before the service's own log output leaves the process: each event is laid out by
 * its pattern as usual, then every chain of twelve or more digits in the whole line (message,
 * exception messages and stack traces, MDC, thread names) is masked to its last four digits by the
 * one detector ({@link NumberText#mask}). So a number that reaches a log line by any way (a parse
 * error quoting its input, a path, a library's message) never leaves it. {@code logback-spring.xml}
 * puts it on the console appender.
 */
public class MaskingLogEncoder extends PatternLayoutEncoder {
  @Override
  public byte[] encode(ILoggingEvent event) {
    String line = NumberText.mask(getLayout().doLayout(event));
    return line.getBytes(getCharset());
  }
}
