package mamori.cli;

import java.util.concurrent.Callable;
import mamori.work.WorkStore;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mamori jobs quota JOB ENTRUSTMENT --hourly N --daily N}: the per-operator task quotas of
 * an entrustment that gives the job, logged first (job.change).
 */
@Command(
    name = "quota",
    mixinStandardHelpOptions = true,
    description = "Set the tasks an hour and a day per operator of an entrustment giving a job.")
final class JobsQuotaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(index = "0", paramLabel = "JOB", description = "the job's id")
  String job;

  @Parameters(index = "1", paramLabel = "ENTRUSTMENT", description = "the entrustment's id")
  String entrustment;

  @Option(names = "--hourly", required = true, description = "tasks an hour per operator")
  int hourly;

  @Option(names = "--daily", required = true, description = "tasks a day per operator")
  int daily;

  @Option(names = "--tenant", description = "the tenant (the signed-in user's by default)")
  @Nullable String tenant;

  @Override
  public Integer call() {
    WorkStore.Quota q = new WorkStore.Quota(hourly, daily);
    return JobsStatusCommand.with(
        spec,
        store,
        tenant,
        (s, p) -> {
          s.changes().setQuota(p, job, entrustment, q);
          spec.commandLine()
              .getOut()
              .printf("%s %s quota %d/hour %d/day%n", job, entrustment, q.hourly(), q.daily());
          return 0;
        });
  }
}
