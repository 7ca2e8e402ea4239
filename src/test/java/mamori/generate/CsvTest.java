package mamori.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  private static String field(String value) {
    return Csv.appendField(new StringBuilder(), value).toString();
  }

  @Test
  void plainField_isWrittenAsIs() {
    assertThat(field("兵庫県尼崎市昭和通3丁目12-5 コーポ桜 203号")).isEqualTo("兵庫県尼崎市昭和通3丁目12-5 コーポ桜 203号");
    assertThat(field("")).isEmpty();
  }

  @Test
  void commaQuoteOrLineBreak_isQuotedWithQuotesDoubled() {
    assertThat(field("a,b")).isEqualTo("\"a,b\"");
    assertThat(field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(field("line\r\nbreak")).isEqualTo("\"line\r\nbreak\"");
    assertThat(field("cr\r")).isEqualTo("\"cr\r\"");
    assertThat(field("lf\n")).isEqualTo("\"lf\n\"");
  }

  @Test
  void quotedFields_parseBackToTheirValues() {
    List<String> values = List.of("a,b", "say \"hi\"", "two\r\nlines", "", "plain");
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      Csv.appendField(i == 0 ? line : line.append(','), values.get(i));
    }
    line.append(Csv.CRLF);
    assertThat(CsvRows.parse(line.toString())).containsExactly(values);
  }

  @Test
  void householdId_isPaddedToSevenDigitsAndGrowsBeyond() {
    assertThat(PersonsCsv.appendHouseholdId(new StringBuilder(), 1)).hasToString("H0000001");
    assertThat(PersonsCsv.appendHouseholdId(new StringBuilder(), 209_123)).hasToString("H0209123");
    assertThat(PersonsCsv.appendHouseholdId(new StringBuilder(), 9_999_999))
        .hasToString("H9999999");
    assertThat(PersonsCsv.appendHouseholdId(new StringBuilder(), 45_000_000))
        .hasToString("H45000000");
  }
}
