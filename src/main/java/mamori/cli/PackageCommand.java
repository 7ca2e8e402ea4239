package mamori.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori package ...}: encrypted packages (docs/package-format.md). The sender lists its
 * packages, reports one lost and prints its signing key; the recipient keeps its keys, inspects and
 * opens the packages it receives.
 */
@Command(
    name = "package",
    mixinStandardHelpOptions = true,
    description =
        "Encrypted packages: list those sent, report one lost, print the signing key; keep"
            + " recipient keys, inspect and open those received.",
    subcommands = {
      PackageListCommand.class,
      PackageReportLostCommand.class,
      PackageKeyCommand.class,
      PackageKeysCommand.class,
      PackageInspectCommand.class,
      PackageOpenCommand.class
    })
final class PackageCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori package --help'");
  }
}
