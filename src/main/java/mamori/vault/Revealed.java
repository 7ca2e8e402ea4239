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
 * <p>A person whose number alone was erased (a retention run, {@link BulkErasure.What#NUMBER})
 * keeps every other field; asked for the number at any mask but {@link Mask#FULL}, such a person's
 * {@link Field#MY_NUMBER} is {@link #NUMBER_ERASED}, which pages and letters show as it is and
 * which {@link mamori.number.IndividualNumber#tryParse} does not take for a number. The same holds
 * for the versions in the person's history.
 *
 * @param version the record's version the values come from (1 when it was never updated)
 */
public record Revealed(AgencyToken token, int version, Map<Field, String> values) {
  /** The value of {@link Field#MY_NUMBER} once the number was erased: "number deleted". */
  public static final String NUMBER_ERASED = "番号削除済み";

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

  /** Whether the number was asked and found erased ({@link #NUMBER_ERASED}). */
  public boolean numberErased() {
    return NUMBER_ERASED.equals(values.get(Field.MY_NUMBER));
  }

  @Override
  public String toString() {
    return "Revealed[" + token + " v" + version + " " + values.keySet() + "]";
  }
}
