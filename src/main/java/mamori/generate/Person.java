package mamori.generate;

import java.time.LocalDate;
import mamori.generate.JapaneseNames.Name;
import mamori.number.IndividualNumber;

/**
 * One synthetic resident, a row of the CSV. {@code bankAccount} is empty when the person has none;
 * {@link #toString()} shows the number masked, as {@link IndividualNumber} does.
 */
record Person(
    IndividualNumber myNumber,
    Name family,
    Name given,
    LocalDate birthDate,
    char sex,
    String postalCode,
    String address,
    long household,
    String bankAccount) {}
