package mamori.witness;

import org.springframework.core.env.Environment;

/**
 * The settings of the witness policy that every tenant's log shares: the quorum {@code k} of
 * {@value #QUORUM} (a checkpoint is published once {@code min(k, n)} of the tenant's {@code n}
 * witnesses cosigned it) and the minimum {@value #MINIMUM} of witnesses below which {@code serve}
 * and the console warn.
 */
public final class WitnessSettings {
  /** The quorum {@code k}; default {@value mamori.log.WitnessPolicy#DEFAULT_QUORUM}. */
  public static final String QUORUM = "mamori.log.witness-quorum";

  /** The number of witnesses a tenant's log should have; default {@value #DEFAULT_MINIMUM}. */
  public static final String MINIMUM = "mamori.log.witness-minimum";

  public static final int DEFAULT_MINIMUM = 1;

  private WitnessSettings() {}

  /** The configured quorum; throws IllegalArgumentException if it is below 1. */
  public static int quorum(Environment environment) {
    int k = environment.getProperty(QUORUM, Integer.class, mamori.log.WitnessPolicy.DEFAULT_QUORUM);
    if (k < 1) {
      throw new IllegalArgumentException(QUORUM + " is at least 1, not " + k);
    }
    return k;
  }

  /** The configured minimum; throws IllegalArgumentException if it is negative. */
  public static int minimum(Environment environment) {
    int m = environment.getProperty(MINIMUM, Integer.class, DEFAULT_MINIMUM);
    if (m < 0) {
      throw new IllegalArgumentException(MINIMUM + " is at least 0, not " + m);
    }
    return m;
  }

  /**
   * The warning for {@code tenant} under the configuration in {@code environment} ({@code
   * mamori.log.witnesses.<tenant>} and {@value #MINIMUM}), or empty when it has enough witnesses.
   */
  public static String warning(Environment environment, String tenant) {
    int witnesses =
        ConfiguredWitnessing.read(environment).getOrDefault(tenant, java.util.List.of()).size();
    return warning(tenant, witnesses, minimum(environment));
  }

  /**
   * The warning shown while a tenant's log has fewer witnesses than the minimum, or empty when it
   * has enough.
   */
  public static String warning(String tenant, int witnesses, int minimum) {
    if (witnesses >= minimum) {
      return "";
    }
    return "the log of "
        + tenant
        + " has "
        + witnesses
        + " witness(es), fewer than the minimum of "
        + minimum
        + " ("
        + MINIMUM
        + "): whoever runs this server could rewrite the log and re-sign it unnoticed; configure"
        + " mamori.log.witnesses."
        + tenant
        + " (see docs/operations.md, Witnesses)";
  }
}
