package mamori.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import mamori.crypto.KeyPlacement;
import mamori.crypto.RootKeyConfig;
import mamori.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mamori keys check}: where the root key and the logs' signing keys are, and whether a copy
 * of the data folder alone would reveal anything. Reads no key and opens no store, so it is safe to
 * run on a copy; exits 1 when the data folder holds a key.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Says where each key is (root key, log signing keys) and whether a copy of the data folder",
      "alone would open the data or sign the log. Exit 0: it would not; 1: it would."
    })
final class KeysCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    var root = RootKeyConfig.from(mamori.VaultSession::property, store.keyFolder());
    KeyPlacement.Report report =
        KeyPlacement.inspect(
            store.dataFolder(),
            store.location() instanceof StoreLocation.Embedded,
            store.keyFolder(),
            root);
    PrintWriter out = spec.commandLine().getOut();
    report.lines().forEach(out::println);
    out.println(
        String.format(
            Locale.ROOT,
            "verdict: %s",
            report.exposed()
                ? "keys in the data folder; move them (--keys DIR) or keep the root key in a token"
                : "the data folder holds no key"));
    out.flush();
    return report.exposed() ? 1 : 0;
  }
}
