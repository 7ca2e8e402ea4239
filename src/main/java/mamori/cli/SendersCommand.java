package mamori.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.cli.LoginCommand.CliUser;
import mamori.core.TenantId;
import mamori.identity.Principal;
import mamori.log.AdminLog;
import mamori.store.ClockConfiguration;
import mamori.store.TenantSettings;
import mamori.transfer.Opening;
import mamori.transfer.PackageRefused;
import mamori.transfer.ReceiveKeys;
import mamori.transfer.Senders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mamori senders add|list}: the senders whose packages the signed-in user's tenant accepts,
 * each pinned by its package key and its release address.
 */
@Command(
    name = "senders",
    mixinStandardHelpOptions = true,
    description = "Register and list the senders whose packages this tenant accepts.",
    subcommands = {SendersCommand.Add.class, SendersCommand.ListSenders.class})
final class SendersCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori senders --help'");
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Registers a sender: its package key (the Base64 that 'mamori package signing-key' prints at",
        "the sender, confirmed by its fingerprint words over the telephone) and the address",
        "where its releases are asked. A package is opened only when a registered key signed",
        "it, and its release is asked only at the registered address. The security officer",
        "or admin of the tenant does this; it is logged first."
      })
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(index = "0", paramLabel = "ID", description = "The sender's id here, e.g. town.")
    String id;

    @Option(names = "--name", required = true, paramLabel = "N")
    String name;

    @Option(
        names = "--key",
        required = true,
        paramLabel = "BASE64|FILE",
        description = "The sender's package key: Base64 of the raw 32-byte Ed25519 key, or a file.")
    String key;

    @Option(
        names = "--url",
        required = true,
        paramLabel = "URL",
        description = "Where releases are asked: https://..., or http:// on the loopback only.")
    String url;

    @Override
    public Integer call() throws Exception {
      byte[] raw;
      try {
        raw = ReceiveKeys.publicKeyArgument(key);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--key: " + e.getMessage());
      }
      try (VaultSession s = store.session()) {
        Principal p = CliUser.require(s.store);
        Senders.Sender added;
        try {
          added = Receiving.senders(s).add(p.who(), p.controller(), p.role(), id, name, raw, url);
        } catch (PackageRefused e) {
          throw Receiving.refused(e);
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("sender: " + added.id());
        out.println("fingerprint: " + added.fingerprint());
        out.println("words: " + added.words());
        out.println("release_url: " + added.releaseUrl());
        out.flush();
      }
      return 0;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the tenant's senders: id, key fingerprint, release address, name.")
  static final class ListSenders implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Override
    public Integer call() {
      try (VaultSession s = store.session()) {
        Principal p = CliUser.require(s.store);
        PrintWriter out = spec.commandLine().getOut();
        for (Senders.Sender sender : Receiving.senders(s).list(p.tenantId())) {
          out.printf(
              Locale.ROOT,
              "%s\t%s\t%s\t%s%n",
              sender.id(),
              sender.fingerprint().substring(0, 16),
              sender.releaseUrl(),
              sender.name());
        }
        out.flush();
      }
      return 0;
    }
  }

  /**
   * The recipient's side of packages as the command line wires it on a vault session: registered
   * senders, the tenant's recipient keys, and opening, with the purposes of the tenant's registry
   * (seeded with the common ones, as {@code import persons} does).
   */
  static final class Receiving {
    private Receiving() {}

    static Clock clock() {
      return ClockConfiguration.systemClock();
    }

    static Senders senders(VaultSession s) {
      return new Senders(s.store.dataSource(), new AdminLog(s.logs, clock()), clock());
    }

    static ReceiveKeys keys(VaultSession s) {
      return new ReceiveKeys(s.store.dataSource(), s.keys, new AdminLog(s.logs, clock()), clock());
    }

    /** Opening for {@code tenant}, its controller organisation and common purposes registered. */
    static Opening opening(VaultSession s, TenantId tenant) {
      s.gate(tenant.value());
      mamori.entrustment.Entrustments entrustments =
          new mamori.entrustment.Entrustments(
              s.store.dataSource(),
              s.logs,
              e -> {},
              mamori.entrustment.StaffDirectory.NONE,
              clock());
      return new Opening(
          s.store.dataSource(),
          s.vault,
          s.logs,
          senders(s),
          keys(s),
          new TenantSettings(s.store.dataSource()),
          (t, purpose) ->
              entrustments.purposes(t.value()).stream().anyMatch(p -> p.id().equals(purpose)),
          Opening.TIMEOUT,
          clock());
    }

    /** A refusal as the command line says it: its code, then its message; exit 2. */
    static RuntimeException refused(PackageRefused e) {
      return new LoginCommand.CliUser.NotAllowed(e.reason().code() + ": " + e.getMessage());
    }
  }
}
