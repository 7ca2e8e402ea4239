package mamori.core;

import java.text.Normalizer;
import java.util.Objects;

/**
 * A tag the controller puts on a person ({@code ward=kita}, {@code needs-braille}), the unit of an
 * entrustment's {@code tag:} person set (issue 14 point 5). A tag is a name, or a name and a value
 * joined by {@code =}; it is compared whole, so {@code tag:ward} holds the persons tagged {@code
 * ward} itself, not those tagged {@code ward=kita}. The text is stored nowhere: the vault keeps
 * only its keyed hash (the tenant's index PRF), so it is checked here as free text is everywhere: 1
 * to {@link #MAX} characters after NFKC normalisation and trimming (spaces around {@code =} are
 * dropped), no control or format character, no My Number in any spelling, neither side blank.
 *
 * @param text the normalised tag, {@code ward=kita}
 */
public record PersonTag(String text) {
  /** The longest tag, in characters after normalisation. */
  public static final int MAX = 200;

  public PersonTag {
    Objects.requireNonNull(text, "text");
    if (!text.equals(normalise(text))) {
      throw new IllegalArgumentException("a tag is given normalised; use PersonTag.parse");
    }
  }

  /**
   * The tag {@code text} spells, normalised.
   *
   * @throws IllegalArgumentException naming the rule broken, never the text
   */
  public static PersonTag parse(String text) {
    return new PersonTag(normalise(text));
  }

  /** The name: the whole tag, or what comes before its {@code =}. */
  public String name() {
    int eq = text.indexOf('=');
    return eq < 0 ? text : text.substring(0, eq);
  }

  private static String normalise(String raw) {
    String t = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
    if (t.isEmpty() || t.length() > MAX) {
      throw new IllegalArgumentException("a tag is 1 to " + MAX + " characters");
    }
    if (t.codePoints().anyMatch(Why::unprintable)) {
      throw new IllegalArgumentException("a tag may not hold control or format characters");
    }
    NumberText.refuseNumberIn("a tag", t);
    int eq = t.indexOf('=');
    if (eq < 0) {
      return t;
    }
    String name = t.substring(0, eq).strip();
    String value = t.substring(eq + 1).strip();
    if (name.isEmpty() || value.isEmpty()) {
      throw new IllegalArgumentException("a tag is NAME or NAME=VALUE, neither side blank");
    }
    return name + "=" + value;
  }
}
