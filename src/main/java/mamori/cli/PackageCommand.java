package mamori.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mamori package ...}: the packages the tenant sends. */
@Command(
    name = "package",
    mixinStandardHelpOptions = true,
    description = "The tenant's encrypted packages: list them, report one lost, print the key.",
    subcommands = {
      PackageListCommand.class,
      PackageReportLostCommand.class,
      PackageKeyCommand.class
    })
final class PackageCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori package --help'");
  }
}
