package mamori.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import mamori.generate.Csv;
import mamori.generate.PersonGenerator;
import mamori.generate.Resident;
import mamori.generate.Residents;
import mamori.generate.SyntheticCompanies;
import mamori.work.DocumentType;
import mamori.work.SlipDrawer;
import mamori.work.SyntheticSlips;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mamori generate slips}: synthetic withholding slips drawn as scanned pages. */
@Command(
    name = "slips",
    mixinStandardHelpOptions = true,
    description = {
      "Writes N synthetic withholding slips (源泉徴収票) to DIR as the pages a scanner gives:",
      "slip-00001.png (A4 at 150 dpi, 1240 x 1754) or slip-00001.pdf, one file a slip, and",
      "slips.csv, the values drawn on each (the answer key: full synthetic numbers, like the",
      "persons file). Payees and their dependants are generated residents (or those of",
      "--residents, a file 'mamori generate persons' wrote), payers synthetic companies with",
      "valid corporate numbers. Text is drawn in IPAex Gothic (fonts-ipaexfont-gothic) or",
      "--font. The same seed, count and residents give the same slips.",
      ""
    })
final class GenerateSlipsCommand implements Callable<Integer> {
  static final int MAX_COUNT = 100_000;

  /** The answer key's file name in the output folder. */
  static final String ANSWER_KEY = "slips.csv";

  @Spec CommandSpec spec;

  @Option(
      names = "--count",
      required = true,
      paramLabel = "N",
      description = "How many slips: 1 to 100,000.")
  int count;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The folder to write; made when missing.")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "png",
      description = "png (one image a page, the default) or pdf (one PDF a slip).")
  String format = "png";

  @Option(
      names = "--residents",
      paramLabel = "CSV",
      description = "Payees from this file of generated persons instead of new ones.")
  Path residents;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "" + PersonGenerator.DEFAULT_SEED,
      description = "Seed of the generators (default: ${DEFAULT-VALUE}).")
  long seed = PersonGenerator.DEFAULT_SEED;

  @Option(
      names = "--font",
      paramLabel = "FILE",
      description = "A TrueType font with Japanese glyphs (default: IPAex Gothic).")
  Path font = SlipDrawer.DEFAULT_FONT;

  @Override
  public Integer call() throws IOException {
    if (count < 1 || count > MAX_COUNT) {
      throw new ParameterException(
          spec.commandLine(), "--count must be from 1 to 100,000, not " + count);
    }
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("png") && !fmt.equals("pdf")) {
      throw new ParameterException(
          spec.commandLine(), "--format must be png or pdf, not " + format);
    }
    long start = System.nanoTime();
    SlipDrawer drawer = SlipDrawer.withFont(font);
    List<Resident> people =
        residents != null
            ? Residents.readCsv(residents, 1_000_000)
            : Residents.generate(Math.max(100, count * 3), seed);
    var companies = SyntheticCompanies.generate(Math.max(10, count / 20), seed);
    List<SyntheticSlips.Slip> slips = SyntheticSlips.of(people, companies, count, seed);
    // drawn where the built-in type's regions are, so that the slips load into a job as keyable
    DocumentType type = mamori.work.DocumentTypes.builtIn(SyntheticSlips.TYPE);
    Files.createDirectories(out);
    long bytes = 0;
    for (SyntheticSlips.Slip slip : slips) {
      String name = name(slip);
      if (fmt.equals("pdf")) {
        byte[] pdf = drawer.drawPdf(type, slip.values(), SyntheticSlips.YEAR);
        Files.write(out.resolve(name + ".pdf"), pdf);
        bytes += pdf.length;
      } else {
        List<byte[]> pages = drawer.drawPng(type, slip.values(), SyntheticSlips.YEAR);
        for (int p = 0; p < pages.size(); p++) {
          String file = pages.size() == 1 ? name + ".png" : name + "-p" + (p + 1) + ".png";
          Files.write(out.resolve(file), pages.get(p));
          bytes += pages.get(p).length;
        }
      }
    }
    writeAnswerKey(out.resolve(ANSWER_KEY), type, slips);
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        String.format(
            Locale.ROOT,
            "wrote %,d slips (%s, %.1f MB) and " + ANSWER_KEY + " to %s in %.1f s",
            count,
            fmt,
            bytes / 1e6,
            out,
            (System.nanoTime() - start) / 1e9));
    err.flush();
    return 0;
  }

  /** A slip's file name without its extension: {@code slip-00001}. */
  private static String name(SyntheticSlips.Slip slip) {
    return String.format(Locale.ROOT, "slip-%05d", slip.number());
  }

  /**
   * The answer key: a header, then one line a slip with its name and each field's value. It holds
   * full synthetic numbers, so it is written as the persons file is: whole or not at all, and
   * owner-only ({@link Csv#writeWhole}).
   */
  static void writeAnswerKey(Path file, DocumentType type, List<SyntheticSlips.Slip> slips)
      throws IOException {
    Csv.writeWhole(
        file,
        StandardCharsets.UTF_8.newEncoder(),
        w -> {
          StringBuilder line = new StringBuilder(256).append("slip");
          type.fields().forEach(f -> Csv.appendField(line.append(','), f.id()));
          w.append(line).append(Csv.CRLF);
          for (SyntheticSlips.Slip slip : slips) {
            line.setLength(0);
            w.append(appendRow(line, name(slip), type, slip.values()));
          }
          return slips.size();
        });
  }

  /** One line of the answer key: the slip's name, then each field's value, quoted as RFC 4180. */
  static StringBuilder appendRow(
      StringBuilder line, String name, DocumentType type, Map<String, String> values) {
    Csv.appendField(line, name);
    type.fields().forEach(f -> Csv.appendField(line.append(','), values.getOrDefault(f.id(), "")));
    return line.append(Csv.CRLF);
  }
}
