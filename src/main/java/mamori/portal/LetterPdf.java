package mamori.portal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mamori.core.Field;

/**
 * What an activation letter says, line by line, in Japanese; the handover module draws it as a
 * coded page (handover.Printing, handover.PagePdf), in IPAex Gothic from Debian's
 * fonts-ipaexfont-gothic by default.
 */
public final class LetterPdf {
  public static final Path DEFAULT_FONT =
      Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");

  private LetterPdf() {}

  /** One letter's lines; a line starting with "# " is a heading, "* " is set large (the code). */
  public record Page(List<String> lines) {}

  /**
   * An activation letter: the resident's address and name from {@code v}, the city, the portal's
   * activation page {@code url}, the letter's number and code, and its expiry, in Japanese; never a
   * My Number.
   */
  public static Page activation(
      String city,
      Map<Field, String> v,
      ResidentLetters.Letter letter,
      String url,
      LocalDate today) {
    DateTimeFormatter era =
        DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN)
            .withChronology(JapaneseChronology.INSTANCE);
    String issued = era.format(JapaneseDate.from(today));
    String until =
        era.format(
            JapaneseDate.from(letter.expiresAt().atZone(ZoneId.of("Asia/Tokyo")).toLocalDate()));
    return new Page(
        List.of(
            "〒" + v.getOrDefault(Field.POSTAL_CODE, ""),
            v.getOrDefault(Field.ADDRESS, ""),
            v.getOrDefault(Field.FAMILY_NAME, "")
                + " "
                + v.getOrDefault(Field.GIVEN_NAME, "")
                + " 様",
            "",
            issued + "　" + city,
            "",
            "# 住民ポータル 利用開始のお知らせ",
            "",
            "あなたの個人番号（マイナンバー）と個人情報に、市・委託先・再委託先がいつ、何のためにアクセスしたかを、"
                + "住民ポータルで確認できます。改ざんできない記録の証明も、お使いのブラウザーで確かめられます。",
            "",
            "1. 次のアドレスを開いてください。",
            "* " + url,
            "2. 通知番号と利用開始コードを入力してください。",
            "* 通知番号　" + letter.letterNumber(),
            "* 利用開始コード　" + letter.code(),
            "3. スマートフォンやパソコンにパスキーを登録してください（パスワードは使いません）。",
            "",
            "このコードの有効期限は "
                + until
                + " です。一度だけ使えます。5回間違えると使えなくなります。"
                + "新しいお知らせが届いたときは、前のお知らせのコードは使えません。",
            "",
            "このお知らせに個人番号は記載していません。市が電話やメールでコードを尋ねることはありません。"
                + "心当たりのないアクセスを見つけたら、ポータルの「心当たりがない」を押してください。"));
  }
}
