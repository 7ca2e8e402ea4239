package mamori.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.cli.LoginCommand.CliUser;
import mamori.core.TenantId;
import mamori.core.Why;
import mamori.crypto.TenantKeys;
import mamori.identity.Principal;
import mamori.store.ClockConfiguration;
import mamori.terminal.Progress;
import mamori.vault.Actor;
import mamori.vault.KeyRotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mamori keys ...}: a tenant's field keys, their rotation and its progress. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "Show, rotate, retire, check and back up the keys.",
    subcommands = {
      KeysCommand.Status.class,
      KeysCommand.Rotate.class,
      KeysCommand.Rewrap.class,
      KeysCommand.Retire.class,
      KeysCheckCommand.class,
      KeysBackupCommand.class,
      KeysBackupCommand.Recipient.class,
      KeysBackupCommand.Restore.class
    })
final class KeysCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori keys --help'");
  }

  /** Where and which tenant. */
  static final class Target {
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    String tenant(CommandSpec spec) {
      if (!TenantId.isValid(tenant)) {
        throw new ParameterException(spec.commandLine(), "--tenant is 1 to 64 of a-z, 0-9 and '-'");
      }
      return tenant;
    }
  }

  static KeyRotation rotation(VaultSession s) {
    return s.rotation(ClockConfiguration.systemClock());
  }

  static void printStatus(PrintWriter out, String tenant, KeyRotation.Status status) {
    printStatus(out, tenant, status, List.of(), Map.of(), List.of());
  }

  static void printStatus(VaultSession s, PrintWriter out, String tenant, KeyRotation rotation) {
    printStatus(
        out,
        tenant,
        rotation.status(tenant),
        rotation.retirements(tenant),
        rotation.sealedByKey(tenant),
        s.keys.rootKeyGenerations());
  }

  static void printStatus(
      PrintWriter out,
      String tenant,
      KeyRotation.Status status,
      List<KeyRotation.Retirement> retirements,
      Map<String, Map<Integer, Long>> sealed,
      List<Integer> rootGenerations) {
    if (status.keys().isEmpty()) {
      out.println(tenant + ": no field keys yet (made when the first person is stored)");
    }
    for (TenantKeys.KeyInfo k : status.keys()) {
      out.printf(
          Locale.ROOT,
          "field key %d%s: %s, wraps %s%n",
          Integer.toUnsignedLong(k.id()),
          k.primary() ? " (primary)" : "",
          k.status(),
          wraps(status, k.id()));
    }
    out.printf(Locale.ROOT, "to re-wrap under the primary key: %,d%n", status.toRewrap());
    sealed.forEach((kind, byKey) -> {
      if (!byKey.isEmpty()) {
        out.printf(
            Locale.ROOT,
            "%s sealed: %s%n",
            kind,
            byKey.entrySet().stream()
                .map(e ->
                    String.format(
                        Locale.ROOT,
                        "%,d under key %d",
                        e.getValue(),
                        Integer.toUnsignedLong(e.getKey())))
                .collect(java.util.stream.Collectors.joining(", ")));
      }
    });
    for (KeyRotation.Retirement r : retirements) {
      out.printf(
          Locale.ROOT,
          "field key %d: %s%n",
          Integer.toUnsignedLong(r.keyId()),
          r.destroyedAt()
              .map(at -> "destroyed " + at + " (retired; the root key generation before it too)")
              .orElse("retiring since " + r.startedAt() + " ('mamori keys retire' finishes it)"));
    }
    if (rootGenerations.size() > 1) {
      out.printf(
          Locale.ROOT,
          "root key: %d generations held (a rotation was stopped; 'mamori keys retire' finishes"
              + " it)%n",
          rootGenerations.size());
    } else if (!rootGenerations.isEmpty()) {
      out.printf(
          Locale.ROOT,
          "root key generation %d%n",
          Integer.toUnsignedLong(rootGenerations.getFirst()));
    }
    out.flush();
  }

  /** What one field key wraps: {@code 1,234 persons' data keys, 56 documents' data keys}. */
  private static String wraps(KeyRotation.Status status, int keyId) {
    List<String> parts = new java.util.ArrayList<>();
    status
        .byKind()
        .forEach((kind, byKey) ->
            parts.add(
                String.format(
                    Locale.ROOT, "%,d %s' data keys", byKey.getOrDefault(keyId, 0L), kind)));
    return String.join(", ", parts);
  }

  /**
   * A keys command on one tenant: the vault opened, the rotation at hand; {@link #run} does the
   * rest.
   */
  abstract static class TenantCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Target target;

    @Override
    public Integer call() {
      String tenant = target.tenant(spec);
      try (VaultSession s = target.store.session()) {
        run(s, rotation(s), tenant, spec.commandLine().getOut());
      }
      return 0;
    }

    abstract void run(VaultSession s, KeyRotation rotation, String tenant, PrintWriter out);

    /** Re-wraps with a progress bar, then says where the rotation stands. */
    void finish(VaultSession s, KeyRotation rotation, String tenant, PrintWriter out) {
      long done =
          Progress.track(
              "re-wrap",
              rotation.status(tenant).total(),
              progress -> rotation.rewrap(tenant, progress));
      out.printf(Locale.ROOT, "re-wrapped: %,d%n", done);
      printStatus(out, tenant, rotation.status(tenant));
    }
  }

  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = "Lists a tenant's field keys and how many persons each still wraps.")
  static final class Status extends TenantCommand {
    @Override
    void run(VaultSession s, KeyRotation rotation, String tenant, PrintWriter out) {
      printStatus(s, out, tenant, rotation);
    }
  }

  @Command(
      name = "rotate",
      mixinStandardHelpOptions = true,
      description = {
        "Adds a new primary field key for a tenant, then re-wraps every person's data key",
        "under it with a progress bar. Old data stays readable throughout; if stopped, run",
        "'mamori keys rewrap' to finish. The rotation is written to the tenant's log."
      })
  static final class Rotate extends TenantCommand {
    @Override
    void run(VaultSession s, KeyRotation rotation, String tenant, PrintWriter out) {
      // the tenant's own security officer, signed in: anyone else's attempt is logged and refused
      Principal p =
          CliUser.officerOf(s, tenant, mamori.core.Action.KEYS_ROTATE, "rotate " + tenant);
      Actor actor =
          new Actor(p.userId(), p.organisationId(), List.of(), new Why("key-management", "rotate"));
      out.printf(
          Locale.ROOT,
          "new primary field key %d%n",
          Integer.toUnsignedLong(rotation.rotate(tenant, actor)));
      finish(s, rotation, tenant, out);
    }
  }

  @Command(
      name = "rewrap",
      mixinStandardHelpOptions = true,
      description =
          "Finishes a rotation that was stopped: re-wraps what the primary key does not wrap yet.")
  static final class Rewrap extends TenantCommand {
    @Override
    void run(VaultSession s, KeyRotation rotation, String tenant, PrintWriter out) {
      finish(s, rotation, tenant, out);
    }
  }

  @Command(
      name = "retire",
      mixinStandardHelpOptions = true,
      description = {
        "Retires a field key of a tenant: rotates first if it is the primary, re-wraps every",
        "data key and re-seals every secret still under it (progress bar), deletes it from",
        "the keyset, then replaces the root key by a new generation and destroys the old one,",
        "so no older copy of the keyset (a dump, a backup) opens. Without --key or --oldest it",
        "finishes a retirement that was stopped. Written to the tenant's log first."
      })
  static final class Retire extends TenantCommand {
    @Option(names = "--key", paramLabel = "ID", description = "the field key's id, as status shows")
    @org.jspecify.annotations.Nullable
    Long key;

    @Option(names = "--oldest", description = "the oldest key that is not the primary")
    boolean oldest;

    @Override
    void run(VaultSession s, KeyRotation rotation, String tenant, PrintWriter out) {
      if (key != null && oldest) {
        throw new ParameterException(spec.commandLine(), "give --key or --oldest, not both");
      }
      if (key != null && (key < 0 || key > 0xFFFF_FFFFL)) {
        // a Tink key id is an unsigned 32-bit number, shown so by status; a larger value would
        // otherwise be cut to its low 32 bits and name another key
        throw new ParameterException(
            spec.commandLine(),
            "--key "
                + key
                + " is no field key id: ids run from 0 to 4294967295 (see 'keys status')");
      }
      Principal p =
          CliUser.officerOf(s, tenant, mamori.core.Action.KEYS_RETIRE, "retire " + tenant);
      Actor actor =
          new Actor(p.userId(), p.organisationId(), List.of(), new Why("key-management", "retire"));
      java.util.Optional<Integer> which =
          key != null
              ? java.util.Optional.of((int) key.longValue())
              : oldest
                  ? s.keys.fieldKeys(tenant).stream()
                      .filter(k -> !k.primary())
                      .map(TenantKeys.KeyInfo::id)
                      .findFirst()
                      .or(() -> java.util.Optional.of(s.keys.primaryFieldKeyId(tenant)))
                  : java.util.Optional.empty();
      KeyRotation.Retired r =
          Progress.track(
              "retire",
              rotation.status(tenant).total(),
              progress -> rotation.retire(tenant, which, actor, progress));
      out.printf(
          Locale.ROOT,
          "field key %d destroyed: %,d data keys re-wrapped, %,d sealed values re-sealed; root key"
              + " generation %d (the older one destroyed)%n",
          Integer.toUnsignedLong(r.keyId()),
          r.rewrapped(),
          r.resealed(),
          Integer.toUnsignedLong(r.rootGeneration()));
      printStatus(s, out, tenant, rotation);
    }
  }
}
