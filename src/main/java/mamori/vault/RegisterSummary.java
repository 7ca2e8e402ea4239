package mamori.vault;

/**
 * What a {@link Vault#register} call did: persons new to the vault, changed, and found as they
 * were.
 */
public record RegisterSummary(int imported, int updated, int unchanged) {
  /** The sum of two summaries, for imports made of several batches. */
  public RegisterSummary plus(RegisterSummary other) {
    return new RegisterSummary(
        imported + other.imported, updated + other.updated, unchanged + other.unchanged);
  }
}
