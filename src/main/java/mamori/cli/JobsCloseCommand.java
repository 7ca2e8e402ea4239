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
 * {@code mamori jobs close JOB}: closes a job, so it gives no more tasks and takes no more
 * documents; logged first (job.change).
 */
@Command(
    name = "close",
    mixinStandardHelpOptions = true,
    description =
        "Close a job: it gives no more tasks and takes no more documents (job.closed)."
            + " For the controller's admin or security officer; logged first.")
final class JobsCloseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(index = "0", paramLabel = "JOB", description = "the job's id")
  String job;

  @Option(names = "--tenant", description = "the tenant (the signed-in user's by default)")
  @Nullable String tenant;

  @Override
  public Integer call() {
    return JobsStatusCommand.with(
        spec,
        store,
        tenant,
        (s, p) -> {
          Job j = s.changes().setState(p, job, Job.State.CLOSED);
          spec.commandLine().getOut().printf("%s %s%n", j.id().value(), j.state().code());
          return 0;
        });
  }
}
