package mamori.witness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mamori.identity.SecurityAlerts;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.log.WitnessPolicy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The witnesses of each tenant's log, from the properties {@code
 * mamori.log.witnesses.<tenant>=<url>|<vkey>[,<url>|<vkey>...]}: each tenant's log is opened and
 * its checkpoints sent to those witnesses ({@link CheckpointWitnessing}). Configuration, not a
 * table, because which witnesses vouch for a log is an operator's decision made with the witnesses'
 * operators, like the log's own keys; a table could be changed by whoever reaches the database.
 */
final class ConfiguredWitnessing implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ConfiguredWitnessing.class);
  static final String PREFIX = "mamori.log.witnesses";

  private final List<CheckpointWitnessing> attached;

  private ConfiguredWitnessing(List<CheckpointWitnessing> attached) {
    this.attached = attached;
  }

  /**
   * Reads the witnesses of every tenant; a malformed entry fails the start, naming the property.
   */
  static Map<String, List<WitnessEndpoint>> read(Environment environment) {
    Map<String, String> raw =
        Binder.get(environment)
            .bind(PREFIX, Bindable.mapOf(String.class, String.class))
            .orElse(Map.of());
    Map<String, List<WitnessEndpoint>> out = new java.util.TreeMap<>();
    raw.forEach((tenant, value) -> {
      if (!TransparencyLogs.TENANT.matcher(tenant).matches()) {
        throw new IllegalArgumentException(PREFIX + "." + tenant + ": not a tenant id");
      }
      try {
        out.put(tenant, WitnessEndpoint.parseList(value));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(PREFIX + "." + tenant + ": " + e.getMessage(), e);
      }
    });
    return out;
  }

  static ConfiguredWitnessing attach(@Nullable TransparencyLogs logs, Environment environment) {
    return attach(logs, null, environment);
  }

  /** As above, raising {@code witness.refused} through {@code alerts} when there are any. */
  static ConfiguredWitnessing attach(
      @Nullable TransparencyLogs logs, @Nullable SecurityAlerts alerts, Environment environment) {
    Map<String, List<WitnessEndpoint>> witnesses = read(environment);
    int quorum = WitnessSettings.quorum(environment);
    int minimum = WitnessSettings.minimum(environment);
    if (logs != null) {
      java.util.Set<String> tenants = new java.util.TreeSet<>(logs.tenants());
      tenants.addAll(witnesses.keySet());
      for (String tenant : tenants) {
        String warning =
            WitnessSettings.warning(
                tenant, witnesses.getOrDefault(tenant, List.of()).size(), minimum);
        if (!warning.isEmpty()) {
          LOG.warn("warning: {}", warning);
        }
      }
    }
    if (witnesses.isEmpty()) {
      return new ConfiguredWitnessing(List.of());
    }
    if (logs == null) {
      LOG.warn(
          "{} is set, but this service runs no transparency log; no checkpoint is sent to a witness",
          PREFIX);
      return new ConfiguredWitnessing(List.of());
    }
    List<CheckpointWitnessing> attached = new ArrayList<>();
    witnesses.forEach((tenant, endpoints) -> {
      TenantLog log = logs.forTenant(tenant);
      log.publishWhen(
          new WitnessPolicy(endpoints.stream().map(WitnessEndpoint::key).toList(), quorum));
      attached.add(
          alerts == null
              ? CheckpointWitnessing.attach(log, endpoints)
              : CheckpointWitnessing.attach(log, endpoints, alerts));
      LOG.info(
          "the log of {} sends its checkpoints to {} witness(es); {} cosignature(s) publish one",
          tenant,
          endpoints.size(),
          log.witnessPolicy().required());
    });
    return new ConfiguredWitnessing(List.copyOf(attached));
  }

  /** The tenants' witnessing, for tests. */
  List<CheckpointWitnessing> attached() {
    return attached;
  }

  @Override
  public void close() {
    attached.forEach(CheckpointWitnessing::close);
  }
}
