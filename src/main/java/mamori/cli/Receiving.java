package mamori.cli;

import java.time.Clock;
import mamori.VaultSession;
import mamori.core.TenantId;
import mamori.log.AdminLog;
import mamori.store.ClockConfiguration;
import mamori.store.TenantSettings;
import mamori.transfer.Opening;
import mamori.transfer.PackageRefused;
import mamori.transfer.ReceiveKeys;
import mamori.transfer.Senders;

/**
 * The recipient's side of packages as the command line wires it on a vault session: registered
 * senders, the tenant's recipient keys, and opening, with the purposes of the tenant's registry
 * (seeded with the common ones, as {@code import persons} does).
 */
final class Receiving {
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
            s.store.dataSource(), s.logs, e -> {}, mamori.entrustment.StaffDirectory.NONE, clock());
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
