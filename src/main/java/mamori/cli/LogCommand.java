package mamori.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import mamori.crypto.SigningKeys;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.store.ClockConfiguration;
import mamori.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mamori log ...}: the transparency log from the command line, without the web stack. */
@Command(
    name = "log",
    mixinStandardHelpOptions = true,
    description =
        "Print a log's verifier key, checkpoint, proofs or entries, verify whole logs, and audit"
            + " a log over HTTP.",
    subcommands = {
      LogCommand.Vkey.class,
      LogCommand.CheckpointCmd.class,
      LogProveCommand.class,
      LogEntriesCommand.class,
      LogVerifyCommand.class,
      LogAuditCommand.class,
      LogFollowCommand.class
    })
final class LogCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'mamori log --help'");
  }

  /** Opens the store and the logs; closes both. */
  static <T> T withLogs(StoreOptions store, LogsWork<T> work) throws Exception {
    try (Store s = Store.open(store.location());
        TransparencyLogs logs =
            new TransparencyLogs(
                s.dataSource(),
                SigningKeys.in(store.keyFolder()),
                TransparencyLogs.DEFAULT_ORIGIN_PREFIX,
                ClockConfiguration.systemClock())) {
      return work.run(logs);
    }
  }

  interface LogsWork<T> {
    T run(TransparencyLogs logs) throws Exception;
  }

  static TenantLog existing(CommandSpec spec, TransparencyLogs logs, String tenant) {
    if (!logs.exists(tenant)) {
      throw new ParameterException(spec.commandLine(), "there is no log for tenant " + tenant);
    }
    return logs.forTenant(tenant);
  }

  @Command(
      name = "vkey",
      mixinStandardHelpOptions = true,
      description =
          "Prints the verifier keys of a tenant's log (C2SP vkey form): Ed25519, then ML-DSA-44.")
  static final class Vkey implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Override
    public Integer call() throws Exception {
      return withLogs(
          store,
          logs -> {
            existing(spec, logs, tenant);
            PrintWriter out = spec.commandLine().getOut();
            logs.verifierKeys(tenant).forEach(k -> out.println(k));
            out.flush();
            return 0;
          });
    }
  }

  @Command(
      name = "checkpoint",
      mixinStandardHelpOptions = true,
      description = "Prints the latest signed checkpoint of a tenant's log.")
  static final class CheckpointCmd implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Override
    public Integer call() throws Exception {
      return withLogs(
          store,
          logs -> {
            String note =
                existing(spec, logs, tenant)
                    .checkpoint()
                    .orElseThrow(() ->
                        new ParameterException(
                            spec.commandLine(), "the log of " + tenant + " has no checkpoint yet"));
            spec.commandLine().getOut().print(note);
            spec.commandLine().getOut().flush();
            return 0;
          });
    }
  }
}
