package mamori.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import mamori.number.NumberVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mamori number check}: judges numbers without ever printing one in full. */
@Command(
    name = "number",
    description = "Work with individual and corporate numbers.",
    mixinStandardHelpOptions = true,
    subcommands = NumberCommand.Check.class)
final class NumberCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Checks each VALUE (or each line of standard input when none is given): 12 digits are judged as an",
        "individual number, 13 as a corporate number. Full-width digits, spaces and hyphens are accepted.",
        "Prints one line per value, in order, starting with 'valid' or 'invalid'; never a full number.",
        "Exit 0 when all are valid, 1 when any is invalid."
      })
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "VALUE", description = "Numbers to check.")
    List<String> values = List.of();

    /** Standard input; a field so that tests can replace it. */
    InputStream in = System.in;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      boolean allValid = true;
      if (!values.isEmpty()) {
        for (String v : values) {
          allValid &= print(out, NumberVerdict.of(v));
        }
      } else {
        boolean interactive =
            in == System.in && System.console() != null && System.console().isTerminal();
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        long seen = 0;
        for (String line; (line = reader.readLine()) != null; ) {
          seen++;
          allValid &= print(out, NumberVerdict.of(stripBom(line, seen)));
          if (interactive) {
            out.flush();
          }
        }
      }
      out.flush();
      return allValid ? 0 : 1;
    }

    private static boolean print(PrintWriter out, NumberVerdict verdict) {
      out.println(verdict);
      return verdict.valid();
    }

    private static String stripBom(String line, long lineNo) {
      return lineNo == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
  }
}
