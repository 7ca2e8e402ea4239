package mamori.cli;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.cli.LoginCommand.CliUser;
import mamori.identity.Principal;
import mamori.transfer.Inspection;
import mamori.transfer.Opening;
import mamori.transfer.PackageRefused;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mamori package inspect FILE}: what a package says of itself, whose signature it carries
 * and whether its sender released it, without any key.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a package's manifest (never a key), whether its signature is a registered",
      "sender's, whether it expired, and its release state as the registered sender tells it.",
      "Without --store (the default) no store is opened: the signature is then checked only",
      "under the key the manifest carries, which cannot be matched to a registered sender.",
      "Exit 0 for a valid signature, 1 for an invalid one, 2 for a file that is no package."
    })
final class PackageInspectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(index = "0", paramLabel = "FILE", description = "The package file.")
  Path file;

  @Option(
      names = "--store",
      description =
          "Match the signature with the signed-in user's registered senders (--data or --db).")
  boolean withStore;

  @Override
  public Integer call() throws Exception {
    Inspection i;
    try {
      if (withStore || store.data != null || store.db != null) {
        try (VaultSession s = store.session()) {
          Principal p = CliUser.require(s.store);
          i = SendersCommand.Receiving.opening(s, p.tenantId()).inspect(p.tenantId(), file);
        }
      } else {
        i = Opening.inspect(file, SendersCommand.Receiving.clock());
      }
    } catch (NoSuchFileException e) {
      throw new ParameterException(spec.commandLine(), "no such file: " + file);
    } catch (PackageRefused e) {
      throw SendersCommand.Receiving.refused(e);
    }
    PrintWriter out = spec.commandLine().getOut();
    i.lines().forEach(out::println);
    out.flush();
    return i.signature() == Inspection.Signature.INVALID ? 1 : 0;
  }
}
