package mamori.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/*
 * ArchUnit sees no parameter names and no constants, so this rule reads the sources: outside this
 * module, no string literal in the code of src/main/java is an action's or a reason's code. Comments
 * and annotation attributes (a command's name, "history") are not code and are skipped; so are the few
 * literals listed in NOT_WORDS, each of which happens to spell a code without being one. The literal
 * that begins a denial, "deny:", is written once, in the log's record.
 */
/**
 * Actions and reasons are passed as {@link Action} and {@link Reason}, never as string literals.
 */
class AccessWordsInSourceTest {
  static final Path MAIN = Path.of("src/main/java");
  static final Set<String> CODES =
      Stream.concat(
              Arrays.stream(Action.values()).map(Action::code),
              Arrays.stream(Reason.values()).map(Reason::code))
          .collect(Collectors.toUnmodifiableSet());

  /** Literals that spell a code without being an action or a reason, by the code around them. */
  static final List<String> NOT_WORDS =
      List.of(
          "withProgress(\"verify\"",
          // the manifest's member naming the package id (docs/package-format.md)
          "root.put(\"package\"",
          "text(root, \"package\"");

  /** The start of an annotation with arguments: {@code @Command(}, {@code @Schema (}. */
  private static final Pattern ANNOTATION_START = Pattern.compile("@[A-Za-z_][\\w.]*\\s*\\(");

  private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

  /**
   * A string literal of a file, with its line, the code before it on that line, and whether it is
   * an annotation's argument (a command's name, a schema's example: text about the code, not code).
   */
  record Literal(Path file, int line, String value, String before, boolean inAnnotation) {
    @Override
    public String toString() {
      return MAIN.relativize(file) + ":" + line + ": \"" + value + "\"";
    }
  }

  @Test
  void noCodeLiteral_outsideTheVocabulary() throws IOException {
    List<Literal> found =
        literals().stream()
            .filter(l -> !l.file().startsWith(MAIN.resolve("mamori/core")))
            .filter(l -> CODES.contains(l.value()))
            .filter(l -> !l.inAnnotation())
            .filter(l ->
                NOT_WORDS.stream()
                    .noneMatch(w -> (l.before() + "\"" + l.value() + "\"").endsWith(w)))
            .toList();
    assertThat(found)
        .as("string literals that are an action's or a reason's code; pass the Action or Reason")
        .isEmpty();
  }

  @Test
  void theDenialPrefix_isWrittenOnce_inTheLogsRecord() throws IOException {
    List<Literal> deny = literals().stream().filter(l -> l.value().startsWith("deny:")).toList();
    assertThat(deny)
        .singleElement()
        .satisfies(l -> {
          assertThat(l.file()).isEqualTo(MAIN.resolve("mamori/log/AccessRecord.java"));
          assertThat(l.value()).isEqualTo("deny:");
        });
  }

  @Test
  void theScanner_findsLiteralsInCode_andNotInComments() {
    List<Literal> found =
        scan(
            Path.of("X.java"),
            """
            // "read" in a comment
            /* "list" in a block
               "find" */ String a = "print"; char c = '"'; String b = "esc\\"aped";
            @Command(name = "history") String s = \"""
                "erase" in a text block
                \""";
            @Schema(description = "x (y)",
                allowableValues = {"read", "list"}) String t = "enter";
            """);
    assertThat(found)
        .extracting(Literal::value)
        .containsExactly("print", "esc\\\"aped", "history", "x (y)", "read", "list", "enter");
    assertThat(found)
        .extracting(Literal::inAnnotation)
        .containsExactly(false, false, true, true, true, true, false);
    assertThat(found.get(2).before()).endsWith("name = ");
  }

  static List<Literal> literals() throws IOException {
    List<Literal> all = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        all.addAll(scan(f, Files.readString(f)));
      }
    }
    return all;
  }

  /** The string literals of Java source {@code text} outside comments and text blocks. */
  static List<Literal> scan(Path file, String text) {
    List<Literal> found = new ArrayList<>();
    int line = 1;
    int lineStart = 0;
    int i = 0;
    int annotationDepth = 0;
    Matcher annotation = ANNOTATION_START.matcher(text);
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '@' && annotation.region(i, text.length()).lookingAt()) {
        annotationDepth = annotationDepth + 1;
        i = annotation.end();
      } else if (annotationDepth > 0 && (c == '(' || c == ')')) {
        annotationDepth += c == '(' ? 1 : -1;
        i++;
      } else if (text.startsWith("//", i)) {
        i = text.indexOf('\n', i) < 0 ? text.length() : text.indexOf('\n', i);
      } else if (text.startsWith("/*", i) || text.startsWith("\"\"\"", i)) {
        int end =
            text.startsWith("/*", i)
                ? text.indexOf("*/", i + 2) + 2
                : text.indexOf("\"\"\"", i + 3) + 3;
        for (int k = i; k < end; k++) {
          if (text.charAt(k) == '\n') {
            line++;
            lineStart = k + 1;
          }
        }
        i = end;
      } else if (c == '\'') {
        i = text.charAt(i + 1) == '\\' ? text.indexOf('\'', i + 3) + 1 : i + 3;
      } else if (c == '"') {
        Matcher m = STRING.matcher(text).region(i, text.length());
        if (!m.lookingAt()) {
          throw new IllegalStateException(file + ":" + line + ": an unterminated string literal");
        }
        found.add(
            new Literal(file, line, m.group(1), text.substring(lineStart, i), annotationDepth > 0));
        i = m.end();
      } else {
        if (c == '\n') {
          line++;
          lineStart = i + 1;
        }
        i++;
      }
    }
    return found;
  }
}
