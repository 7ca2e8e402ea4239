package mamori.cli;

import java.util.concurrent.Callable;
import mamori.work.Job;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mamori jobs close JOB} and {@code mamori jobs reopen JOB}: one command that sets a job's
 * state, logged first (job.change); each subcommand names the state it sets. A closed job gives no
 * more tasks and takes no more documents; reopened, its waiting tasks are given again.
 */
abstract class JobsStateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(index = "0", paramLabel = "JOB", description = "the job's id")
  String job;

  @Option(names = "--tenant", description = "the tenant (the signed-in user's by default)")
  @Nullable String tenant;

  private final Job.State to;

  JobsStateCommand(Job.State to) {
    this.to = to;
  }

  @Override
  public Integer call() {
    return JobsStatusCommand.with(
        spec,
        store,
        tenant,
        (s, p) -> {
          Job j = s.changes().setState(p, job, to);
          spec.commandLine().getOut().printf("%s %s%n", j.id().value(), j.state().code());
          return 0;
        });
  }

  @Command(
      name = "close",
      mixinStandardHelpOptions = true,
      description =
          "Close a job: it gives no more tasks and takes no more documents (job.closed)."
              + " For the controller's admin or security officer; logged first.")
  static final class Close extends JobsStateCommand {
    Close() {
      super(Job.State.CLOSED);
    }
  }

  @Command(
      name = "reopen",
      mixinStandardHelpOptions = true,
      description =
          "Reopen a closed job: its waiting tasks are given again."
              + " For the controller's admin or security officer; logged first.")
  static final class Reopen extends JobsStateCommand {
    Reopen() {
      super(Job.State.OPEN);
    }
  }
}
