package mamori.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import mamori.core.Field;
import org.junit.jupiter.api.Test;

/** The activation letter's wording (handover.PagePdfTest draws it). */
class LetterPdfTest {
  static final ResidentLetters.Letter LETTER =
      new ResidentLetters.Letter(
          "demo-city",
          "0123456789",
          "token",
          "ABCD-EFGH-JKMN-PQRS",
          Instant.parse("2025-06-30T00:00:00Z"));

  static LetterPdf.Page page() {
    return LetterPdf.activation(
        "デモ市",
        Map.of(
            Field.FAMILY_NAME,
            "山田",
            Field.GIVEN_NAME,
            "太郎",
            Field.POSTAL_CODE,
            "100-0001",
            Field.ADDRESS,
            "東京都千代田区千代田1-1"),
        LETTER,
        "http://localhost:8080/portal/activate?tenant=demo-city",
        LocalDate.of(2025, 4, 1));
  }

  @Test
  void activation_addressesTheResident_andCarriesTheNumberCodeAndExpiry() {
    assertThat(page().lines())
        .startsWith("〒100-0001", "東京都千代田区千代田1-1", "山田 太郎 様", "", "令和7年4月1日　デモ市")
        .contains(
            "# 住民ポータル 利用開始のお知らせ",
            "* http://localhost:8080/portal/activate?tenant=demo-city",
            "* 通知番号　0123456789",
            "* 利用開始コード　ABCD-EFGH-JKMN-PQRS")
        .anyMatch(l -> l.startsWith("このコードの有効期限は 令和7年6月30日 です。"));
  }
}
