package mamori.vault;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import mamori.core.Field;

/**
 * A version of a person record that an update replaced, masked as asked; {@link #toString()} names
 * the fields, never their values.
 *
 * @param version the replaced version, from 1
 * @param replacedAt when the update replaced it
 */
public record PersonVersion(int version, Instant replacedAt, Map<Field, String> values) {
  public PersonVersion {
    values = Map.copyOf(values);
  }

  /** The (possibly masked) value of {@code field}, or empty when it was hidden or not asked. */
  public Optional<String> get(Field field) {
    return Optional.ofNullable(values.get(field));
  }

  @Override
  public String toString() {
    return "PersonVersion[v" + version + " replaced " + replacedAt + " " + values.keySet() + "]";
  }
}
