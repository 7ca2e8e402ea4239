package mamori.cli;

import mamori.terminal.CliLogging;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top of the command tree. Exit codes: 0 success, 1 a finding or an invalid value (as each
 * command says), 2 bad usage or unreadable input, or no signed-in user where one is needed ({@code
 * mamori login}), 3 partly rejected input.
 */
@Command(
    name = "mamori",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Keeps My Numbers and the personal data tied to them; every access entrusted, logged and shown.",
    subcommands = {
      LoginCommand.class,
      LoginCommand.Logout.class,
      NumberCommand.class,
      ScanCommand.class,
      GenerateCommand.class,
      ImportCommand.class,
      PersonsCommand.class,
      KeysCommand.class,
      TenantsCommand.class,
      UsersCommand.class,
      OrganisationsCommand.class,
      PurposesCommand.class,
      EntrustmentsCommand.class,
      TokensCommand.class,
      SettingsCommand.class,
      RulesCommand.class,
      AlertsCommand.class,
      JobsCommand.class,
      ResidentsCommand.class,
      PrintCommand.class,
      ListsCommand.class,
      IncidentsCommand.class,
      RecipientsCommand.class,
      SendersCommand.class,
      PackageCommand.class,
      PagesCommand.class,
      RetentionCommand.class,
      LogCommand.class,
      ServeCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      DemoCommand.class,
      WitnessCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class MamoriCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command: try 'mamori help'");
  }

  /** The {@code mamori} command. */
  public static void main(String[] args) {
    CliLogging.configure();
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; never calls System.exit. */
  public static int run(String... args) {
    return newCommandLine().execute(args);
  }

  public static CommandLine newCommandLine() {
    CommandLine cl = new CommandLine(new MamoriCommand());
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setParameterExceptionHandler(ErrorHandler::usageError);
    return cl;
  }
}
