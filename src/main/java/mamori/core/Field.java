package mamori.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The personal fields of a person record, named as {@code mamori generate persons} writes its CSV
 * columns and as access records list them. Each has a sensitivity class, which decides the default
 * masking when a field is revealed. The column names are wire values (CSV headers, access records).
 */
public enum Field {
  MY_NUMBER(Sensitivity.NUMBER),
  FAMILY_NAME(Sensitivity.IDENTITY),
  GIVEN_NAME(Sensitivity.IDENTITY),
  FAMILY_NAME_KANA(Sensitivity.IDENTITY),
  GIVEN_NAME_KANA(Sensitivity.IDENTITY),
  BIRTH_DATE(Sensitivity.IDENTITY),
  SEX(Sensitivity.IDENTITY),
  POSTAL_CODE(Sensitivity.CONTACT),
  ADDRESS(Sensitivity.CONTACT),
  HOUSEHOLD_ID(Sensitivity.CONTACT),
  BANK_ACCOUNT(Sensitivity.FINANCIAL);

  /** How much harm a field's disclosure does, from least to most. */
  public enum Sensitivity {
    CONTACT,
    IDENTITY,
    FINANCIAL,
    NUMBER
  }

  private final Sensitivity sensitivity;
  private final String column;

  Field(Sensitivity sensitivity) {
    this.sensitivity = sensitivity;
    this.column = name().toLowerCase(Locale.ROOT);
  }

  public Sensitivity sensitivity() {
    return sensitivity;
  }

  /** The column and access-record name: {@code my_number}, {@code family_name}, ... */
  public String column() {
    return column;
  }

  /** The field named by {@code column}, if there is one. */
  public static Optional<Field> ofColumn(String column) {
    return Arrays.stream(values()).filter(f -> f.column().equals(column)).findFirst();
  }
}
