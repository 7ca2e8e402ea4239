package mamori.terminal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.ConsoleAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Logging for offline commands: warnings only, on standard error, because standard output carries a
 * command's results (findings, verdicts) and nothing else. The libraries that read files for the
 * scanner (PDFBox, POI) only speak on errors; a file's problem reaches the user as its unreadable
 * reason. {@code serve} and {@code demo} hand logging to Spring Boot, which sets it up anew.
 */
public final class CliLogging {
  private CliLogging() {}

  public static void configure() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    context.reset();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("mamori: %level %logger{20} - %msg%n");
    encoder.start();
    ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setTarget("System.err");
    console.setEncoder(encoder);
    console.start();
    var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.addAppender(console);
    root.setLevel(Level.WARN);
    for (String name : List.of("org.apache.pdfbox", "org.apache.fontbox", "org.apache.poi")) {
      context.getLogger(name).setLevel(Level.ERROR);
    }
  }
}
