package mamori;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import mamori.crypto.RootKey;
import mamori.crypto.RootKeyConfig;
import mamori.crypto.RootKeys;
import mamori.crypto.SigningKeys;
import mamori.crypto.TenantKeys;
import mamori.log.TransparencyLogs;
import mamori.store.ClockConfiguration;
import mamori.store.Store;
import mamori.vault.KeyRotation;
import mamori.vault.Vault;
import mamori.work.WorkStore;
import org.jspecify.annotations.Nullable;

/**
 * What a vault command works with, opened in order and closed in reverse: the store, its root key
 * (a lost or wrong key stops here with its reason, before anything is written), the tenants' keys,
 * the logs and the vault. The root key is configured as for {@code serve}: the {@code
 * mamori.keys.*} properties, given as Java system properties or as environment variables ({@code
 * MAMORI_KEYS_ROOT}).
 */
public final class VaultSession implements AutoCloseable {
  public final Store store;
  public final TenantKeys keys;
  public final TransparencyLogs logs;
  public final Vault vault;

  private VaultSession(Store store, TenantKeys keys, TransparencyLogs logs, Vault vault) {
    this.store = store;
    this.keys = keys;
    this.logs = logs;
    this.vault = vault;
  }

  public static VaultSession open(
      mamori.store.StoreLocation location, java.nio.file.Path keyFolder) {
    Store store = Store.open(location);
    try {
      RootKey root =
          RootKeys.open(RootKeyConfig.from(VaultSession::property, keyFolder), store.dataSource());
      Clock clock = ClockConfiguration.systemClock();
      TenantKeys keys = new TenantKeys(store.dataSource(), root, clock);
      TransparencyLogs logs =
          new TransparencyLogs(
              store.dataSource(),
              SigningKeys.in(keyFolder),
              TransparencyLogs.DEFAULT_ORIGIN_PREFIX,
              clock);
      // a person erased from the command line loses their work documents too, as in the service
      Vault vault =
          new Vault(
              store.dataSource(),
              keys,
              logs,
              clock,
              List.of(new WorkStore(store.dataSource()).erasedWithPerson()));
      return new VaultSession(store, keys, logs, vault);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /**
   * The rotation of the tenants' field keys, re-wrapping the persons' data keys and the work
   * documents' as the service's background re-wrap does.
   */
  public KeyRotation rotation(Clock clock) {
    return new KeyRotation(
        store.dataSource(),
        keys,
        logs,
        clock,
        List.of(new WorkStore(store.dataSource()).wrappedKeys(keys)),
        sealedSecrets(store.dataSource()));
  }

  /**
   * Every module's values sealed directly with a field keyset, as the service's beans list them.
   */
  static List<mamori.crypto.FieldSealed> sealedSecrets(javax.sql.DataSource store) {
    List<mamori.crypto.FieldSealed> all = new java.util.ArrayList<>();
    all.add(mamori.identity.AuthenticatorSecrets.in(store));
    all.add(mamori.detect.WebhookSecrets.in(store));
    all.add(mamori.entrustment.ContractSeals.in(store));
    all.addAll(mamori.transfer.TransferSecrets.in(store));
    return all;
  }

  /**
   * A {@code mamori.*} setting: the system property, else the environment variable in upper snake
   * case.
   */
  public static @Nullable String property(String name) {
    String value = System.getProperty(name);
    return value != null
        ? value
        : System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
  }

  /**
   * The gate, with the tenant registered as its own controller organisation and the common purposes
   * seeded: the CLI reads person data only through the gate, as the user signed in with {@code
   * mamori login} (there is no command-line staff identity of its own).
   */
  public mamori.access.AccessGate gate(String tenant) {
    return gate(tenant, entrustments(tenant));
  }

  private mamori.access.AccessGate gate(
      String tenant, mamori.entrustment.Entrustments entrustments) {
    return new mamori.access.AccessGate(
        store.dataSource(), vault, entrustments, logs, e -> {}, ClockConfiguration.systemClock());
  }

  /**
   * The packages of {@code tenant} (issue 17), made through {@link #gate}, signed with the tenant's
   * package key in {@code keyFolder}; the sender is named as the tenant's controller organisation.
   */
  public mamori.transfer.Packages packages(String tenant, java.nio.file.Path keyFolder) {
    Clock clock = ClockConfiguration.systemClock();
    mamori.entrustment.Entrustments entrustments = entrustments(tenant);
    return new mamori.transfer.Packages(
        store.dataSource(),
        vault,
        gate(tenant, entrustments),
        new mamori.transfer.Recipients(
            store.dataSource(), new mamori.log.AdminLog(logs, clock), clock),
        new mamori.transfer.PackageSigner(SigningKeys.in(keyFolder)),
        keys,
        logs,
        t ->
            entrustments
                .organisation(t.value())
                .map(mamori.entrustment.Organisation::name)
                .orElse(t.value()),
        clock,
        mamori.transfer.Packages.PAGE);
  }

  /**
   * The retention of {@code tenant} (issue 19): bases, holds and runs, erasing through {@link
   * #vault} as the service's does (a person erased loses their work documents too).
   */
  public mamori.retention.Retentions retentions(String tenant) {
    Clock clock = ClockConfiguration.systemClock();
    return new mamori.retention.Retentions(
        store.dataSource(),
        vault,
        entrustments(tenant),
        new mamori.log.AdminLog(logs, clock),
        clock);
  }

  private mamori.entrustment.Entrustments entrustments(String tenant) {
    mamori.entrustment.Entrustments entrustments =
        new mamori.entrustment.Entrustments(
            store.dataSource(),
            logs,
            e -> {},
            mamori.entrustment.StaffDirectory.NONE,
            ClockConfiguration.systemClock());
    if (entrustments.organisation(tenant).isEmpty()) {
      entrustments.registerOrganisation(mamori.entrustment.Organisation.controller(tenant, tenant));
    }
    entrustments.seedPurposes(tenant);
    return entrustments;
  }

  @Override
  public void close() {
    try {
      logs.close();
    } finally {
      store.close();
    }
  }
}
