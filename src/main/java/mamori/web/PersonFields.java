package mamori.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.vault.Revealed;

/** A person's fields as a page lists them, in the vault's order; values are shown as text only. */
record PersonFields(String token, int version, List<Row> rows) {
  /** One field: its column name (for its label) and the value as the gate gave it. */
  record Row(String column, String value) {}

  /** The fields of {@code r}, named by the caller's own token. */
  static PersonFields of(String callerToken, Revealed r) {
    List<Row> rows = new ArrayList<>();
    for (Field f : Field.values()) {
      r.get(f).ifPresent(v -> rows.add(new Row(f.column(), v)));
    }
    return new PersonFields(callerToken, r.version(), rows);
  }

  /** Every field asked at partial masking: what a person page shows before a reveal. */
  static Map<Field, Mask> masked() {
    Map<Field, Mask> all = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      all.put(f, Mask.PARTIAL);
    }
    return all;
  }

  /**
   * Every field asked unmasked, each by name: what the officer's explicit reveal shows, the number
   * in full included (a read that names no field shows it partly).
   */
  static Map<Field, Mask> revealed() {
    Map<Field, Mask> all = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      all.put(f, Mask.NONE);
    }
    return all;
  }

  /** The few identifying fields, partially masked, that a search result is summarised by. */
  static Map<Field, Mask> summary() {
    Map<Field, Mask> m = new EnumMap<>(Field.class);
    m.put(Field.FAMILY_NAME, Mask.PARTIAL);
    m.put(Field.GIVEN_NAME, Mask.PARTIAL);
    m.put(Field.BIRTH_DATE, Mask.PARTIAL);
    return m;
  }
}
