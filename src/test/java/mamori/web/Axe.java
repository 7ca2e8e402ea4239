package mamori.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/*
 * axe-core's axe.min.js comes from the test class path (the com.deque.html.axe-core:selenium jar from
 * Maven Central, whose only use here is that file). It is put into the page through WebDriver, which
 * the page's Content-Security-Policy does not govern, so the pages keep their strict policy while
 * being checked. The rules run are those tagged for WCAG 2.0, 2.1 and 2.2 at levels A and AA, the
 * level JIS X 8341-3:2016 asks of public bodies.
 */
/** Runs axe-core's WCAG 2.x A and AA rules on the page a Chromium shows. */
final class Axe {
  static final List<String> TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

  private static final String SOURCE = source();

  private Axe() {}

  /** One rule broken on one page: its id, impact, help text and the selectors of its elements. */
  record Violation(String page, String rule, String impact, String help, List<String> targets) {
    @Override
    public String toString() {
      return page
          + ": "
          + rule
          + " ("
          + impact
          + ") "
          + help
          + " at "
          + String.join(" | ", targets);
    }
  }

  /** The version of axe-core that ran, as it reports itself. */
  static String version(JavascriptExecutor page) {
    inject(page);
    return String.valueOf(page.executeScript("return axe.version;"));
  }

  /** How many rules carry the WCAG 2.x A/AA tags in this axe-core. */
  static long rules(JavascriptExecutor page) {
    inject(page);
    Object n =
        page.executeScript("return axe.getRules(arguments[0]).length;", new ArrayList<>(TAGS));
    return ((Number) n).longValue();
  }

  /** The WCAG 2.x A/AA violations on the page shown now, named after {@code page}. */
  @SuppressWarnings("unchecked")
  static List<Violation> check(JavascriptExecutor page, String name) {
    inject(page);
    Object raw =
        page.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},"
                + " resultTypes: ['violations']})"
                + ".then(r => done(r.violations.map(v => ({rule: v.id, impact: v.impact || '',"
                + " help: v.help, targets: v.nodes.map(n => n.target.join(' '))}))))"
                + ".catch(e => done([{rule: 'axe-error', impact: 'critical', help: String(e),"
                + " targets: []}]));",
            new ArrayList<>(TAGS));
    List<Violation> found = new ArrayList<>();
    for (Map<String, Object> v : (List<Map<String, Object>>) raw) {
      found.add(
          new Violation(
              name,
              (String) v.get("rule"),
              (String) v.get("impact"),
              (String) v.get("help"),
              (List<String>) v.get("targets")));
    }
    return found;
  }

  private static void inject(JavascriptExecutor page) {
    if (!Boolean.TRUE.equals(page.executeScript("return typeof axe === 'object';"))) {
      page.executeScript(SOURCE);
    }
  }

  private static String source() {
    try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException(
            "axe.min.js is not on the test class path (com.deque.html.axe-core:selenium in pom.xml)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
