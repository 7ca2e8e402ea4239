package mamori.vault;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import mamori.core.Field;
import mamori.number.IndividualNumber;
import mamori.number.InsecureNumberAccess;

/**
 * One person's personal fields in the clear, as an import reads them and an authorised reveal gives
 * them. Only ever held in memory; {@link #toString()} shows the number masked and no other field.
 *
 * @param sex the ISO/IEC 5218 code: "1" male, "2" female, "9" not applicable (an import also reads
 *     M, F, 男, 女)
 * @param householdId the household (世帯) the person belongs to; empty when unknown
 * @param bankAccount bank, branch and account as written; empty when none is registered
 */
public record PersonData(
    IndividualNumber myNumber,
    String familyName,
    String givenName,
    String familyNameKana,
    String givenNameKana,
    LocalDate birthDate,
    String sex,
    String postalCode,
    String address,
    String householdId,
    String bankAccount) {

  public PersonData {
    Objects.requireNonNull(myNumber, "myNumber");
    Objects.requireNonNull(familyName, "familyName");
    Objects.requireNonNull(givenName, "givenName");
    Objects.requireNonNull(familyNameKana, "familyNameKana");
    Objects.requireNonNull(givenNameKana, "givenNameKana");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(postalCode, "postalCode");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(householdId, "householdId");
    Objects.requireNonNull(bankAccount, "bankAccount");
  }

  /** Every field as text, in {@link Field} order; the number as its twelve digits. */
  public Map<Field, String> values(InsecureNumberAccess access) {
    Map<Field, String> m = new EnumMap<>(Field.class);
    m.put(Field.MY_NUMBER, myNumber.digits(access));
    m.put(Field.FAMILY_NAME, familyName);
    m.put(Field.GIVEN_NAME, givenName);
    m.put(Field.FAMILY_NAME_KANA, familyNameKana);
    m.put(Field.GIVEN_NAME_KANA, givenNameKana);
    m.put(Field.BIRTH_DATE, birthDate.toString());
    m.put(Field.SEX, sex);
    m.put(Field.POSTAL_CODE, postalCode);
    m.put(Field.ADDRESS, address);
    m.put(Field.HOUSEHOLD_ID, householdId);
    m.put(Field.BANK_ACCOUNT, bankAccount);
    return m;
  }

  @Override
  public String toString() {
    return "PersonData[" + myNumber.masked() + "]";
  }
}
