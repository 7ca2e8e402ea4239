package mamori.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mamori package ...}: encrypted packages, made, opened and inspected. */
@Command(
    name = "package",
    mixinStandardHelpOptions = true,
    description = "Encrypted packages: open and inspect those received, manage recipient keys.",
    subcommands = {PackageOpenCommand.class, PackageInspectCommand.class, PackageKeysCommand.class})
final class PackageCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori package --help'");
  }
}
