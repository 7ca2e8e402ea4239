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
 * {@code mamori jobs reopen JOB}: reopens a closed job, so its waiting tasks are given again;
 * logged first (job.change).
 */
@Command(
    name = "reopen",
    mixinStandardHelpOptions = true,
    description =
        "Reopen a closed job: its waiting tasks are given again."
            + " For the controller's admin or security officer; logged first.")
final class JobsReopenCommand implements Callable<Integer> {
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
          Job j = s.changes().setState(p, job, Job.State.OPEN);
          spec.commandLine().getOut().printf("%s %s%n", j.id().value(), j.state().code());
          return 0;
        });
  }
}
