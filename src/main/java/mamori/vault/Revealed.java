package mamori.vault;

import java.util.Map;
import java.util.Optional;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.crypto.AgencyToken;

/**
 * The fields of one person an authorised reveal returned, each masked as asked. A field asked with
 * {@link Mask#FULL}, or not asked, is absent. {@link #toString()} names the fields, never their
 * values.
 *
 * @param version the record's version the values come from (1 when it was never updated)
 */
public record Revealed(AgencyToken token, int version, Map<Field, String> values) {
  public Revealed {
    values = Map.copyOf(values);
  }

  /**
   * The revealed (possibly masked) value of {@code field}, or empty when it was hidden or not
   * asked.
   */
  public Optional<String> get(Field field) {
    return Optional.ofNullable(values.get(field));
  }

  @Override
  public String toString() {
    return "Revealed[" + token + " v" + version + " " + values.keySet() + "]";
  }
}
