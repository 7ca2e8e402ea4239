package mamori.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import mamori.transfer.Recipients;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mamori recipients add|list|revoke}: the recipients the tenant sends packages to, each with
 * its registered X25519 public key, as the controller's security officer or admin. A key's
 * fingerprint is printed as hex and as words, to be read over the telephone to the recipient before
 * anything is sent: the command asks nothing, the person confirms out of band.
 */
@Command(
    name = "recipients",
    mixinStandardHelpOptions = true,
    description =
        "Register, list and revoke the recipients of the tenant's packages and their public keys.",
    subcommands = {
      RecipientsCommand.Add.class,
      RecipientsCommand.ListRecipients.class,
      RecipientsCommand.Revoke.class
    })
final class RecipientsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori recipients --help'");
  }

  static void line(PrintWriter out, Recipients.Recipient r) {
    out.printf(
        "%-20s %-8s %s  %s  %s%n",
        r.id(),
        r.state().name().toLowerCase(java.util.Locale.ROOT),
        r.fingerprint(),
        r.words(),
        r.name());
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Register a recipient and its public key; prints the fingerprint to confirm by"
              + " telephone.")
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(index = "0", paramLabel = "ID", description = "1 to 64 of a-z, 0-9 and '-'")
    String id;

    @Option(names = "--name", required = true, paramLabel = "N", description = "its name")
    String name;

    @Option(
        names = "--key",
        required = true,
        paramLabel = "FILE|BASE64",
        description =
            "the recipient's X25519 public key: a file of one line, or the line itself (Base64 of"
                + " the raw 32 bytes)")
    String key;

    @Option(names = "--tenant", description = "the tenant (the signed-in user's by default)")
    @Nullable String tenant;

    @Override
    public Integer call() {
      byte[] raw;
      try {
        raw = mamori.transfer.ReceiveKeys.publicKeyArgument(key);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--key: " + e.getMessage());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return PackageListCommand.with(
          spec,
          store,
          tenant,
          (t, p) -> {
            Recipients.Recipient r =
                t.recipients().add(p.who(), p.controller(), p.role(), id, name, raw);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("recipient    %s (%s)%n", r.id(), r.name());
            out.printf("fingerprint  %s%n", r.fingerprint());
            out.printf("words        %s%n", r.words());
            out.println(
                "Read the words to the recipient over the telephone: they must match the words of"
                    + " the key they hold.");
            return 0;
          });
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "The tenant's recipients: id, state, fingerprint, its words, name.")
  static final class ListRecipients implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", description = "the tenant (the signed-in user's by default)")
    @Nullable String tenant;

    @Override
    public Integer call() {
      return PackageListCommand.with(
          spec,
          store,
          tenant,
          (t, p) -> {
            PrintWriter out = spec.commandLine().getOut();
            var all = t.recipients().list(p.tenantId());
            if (all.isEmpty()) {
              out.println("no recipients");
            }
            all.forEach(r -> line(out, r));
            return 0;
          });
    }
  }

  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description = "Revoke a recipient: nothing is packaged for it or released to it again.")
  static final class Revoke implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--tenant", description = "the tenant (the signed-in user's by default)")
    @Nullable String tenant;

    @Override
    public Integer call() {
      return PackageListCommand.with(
          spec,
          store,
          tenant,
          (t, p) -> {
            t.recipients().revoke(p.who(), p.controller(), p.role(), id);
            spec.commandLine().getOut().printf("recipient  %s revoked%n", id);
            return 0;
          });
    }
  }
}
