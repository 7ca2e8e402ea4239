package mamori.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mamori bench}: the measurements of DESIGN.md's Performance section, one subcommand each. */
@Command(name = "bench", description = "Measure Mamori against the figures DESIGN.md sets.",
    mixinStandardHelpOptions = true, subcommands = {BenchLogCommand.class, BenchImportCommand.class, BenchReadCommand.class,
        BenchSignInCommand.class, BenchHistoryCommand.class})
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'mamori bench log --help', 'mamori bench import --help' or 'mamori bench read --help'");
  }
}
