package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import mamori.core.NumberText;
import org.junit.jupiter.api.Test;

/**
 * The service's own log output, configured by {@code logback-spring.xml} as the service runs it: a
 * message and an exception that carry a number in several spellings come out with each masked, and
 * the rest of the line as it was.
 */
class MaskingLogEncoderTest {
  /** Twelve digits, built so that this source holds no number in one piece. */
  private static final String DIGITS =
      new StringBuilder("8109" + "8765" + "4321").reverse().toString();

  @Test
  void aNumberInAMessageOrAnException_neverLeavesTheProcess() throws Exception {
    String spaced =
        DIGITS.substring(0, 4) + " . " + DIGITS.substring(4, 8) + "/" + DIGITS.substring(8);
    String wide = toFullWidth(DIGITS);
    Exception parse;
    try {
      LocalDate.parse(DIGITS);
      throw new AssertionError("parsed");
    } catch (DateTimeParseException e) {
      parse = e;
    }
    String out =
        logged(log -> {
          log.warn("asked for {} and {} by ward 7", spaced, wide);
          log.error("malformed date", parse);
          log.error("wrapped", new IllegalStateException("cause " + DIGITS, parse));
        });
    assertThat(NumberText.holdsNumber(out)).as("a number in the output").isFalse();
    assertThat(out)
        .contains("asked for **** . ****/9018 and ********９０１８ by ward 7")
        .contains("malformed date")
        .contains("DateTimeParseException")
        .contains("Text '********9018' could not be parsed")
        .contains("cause ********9018")
        .contains(" WARN ", "ERROR ");
  }

  private static String logged(java.util.function.Consumer<Logger> body) throws Exception {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      JoranConfigurator config = new JoranConfigurator();
      config.setContext(context);
      config.doConfigure(MaskingLogEncoderTest.class.getResource("/logback-spring.xml"));
      body.accept(context.getLogger("mamori.test"));
    } finally {
      context.stop();
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String toFullWidth(String ascii) {
    StringBuilder b = new StringBuilder();
    ascii.chars().forEach(c -> b.append((char) ('\uFF10' + (c - '0'))));
    return b.toString();
  }
}
