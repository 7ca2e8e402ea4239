package mamori.cli;

import java.io.PrintWriter;
import java.util.function.Function;
import mamori.entrustment.EntrustmentException;
import mamori.entrustment.Entrustments;
import mamori.log.TransparencyLogs;
import mamori.store.ClockConfiguration;
import mamori.store.Store;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * What {@code mamori organisations} and {@code mamori purposes} share: the registry of a store with
 * its tenants' logs, so that every change is logged before it is stored, as on the console and the
 * API. A refused value is a usage error (exit 2); a refused change is said on standard error with
 * its reason code (exit 1).
 */
final class RegistryStore {
  private RegistryStore() {}

  /** The outcome of a change: 0 done, 1 refused. */
  static int change(CommandSpec spec, StoreOptions options, Function<Entrustments, String> work) {
    try {
      String said = with(spec, options, work);
      PrintWriter out = spec.commandLine().getOut();
      out.println(said);
      out.flush();
      return 0;
    } catch (EntrustmentException refused) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "mamori: refused: "
              + mamori.number.Masking.maskNumbers(String.valueOf(refused.getMessage())));
      err.flush();
      return 1;
    }
  }

  static <T> T with(CommandSpec spec, StoreOptions options, Function<Entrustments, T> work) {
    var clock = ClockConfiguration.systemClock();
    try (Store store = Store.open(options.location());
        TransparencyLogs logs =
            new TransparencyLogs(
                store.dataSource(),
                mamori.crypto.SigningKeys.in(options.keyFolder()),
                TransparencyLogs.DEFAULT_ORIGIN_PREFIX,
                clock);
        Entrustments entrustments = new Entrustments(store.dataSource(), logs, e -> {}, clock)) {
      return work.apply(entrustments);
    } catch (EntrustmentException refused) {
      throw refused;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), mamori.number.Masking.maskNumbers(String.valueOf(e.getMessage())));
    }
  }
}
