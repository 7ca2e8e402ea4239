package mamori.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import mamori.log.LogVerifier;
import mamori.terminal.Progress;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mamori log verify}: every stored log recomputed from its entries and checked. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Recomputes each log from its stored entries, checks every stored tile and checkpoint",
      "against it, and names the first entry or checkpoint that disagrees. Exit 1 when one does."
    })
final class LogVerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--tenant",
      paramLabel = "T",
      description = "One tenant; all tenants when omitted.")
  @Nullable String tenant;

  @Override
  public Integer call() throws Exception {
    return LogCommand.withLogs(
        store,
        logs -> {
          List<String> tenants = tenant != null ? List.of(tenant) : logs.tenants();
          PrintWriter out = spec.commandLine().getOut();
          boolean allOk = true;
          if (tenants.isEmpty()) {
            out.println("no logs in " + store.location());
          }
          for (String t : tenants) {
            long started = System.nanoTime();
            LogVerifier.Report r =
                Progress.track("verify " + t, -1, p -> LogVerifier.verify(logs, t, p));
            double s = (System.nanoTime() - started) / 1e9;
            if (r.ok()) {
              out.printf(
                  java.util.Locale.ROOT,
                  "%s: ok, %,d entries and %,d checkpoints verified in %.1f s%n",
                  t,
                  r.entries(),
                  r.checkpoints(),
                  s);
            } else {
              allOk = false;
              out.printf("%s: FAILED: %s%n", t, r.problem().orElseThrow());
            }
          }
          out.flush();
          return allOk ? 0 : 1;
        });
  }
}
