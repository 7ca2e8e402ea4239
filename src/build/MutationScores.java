import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/*
 * The mutation profile's verdict (docs/testing.md). PIT scores a module as killed / generated; some
 * mutants, though, cannot be killed by any test because the mutated code behaves exactly as the original
 * (a StringBuilder's initial capacity, a shortcut whose slow path gives the same answer). Those are listed,
 * each with its reason, in the "Equivalent mutants" table of docs/testing.md, and left out here:
 *
 *   score = killed / (generated - listed equivalent)
 *
 * Each row excuses one surviving mutant, matched by class, method and PIT's description of it, at the
 * row's line when a survivor is there, else at any line of the same method: reformatting or an edit
 * above moves lines without changing what a mutant is, and a row should not need re-taking for it (the
 * check prints where it found the mutant). A row that matches no survivor (the code changed, or a test
 * now kills it) fails the check, so the list cannot go stale unnoticed; a second survivor of the same
 * kind in the same method needs a row of its own.
 *
 * Run by the mutation profile after PIT, with java's source launcher (no build step of its own):
 *   java src/build/MutationScores.java target/pit-reports docs/testing.md number=90 crypto=90 ...
 * With --present-only first, a module without a report is passed over (the launcher's --changed runs
 * only the modules a change touched) instead of failing the check, and so is a row of a class that has
 * no mutant in the report (--changed mutates only the classes a change touched). The threshold then
 * applies to the mutants of those classes alone: the same share, of fewer mutants.
 */
/** Checks each module's mutation score, less its listed equivalent mutants, against its threshold. */
public final class MutationScores {
  /** One mutant as PIT reports it. */
  record Mutant(String className, String method, int line, String mutator, String description, boolean killed,
      String status) {
    boolean matches(Equivalent e) {
      return matchesAnywhere(e) && line == e.line();
    }

    boolean matchesAnywhere(Equivalent e) {
      return inClass(e) && method.equals(e.method()) && description.equals(e.mutation());
    }

    boolean inClass(Equivalent e) {
      return className.equals(e.className()) || className.endsWith("." + e.className());
    }
  }

  /** A row of the table: module, class, method, line, the mutation as PIT describes it, why it is equivalent. */
  record Equivalent(String module, String className, String method, int line, String mutation, String why) {}

  public static void main(String[] args) throws Exception {
    boolean presentOnly = args.length > 0 && args[0].equals("--present-only");
    if (presentOnly || args.length > 0 && args[0].equals("--all")) {
      args = java.util.Arrays.copyOfRange(args, 1, args.length);
    }
    if (args.length < 3) {
      System.err.println("usage: java MutationScores.java [--present-only] REPORTS_DIR TESTING_MD MODULE=PERCENT...");
      System.exit(2);
    }
    Path reports = Path.of(args[0]);
    List<Equivalent> equivalents = equivalents(Path.of(args[1]));
    Map<String, Double> thresholds = new LinkedHashMap<>();
    for (int i = 2; i < args.length; i++) {
      String[] kv = args[i].split("=", 2);
      thresholds.put(kv[0], Double.parseDouble(kv[1]));
    }
    List<String> problems = new ArrayList<>();
    StringBuilder summary = new StringBuilder();
    for (Map.Entry<String, Double> t : thresholds.entrySet()) {
      String module = t.getKey();
      Path xml = reports.resolve(module).resolve("mutations.xml");
      if (!Files.exists(xml)) {
        if (presentOnly) {
          System.out.println("mutation " + module + ": not run");
          continue;
        }
        problems.add(module + ": no PIT report at " + xml);
        continue;
      }
      List<Mutant> mutants = mutants(xml);
      List<Mutant> survivors = new ArrayList<>(mutants.stream().filter(m -> !m.killed()).toList());
      int equivalent = 0;
      List<Equivalent> rows = equivalents.stream().filter(e -> e.module().equals(module)).toList();
      if (presentOnly) {
        // the launcher's --changed mutates only the classes a change touched: a row of a class PIT
        // did not mutate this time says nothing about this run (the whole profile still checks it)
        List<Equivalent> mutated = rows.stream().filter(e -> mutants.stream().anyMatch(m -> m.inClass(e))).toList();
        if (mutated.size() < rows.size()) {
          System.out.println("mutation " + module + ": " + (rows.size() - mutated.size())
              + " listed equivalent mutants are of classes not mutated in this run");
        }
        rows = mutated;
      }
      List<Equivalent> elsewhere = new ArrayList<>();
      // first every row at its own line, then the rest anywhere in their method
      for (Equivalent e : rows) {
        // each row excuses one surviving mutant; PIT may make several alike on one line, and kill the others
        Mutant hit = survivors.stream().filter(m -> m.matches(e)).findFirst().orElse(null);
        if (hit == null) {
          elsewhere.add(e);
          continue;
        }
        survivors.remove(hit);
        equivalent++;
      }
      for (Equivalent e : elsewhere) {
        Mutant hit = survivors.stream().filter(m -> m.matchesAnywhere(e)).findFirst().orElse(null);
        if (hit != null) {
          System.out.println("mutation " + module + ": the equivalent mutant listed at " + e.className() + "."
              + e.method() + ":" + e.line() + " is now at line " + hit.line());
        }
        if (hit == null) {
          problems.add(module + ": the listed equivalent mutant " + e.className() + "." + e.method() + ":" + e.line()
              + " (" + e.mutation() + ") does not survive any more (killed, moved or gone); update docs/testing.md");
          continue;
        }
        survivors.remove(hit);
        equivalent++;
      }
      long killed = mutants.stream().filter(Mutant::killed).count();
      int counted = mutants.size() - equivalent;
      double score = counted == 0 ? 100 : 100.0 * killed / counted;
      long classes = mutants.stream().map(m -> m.className().replaceFirst("\\$.*", "")).distinct().count();
      String line = String.format(Locale.ROOT,
          "%-12s %4d mutants, %3d equivalent, %4d killed: %5.1f%% (threshold %.0f%%), %d classes",
          module, mutants.size(), equivalent, killed, score, t.getValue(), classes);
      summary.append(line).append('\n');
      System.out.println("mutation " + line);
      if (score < t.getValue()) {
        problems.add(module + ": " + String.format(Locale.ROOT, "%.1f%%", score) + " of mutants killed, below "
            + t.getValue() + "%; survivors:");
        survivors.forEach(m -> problems.add("  " + m.status() + " " + m.className() + "." + m.method() + ":" + m.line()
            + " " + m.mutator().substring(m.mutator().lastIndexOf('.') + 1) + ": " + m.description()));
      }
    }
    Files.writeString(reports.resolve("scores.txt"), summary);
    if (!problems.isEmpty()) {
      problems.forEach(p -> System.err.println("mutation: " + p));
      System.exit(1);
    }
  }

  static List<Mutant> mutants(Path xml) throws Exception {
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    NodeList list = doc.getElementsByTagName("mutation");
    List<Mutant> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      Element m = (Element) list.item(i);
      out.add(new Mutant(text(m, "mutatedClass"), text(m, "mutatedMethod"), Integer.parseInt(text(m, "lineNumber")),
          text(m, "mutator"), text(m, "description"), m.getAttribute("detected").equals("true"),
          m.getAttribute("status")));
    }
    return out;
  }

  private static String text(Element e, String tag) {
    return e.getElementsByTagName(tag).item(0).getTextContent().strip();
  }

  /**
   * The rows of the table under the heading "## Equivalent mutants": {@code | module | Class | method | line |
   * mutation | why |}, after the header row and its separator.
   */
  static List<Equivalent> equivalents(Path markdown) throws IOException {
    List<Equivalent> out = new ArrayList<>();
    boolean inSection = false;
    for (String line : Files.readAllLines(markdown)) {
      if (line.startsWith("## ")) {
        inSection = line.strip().equals("## Equivalent mutants");
        continue;
      }
      if (!inSection || !line.startsWith("|")) {
        continue;
      }
      String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|", -1);
      if (cells.length != 6 || !cells[3].strip().matches("\\d+")) {
        continue; // the header and its separator
      }
      out.add(new Equivalent(cells[0].strip(), unquote(cells[1]), unquote(cells[2]), Integer.parseInt(cells[3].strip()),
          unquote(cells[4]), cells[5].strip()));
    }
    return out;
  }

  private static String unquote(String cell) {
    return cell.strip().replace("`", "");
  }
}
