package mamori.number.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvColumnsTest {
  private static CsvColumns header(String line, char hint) {
    char[] a = line.toCharArray();
    return CsvColumns.fromHeader(a, 0, a.length, hint);
  }

  /** The header of the column holding the first occurrence of {@code marker} in {@code line}. */
  private static String headerAt(CsvColumns columns, String line, String marker) {
    char[] a = line.toCharArray();
    columns.startLine();
    columns.startSegment(0);
    return columns.headerAt(a, line.indexOf(marker));
  }

  @Test
  void commaHeader_namesItsColumn() {
    CsvColumns columns = header("id,name,my_number,note", ',');
    assertThat(columns).isNotNull();
    assertThat(headerAt(columns, "1,Yamada,X,note", "X")).isEqualTo("my_number");
    assertThat(headerAt(columns, "1,Yamada,X,Y", "Y")).isNull();
    assertThat(headerAt(columns, "X,Yamada", "X")).isNull();
  }

  @Test
  void quotedFields_mayHoldTheDelimiter() {
    CsvColumns columns = header("\"name, full\",\"個人番号\"", ',');
    assertThat(headerAt(columns, "\"Yamada, Taro\",X", "X")).isEqualTo("個人番号");
    assertThat(headerAt(columns, "\"a \"\"b\"\", c\",X", "X")).isEqualTo("個人番号");
  }

  @Test
  void tabsInAHeaderLineWithoutHint_meanTsv() {
    CsvColumns columns = header("name\tマイナンバー", (char) 0);
    assertThat(headerAt(columns, "a,b\tX", "X")).isEqualTo("マイナンバー");
  }

  @Test
  void aLineWithoutDelimiters_isNoHeaderUnlessTheNameSaysCsv() {
    assertThat(header("個人番号", (char) 0)).isNull();
    assertThat(header("個人番号", ',')).isNotNull();
  }

  @Test
  void headersNamingNoMyNumber_needNoTracking() {
    assertThat(header("id,name,phone", ',')).isNull();
  }

  @Test
  void aLineInSegments_keepsItsColumnAcrossThem() {
    CsvColumns columns = header("a,b,my_number", ',');
    char[] a = "1,2,X".toCharArray();
    columns.startLine();
    columns.startSegment(0);
    columns.advance(a, 2);
    columns.startSegment(2);
    assertThat(columns.headerAt(a, 4)).isEqualTo("my_number");
  }
}
