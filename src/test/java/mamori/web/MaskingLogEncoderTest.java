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

  @Test
  void asJson_eachLineIsOneValidObject_holdingOnlyTheMaskedNumber() throws Exception {
    Exception parse;
    try {
      LocalDate.parse(DIGITS);
      throw new AssertionError("parsed");
    } catch (DateTimeParseException e) {
      parse = e;
    }
    Exception thrown = parse;
    String out =
        logged(
            "json",
            log -> {
              log.warn("asked for {} by ward 7", DIGITS);
              log.error("wrapped", new IllegalStateException("cause " + DIGITS, thrown));
            });
    assertThat(out).doesNotContain(DIGITS);
    assertThat(NumberText.holdsNumber(out.replaceAll("\"@timestamp\":\"[-0-9T:.]+Z\"", "")))
        .as("a number in the output, its times aside")
        .isFalse();
    String[] lines = out.strip().split("\n");
    assertThat(lines).hasSize(2);
    var json = new tools.jackson.databind.json.JsonMapper();
    var warn = json.readTree(lines[0]);
    assertThat(warn.get("message").asString()).isEqualTo("asked for ********9018 by ward 7");
    assertThat(warn.at("/log/level").asString()).isEqualTo("WARN");
    assertThat(warn.get("@timestamp").asString())
        .as("the time is kept whole: it is a time, not a number")
        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d+Z");
    var error = json.readTree(lines[1]);
    assertThat(error.get("message").asString()).isEqualTo("wrapped");
    assertThat(error.at("/error/message").asString()).isEqualTo("cause ********9018");
    assertThat(error.at("/error/stack_trace").asString())
        .contains("Text '********9018' could not be parsed", "DateTimeParseException");
  }

  @Test
  void anUnknownFormat_isRefused_naming() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new MaskingLogEncoder().setFormat("xml"))
        .hasMessage("mamori.logging.format must be text or json, not 'xml'");
  }

  private static String logged(java.util.function.Consumer<Logger> body) throws Exception {
    return logged("text", body);
  }

  private static String logged(String format, java.util.function.Consumer<Logger> body)
      throws Exception {
    LoggerContext context = new LoggerContext();
    context.putProperty("MAMORI_LOG_FORMAT", format);
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
