package mamori.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori jobs ...}: data-entry jobs on the command line. This parent holds the pace's
 * subcommands only; the jobs' own (create, add-documents) join it where they are defined.
 */
@Command(
    name = "jobs",
    mixinStandardHelpOptions = true,
    description = "Data-entry jobs: status (progress, pace, forecast), deadline, quotas.",
    subcommands = {JobsStatusCommand.class, JobsDeadlineCommand.class, JobsQuotaCommand.class})
final class JobsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori jobs --help'");
  }
}
