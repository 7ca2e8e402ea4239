import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * The Java runtime the release archive carries (runtime/): jlink of the building JDK's modules that
 * Mamori and its libraries use, so a machine needs no Java of its own. Run by Maven in the package
 * phase: {@code java src/release/LinkRuntime.java OUTPUT MODULES}. The JDK links from its own image (JEP
 * 493) when it has no jmods folder. A runtime already made by the same JDK with the same modules is
 * kept (a stamp file beside it names the JDK and jlink's arguments), so a repeated build does not pay the link again.
 */
void main(String[] args) throws IOException {
  if (args.length != 2) {
    throw new IllegalArgumentException("usage: LinkRuntime.java OUTPUT MODULES");
  }
  Path out = Path.of(args[0]);
  String modules = args[1].replaceAll("\\s+", "");
  Path stamp = out.resolveSibling(out.getFileName() + ".stamp");
  List<String> jlink =
      List.of(
          "--add-modules", modules,
          // Japanese and English are the languages the pages and letters speak
          "--include-locales=en,ja",
          "--strip-debug", "--no-header-files", "--no-man-pages",
          // the JDK's class-data archive: quicker starts, and the base the service's own archive
          // (AutoCreateSharedArchive in bin/mamori) is layered on
          "--generate-cds-archive",
          "--output", out.toString());
  String wanted =
      System.getProperty("java.home") + " " + Runtime.version() + " " + String.join(" ", jlink) + "\n";
  if (Files.isDirectory(out) && Files.exists(stamp) && Files.readString(stamp).equals(wanted)) {
    return;
  }
  Files.deleteIfExists(stamp);
  if (Files.exists(out)) {
    try (Stream<Path> all = Files.walk(out)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
  ToolProvider tool =
      ToolProvider.findFirst("jlink")
          .orElseThrow(() -> new IllegalStateException("this JDK has no jlink"));
  var err = new PrintWriter(System.err, true);
  int status = tool.run(new PrintWriter(System.out, true), err, jlink.toArray(String[]::new));
  if (status != 0) {
    throw new IllegalStateException("jlink failed (" + status + "): " + String.join(" ", jlink));
  }
  Files.writeString(stamp, wanted);
}
