package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The messages a page writes as markup ({@code th:utext}): they carry only furigana ({@code ruby},
 * {@code rt}, {@code rp}) and a language span, never anything a value could turn into a script; and
 * the residents' pages give the reading of their harder words in Japanese.
 */
class ResidentWordingTest {
  static final Path TEMPLATES = Path.of("src/main/resources/templates");
  static final Pattern UTEXT = Pattern.compile("th:utext=\"#\\{([a-z0-9.-]+)");
  static final Pattern TAG = Pattern.compile("</?([a-z]+)([^>]*)>");
  static final Set<String> ALLOWED = Set.of("ruby", "rt", "rp", "span");

  static Properties messages(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        ResidentWordingTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  static Set<String> markupKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        Matcher m = UTEXT.matcher(Files.readString(f));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    return keys;
  }

  @Test
  void messagesWrittenAsMarkup_holdOnlyFuriganaAndLanguageSpans() throws IOException {
    Set<String> keys = markupKeys();
    assertThat(keys).contains("portal.home.intro", "portal.history.intro");
    for (String language : new String[] {"ja", "en"}) {
      Properties p = messages(language);
      for (String key : keys) {
        String text = p.getProperty(key);
        assertThat(text).as(language + " " + key).isNotNull();
        Matcher m = TAG.matcher(text);
        while (m.find()) {
          assertThat(m.group(1)).as(key + ": " + m.group()).isIn(ALLOWED);
          String attributes = m.group(2).strip();
          assertThat(attributes).as(key + ": " + m.group()).isIn("", "lang=\"en\"");
        }
      }
    }
  }

  @Test
  void theResidentsPages_giveTheReadingOfEntrustmentAndSignature() throws IOException {
    Properties ja = messages("ja");
    assertThat(ja.getProperty("portal.home.intro"))
        .contains("<ruby>委託先<rp>(</rp><rt>いたくさき</rt><rp>)</rp></ruby>");
    assertThat(ja.getProperty("portal.history.intro"))
        .contains("<ruby>署名<rp>(</rp><rt>しょめい</rt><rp>)</rp></ruby>");
  }
}
