package mamori.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import mamori.work.Job;
import mamori.work.NewJob;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mamori jobs deadline JOB DATE}: a new deadline, logged first (job.change). */
@Command(
    name = "deadline",
    mixinStandardHelpOptions = true,
    description =
        "Set a job's deadline: a date (to the end of that day, 23:59:59 in Japan), a date-time"
            + " (in Japan unless it has an offset) or an ISO-8601 instant.")
final class JobsDeadlineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(index = "0", paramLabel = "JOB", description = "the job's id")
  String job;

  @Parameters(
      index = "1",
      paramLabel = "DEADLINE",
      description = "2027-01-31, 2027-01-31T17:00 or 2027-01-31T15:00:00Z")
  String deadline;

  @Option(names = "--tenant", description = "the tenant (the signed-in user's by default)")
  @Nullable String tenant;

  @Override
  public Integer call() {
    Instant at = parse(deadline);
    return JobsStatusCommand.with(
        spec,
        store,
        tenant,
        (s, p) -> {
          Job j = s.changes().setDeadline(p, job, at);
          spec.commandLine().getOut().printf("%s deadline %s%n", j.id().value(), j.deadline());
          return 0;
        });
  }

  /** The deadline as {@code jobs create} and the console read it ({@link NewJob#deadline}). */
  private Instant parse(String text) {
    try {
      return NewJob.deadline(text);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "DEADLINE: " + e.getMessage());
    }
  }
}
