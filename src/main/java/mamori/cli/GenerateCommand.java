package mamori.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import mamori.generate.CsvEncoding;
import mamori.generate.PersonGenerator;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code mamori generate persons|slips}: synthetic residents as CSV, and synthetic withholding
 * slips as page images, for demos, tests and benchmarks.
 */
@Command(
    name = "generate",
    description = "Generate synthetic data.",
    mixinStandardHelpOptions = true,
    subcommands = {GenerateCommand.Persons.class, GenerateSlipsCommand.class})
final class GenerateCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori generate persons --help'");
  }

  @Command(
      name = "persons",
      mixinStandardHelpOptions = true,
      description = {
        "Writes N synthetic residents to FILE as CSV.",
        "",
        "Columns: my_number, family_name, given_name, family_name_kana,",
        "given_name_kana, birth_date, sex, postal_code, address, household_id,",
        "bank_account. Numbers are valid and distinct; people live in households of",
        "1 to 6 in real municipalities. The same seed and count give the same bytes.",
        "Lines end in CRLF (RFC 4180). FILE is written whole or not at all, and is",
        "replaced if it exists. A progress bar is drawn on a terminal; a summary",
        "line goes to standard error, nothing to standard output.",
        ""
      })
  static final class Persons implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--count",
        required = true,
        paramLabel = "N",
        description = "How many persons: 1 to 100,000,000.")
    long count;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "FILE",
        description = "The CSV file to write; its folder must exist.")
    Path out;

    @Option(
        names = "--encoding",
        paramLabel = "ENCODING",
        defaultValue = "utf-8",
        converter = EncodingConverter.class,
        description =
            "utf-8 (the default, no byte-order mark) or shift_jis, written as windows-31j (CP932)"
                + " as Excel on Windows reads it; sjis, cp932 and windows-31j name it too.")
    CsvEncoding encoding = CsvEncoding.UTF_8;

    @Option(
        names = "--seed",
        paramLabel = "S",
        defaultValue = "" + PersonGenerator.DEFAULT_SEED,
        description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed = PersonGenerator.DEFAULT_SEED;

    /** Whether to draw a progress bar; a field so that tests can decide. */
    boolean terminal = System.console() != null && System.console().isTerminal();

    @Override
    public Integer call() throws IOException {
      if (count < 1 || count > PersonGenerator.MAX_COUNT) {
        throw new ParameterException(
            spec.commandLine(),
            String.format(
                Locale.ROOT,
                "--count must be from 1 to %,d, not %d",
                PersonGenerator.MAX_COUNT,
                count));
      }
      long start = System.nanoTime();
      PersonGenerator.Summary written;
      if (terminal) {
        try (ProgressBar bar =
            new ProgressBarBuilder()
                .setTaskName("persons")
                .setInitialMax(count)
                .setUpdateIntervalMillis(200)
                .showSpeed()
                .build()) {
          written = PersonGenerator.writeCsv(out, count, seed, encoding, bar::stepTo);
        }
      } else {
        written = PersonGenerator.writeCsv(out, count, seed, encoding, rows -> {});
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          String.format(
              Locale.ROOT,
              "wrote %,d persons in %,d households to %s (%.1f MB, %s) in %.1f s",
              written.persons(),
              written.households(),
              written.file(),
              written.bytes() / 1e6,
              written.encoding(),
              seconds));
      err.flush();
      return 0;
    }
  }

  /** Turns a name such as {@code sjis} into an encoding, or into picocli's usage error. */
  static final class EncodingConverter implements ITypeConverter<CsvEncoding> {
    @Override
    public CsvEncoding convert(String value) {
      try {
        return CsvEncoding.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
