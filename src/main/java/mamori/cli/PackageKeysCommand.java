package mamori.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.cli.LoginCommand.CliUser;
import mamori.identity.Principal;
import mamori.transfer.PackageRefused;
import mamori.transfer.ReceiveKeys;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori package keys create|list}: the tenant's own recipient keys, whose private halves
 * stay sealed in its Mamori and whose public halves go to the senders.
 */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "Create and list this tenant's recipient keys (kept sealed in its Mamori).",
    subcommands = {PackageKeysCommand.Create.class, PackageKeysCommand.ListKeys.class})
final class PackageKeysCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori package keys --help'");
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = {
        "Creates a recipient key (X25519) for the tenant, keeps its private half sealed by the",
        "tenant's keys, and prints its public half (Base64, for 'mamori recipients add --key'",
        "at the sender), its fingerprint and the fingerprint's words, to be read to the sender",
        "over the telephone. The security officer or admin of the tenant does this; logged."
      })
  static final class Create implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(
        names = "--public-out",
        paramLabel = "FILE",
        description = "Also write the public key to FILE (one line of Base64).")
    @Nullable Path publicOut;

    @Override
    public Integer call() throws Exception {
      if (publicOut != null && Files.exists(publicOut)) {
        throw new ParameterException(spec.commandLine(), publicOut + " exists already");
      }
      try (VaultSession s = store.session()) {
        Principal p = CliUser.require(s.store);
        ReceiveKeys.Key key;
        try {
          key = SendersCommand.Receiving.keys(s).create(p.who(), p.controller(), p.role());
        } catch (PackageRefused e) {
          throw SendersCommand.Receiving.refused(e);
        }
        if (publicOut != null) {
          Files.writeString(publicOut, key.publicKeyBase64() + "\n");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("public_key: " + key.publicKeyBase64());
        out.println("fingerprint: " + key.fingerprint());
        out.println("words: " + key.words());
        out.flush();
      }
      return 0;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the fingerprints of the tenant's recipient keys.")
  static final class ListKeys implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Override
    public Integer call() {
      try (VaultSession s = store.session()) {
        Principal p = CliUser.require(s.store);
        PrintWriter out = spec.commandLine().getOut();
        SendersCommand.Receiving.keys(s).fingerprints(p.tenantId()).forEach(out::println);
        out.flush();
      }
      return 0;
    }
  }
}
