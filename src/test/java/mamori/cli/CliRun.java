package mamori.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine;

/** One run of {@code mamori ARGS} in this JVM: its exit code and what it wrote to each stream. */
record CliRun(int exit, String out, String err) {

  static CliRun of(String... args) {
    return with(cl -> {}, args);
  }

  /**
   * Runs after {@code setup} has prepared the command line (for example, replaced standard input).
   */
  static CliRun with(Consumer<CommandLine> setup, String... args) {
    CommandLine cl = MamoriCommand.newCommandLine();
    setup.accept(cl);
    var out = new StringWriter();
    var err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  List<String> lines() {
    return out.lines().toList();
  }
}
