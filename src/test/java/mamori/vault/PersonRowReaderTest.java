package mamori.vault;

import static mamori.vault.PersonCsvFixtures.HEADER;
import static mamori.vault.PersonCsvFixtures.number;
import static mamori.vault.PersonCsvFixtures.read;
import static mamori.vault.PersonCsvFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import mamori.number.IndividualNumber;
import mamori.vault.PersonCsvFixtures.Read;
import org.junit.jupiter.api.Test;

/** Row by row: numbers, duplicates, dates, sex, postal codes, lengths and required fields. */
class PersonRowReaderTest {

  private static String fullWidth(String digits) {
    StringBuilder out = new StringBuilder();
    for (char c : digits.toCharArray()) {
      out.append((char) (c - '0' + '０'));
    }
    return out.toString();
  }

  @Test
  void numbersInFullWidthOrGroups_areNormalised() throws IOException {
    String n = number(123);
    String m = number(4);
    String grouped = n.substring(0, 4) + "-" + n.substring(4, 8) + " " + n.substring(8);
    String wide = " " + fullWidth(m.substring(0, 6)) + "－" + fullWidth(m.substring(6)) + "　";
    Read read = read(HEADER + row(fullWidth(n), "山田") + row(grouped, "鈴木") + row(wide, "佐藤"));
    // The grouped one is the full-width one's number: found a duplicate only because both were
    // normalised.
    assertThat(read.rejected()).containsExactly("3: my_number: duplicate of line 2");
    assertThat(read.rows())
        .extracting(r -> r.person().myNumber())
        .containsExactly(IndividualNumber.parse(n), IndividualNumber.parse(m));
  }

  @Test
  void badNumbers_sayWhyWithoutTheDigits_andShowOnlyTheLastFour() throws IOException {
    String n = number(5);
    String wrongCheck = n.substring(0, 11) + (char) ('0' + (n.charAt(11) - '0' + 1) % 10);
    Read read =
        read(
            HEADER
                + row(wrongCheck, "山田")
                + row(n.substring(1), "山田")
                + row("12345", "山田")
                + row("1234a5678901", "山田")
                + row("", "山田"));
    assertThat(read.rejected())
        .containsExactly(
            "2: my_number: check digit does not match",
            "3: my_number: 11 digits; an individual number has 12 (a leading zero lost in a spreadsheet?)",
            "4: my_number: 5 digits; an individual number has 12",
            "5: my_number: character 5 is not a digit, space or hyphen",
            "6: my_number: empty");
    assertThat(read.rejects())
        .extracting(PersonCsvReader.Reject::maskedNumber)
        .containsExactly("****-****-" + wrongCheck.substring(8), "", "", "", "");
  }

  @Test
  void secondAndLaterRowsOfANumber_areDuplicatesOfTheFirstValidOne() throws IOException {
    String n = number(9);
    Read read = read(HEADER + row(n, "=bad") + row(n, "山田") + row(1) + row(n, "山田") + row(n, "鈴木"));
    assertThat(read.rejected())
        .containsExactly(
            "2: family_name: starts with '=' like a spreadsheet formula",
            "5: my_number: duplicate of line 3",
            "6: my_number: duplicate of line 3");
    assertThat(read.rejects())
        .extracting(PersonCsvReader.Reject::maskedNumber)
        .containsOnly("****-****-" + n.substring(8));
    assertThat(read.rowLines()).containsExactly(3L, 4L);
  }

  @Test
  void birthDates_inIsoOrSlashes_notInTheFuture_notBefore1870() throws IOException {
    String csv =
        HEADER
            + row(1).replace("1980-01-02", "1980/1/2")
            + row(2).replace("1980-01-02", "2026-04-01")
            + row(3).replace("1980-01-02", "2026-04-02")
            + row(4).replace("1980-01-02", "1869-12-31")
            + row(5).replace("1980-01-02", "1980-02-30")
            + row(6).replace("1980-01-02", "S55.1.2")
            + row(7).replace("1980-01-02", "1870-01-01");
    Read read = read(csv);
    assertThat(read.rejected())
        .containsExactly(
            "4: birth_date: in the future",
            "5: birth_date: before 1870-01-01",
            "6: birth_date: not a date as yyyy-mm-dd or yyyy/mm/dd",
            "7: birth_date: not a date as yyyy-mm-dd or yyyy/mm/dd");
    assertThat(read.rows())
        .extracting(r -> r.person().birthDate())
        .containsExactly(
            LocalDate.of(1980, 1, 2), LocalDate.of(2026, 4, 1), LocalDate.of(1870, 1, 1));
  }

  @Test
  void sex_becomesItsIso5218Code() throws IOException {
    String csv =
        HEADER
            + row(1)
            + row(2).replace(",M,", ",F,")
            + row(3).replace(",M,", ",男,")
            + row(4).replace(",M,", ",女,")
            + row(5).replace(",M,", ",9,")
            + row(6).replace(",M,", ",X,")
            + row(7).replace(",M,", ",,");
    Read read = read(csv);
    assertThat(read.rows())
        .extracting(r -> r.person().sex())
        .containsExactly("1", "2", "1", "2", "9");
    assertThat(read.rejected())
        .containsExactly("7: sex: not 1, 2, 9, M, F, 男 or 女", "8: sex: empty");
  }

  @Test
  void postalCodes_becomeNnnDashNnnn_orMayBeEmpty() throws IOException {
    String csv =
        HEADER
            + row(1)
            + row(2).replace("660-0881", "6600881")
            + row(3).replace("660-0881", "〒６６０－０８８１")
            + row(4).replace("660-0881", "")
            + row(5).replace("660-0881", "66-00881")
            + row(6).replace("660-0881", "660-088");
    Read read = read(csv);
    assertThat(read.rows())
        .extracting(r -> r.person().postalCode())
        .containsExactly("660-0881", "660-0881", "660-0881", "");
    assertThat(read.rejected())
        .containsExactly(
            "6: postal_code: not seven digits as NNN-NNNN",
            "7: postal_code: not seven digits as NNN-NNNN");
  }

  @Test
  void requiredFields_mustNotBeBlank_optionalOnesMayBe_andValuesAreStripped() throws IOException {
    String csv =
        HEADER
            + row(1).replace("山田", "　")
            + row(2).replace("H0000001,", ",").replace("タロウ", " タロウ ")
            + row(3).replace("兵庫県尼崎市昭和通3丁目12-5", "");
    Read read = read(csv);
    assertThat(read.rejected()).containsExactly("2: family_name: blank", "4: address: empty");
    assertThat(read.rows())
        .singleElement()
        .satisfies(r -> {
          assertThat(r.person().householdId()).isEmpty();
          assertThat(r.person().givenNameKana()).isEqualTo("タロウ");
        });
  }

  @Test
  void overlongFields_areRejected() throws IOException {
    String csv =
        HEADER
            + row(1).replace("山田", "山".repeat(201))
            + row(2).replace("兵庫県", "県".repeat(498))
            + row(3).replace("山田", "山".repeat(200));
    Read read = read(csv);
    assertThat(read.rejected())
        .containsExactly(
            "2: family_name: longer than 200 characters", "3: address: longer than 500 characters");
    assertThat(read.rowLines()).containsExactly(4L);
  }
}
