package mamori.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import mamori.number.Finding;
import mamori.number.NumberScanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mamori scan}: the leak scanner, printing masked findings and a summary. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Finds My Numbers in files about to leave a controlled area: plain text and",
      "CSV (UTF-8, UTF-16 or Shift_JIS), PDF, Word (.doc, .docx) and Excel (.xls,",
      ".xlsx); ZIP and gzip archives entry by entry; folders recursively. Prints",
      "one line per finding, never a full number:",
      "  FILE:LOCATION: MASKED CONFIDENCE (REASON)",
      "and a summary on standard error. Exit 0 when nothing is found, 1 when",
      "something is, 2 when an input could not be read."
    })
final class ScanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to scan.")
  List<Path> paths = List.of();

  @Override
  public Integer call() {
    Tally tally = new Tally(spec.commandLine().getOut(), spec.commandLine().getErr());
    for (Path path : paths) {
      NumberScanner.scan(path, tally);
    }
    tally.out.flush();
    tally.err.println(tally.summary());
    tally.err.flush();
    return tally.unreadable > 0 ? 2 : tally.findings > 0 ? 1 : 0;
  }

  /** Prints findings and problems as they come, and counts them for the summary. */
  private static final class Tally implements NumberScanner.Listener {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Set<Path> filesWithFindings = new HashSet<>();
    private final int[] byConfidence = new int[Finding.Confidence.values().length];
    private long files;
    private long bytes;
    private long findings;
    private long unreadable;
    private long skipped;

    Tally(PrintWriter out, PrintWriter err) {
      this.out = out;
      this.err = err;
    }

    @Override
    public void found(Finding finding) {
      out.println(finding);
      findings++;
      byConfidence[finding.confidence().ordinal()]++;
      filesWithFindings.add(finding.path());
    }

    @Override
    public void unreadable(Path path, String reason) {
      out.flush();
      err.println("mamori: cannot read " + NumberScanner.displayName(path) + ": " + reason);
      unreadable++;
    }

    @Override
    public void skipped(Path path, String reason) {
      out.flush();
      err.println("mamori: skipped " + NumberScanner.displayName(path) + ": " + reason);
      skipped++;
    }

    @Override
    public void scanned(Path file, long size) {
      files++;
      bytes += size;
    }

    /**
     * {@code scanned 3 files (1.2 MB): 5 findings (3 high, 1 medium, 1 low) in 2 files; 0
     * unreadable}.
     */
    String summary() {
      StringBuilder s =
          new StringBuilder("scanned ")
              .append(count(files, "file"))
              .append(" (")
              .append(size(bytes))
              .append("): ")
              .append(count(findings, "finding"));
      if (findings > 0) {
        s.append(" (");
        for (Finding.Confidence c : Finding.Confidence.values()) {
          s.append(c.ordinal() == 0 ? "" : ", ")
              .append(byConfidence[c.ordinal()])
              .append(' ')
              .append(c);
        }
        s.append(") in ").append(count(filesWithFindings.size(), "file"));
      }
      s.append("; ").append(unreadable).append(" unreadable");
      if (skipped > 0) {
        s.append(", ").append(skipped).append(" skipped");
      }
      return s.toString();
    }

    private static String count(long n, String noun) {
      return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String size(long bytes) {
      if (bytes < 1000) {
        return bytes + " B";
      }
      String[] units = {"KB", "MB", "GB", "TB"};
      double v = bytes;
      int u = -1;
      while (v >= 1000 && u < units.length - 1) {
        v /= 1000;
        u++;
      }
      return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
  }
}
