package mamori.generate;

import java.time.LocalDate;
import mamori.number.IndividualNumber;

/**
 * One synthetic resident as another module reads it: a row of {@code mamori generate persons}, or
 * the same person straight from the generator. {@link #toString()} shows the number masked, as
 * {@link IndividualNumber} does.
 *
 * @param household the household's number: members of one household share it and their address
 */
public record Resident(
    IndividualNumber myNumber,
    String familyName,
    String givenName,
    String familyNameKana,
    String givenNameKana,
    LocalDate birthDate,
    char sex,
    String postalCode,
    String address,
    long household) {

  static Resident of(Person p) {
    return new Resident(
        p.myNumber(),
        p.family().kanji(),
        p.given().kanji(),
        p.family().kana(),
        p.given().kana(),
        p.birthDate(),
        p.sex(),
        p.postalCode(),
        p.address(),
        p.household());
  }
}
