package mamori.handover;

import java.time.LocalDate;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mamori.core.Field;

/**
 * What the printed papers say, in Japanese: the pickup notice, a notice of the city, a list of
 * persons, an activation letter. Each is drawn on a {@link PagePdf.Sheet}; none holds a number.
 */
final class Papers {
  static final String PICKUP_TITLE = "個人番号カード交付通知書";
  static final String LETTER_TITLE = "住民ポータル 利用開始のお知らせ";

  /** The columns a list may show; never the number, never a bank account. */
  static final Map<Field, String> COLUMNS = columns();

  private static final Map<Field, Float> WEIGHTS = weights();

  private Papers() {}

  private static Map<Field, String> columns() {
    Map<Field, String> c = new EnumMap<>(Field.class);
    c.put(Field.FAMILY_NAME, "氏");
    c.put(Field.GIVEN_NAME, "名");
    c.put(Field.FAMILY_NAME_KANA, "氏（カナ）");
    c.put(Field.GIVEN_NAME_KANA, "名（カナ）");
    c.put(Field.BIRTH_DATE, "生年月日");
    c.put(Field.SEX, "性別");
    c.put(Field.POSTAL_CODE, "郵便番号");
    c.put(Field.ADDRESS, "住所");
    c.put(Field.HOUSEHOLD_ID, "世帯番号");
    return c;
  }

  private static Map<Field, Float> weights() {
    Map<Field, Float> w = new EnumMap<>(Field.class);
    w.put(Field.FAMILY_NAME, 1.1f);
    w.put(Field.GIVEN_NAME, 1.1f);
    w.put(Field.FAMILY_NAME_KANA, 1.4f);
    w.put(Field.GIVEN_NAME_KANA, 1.4f);
    w.put(Field.BIRTH_DATE, 1.6f);
    w.put(Field.SEX, 0.6f);
    w.put(Field.POSTAL_CODE, 1.2f);
    w.put(Field.ADDRESS, 4f);
    w.put(Field.HOUSEHOLD_ID, 1.2f);
    return w;
  }

  /** A date in the Japanese era: 令和8年12月7日. */
  static String era(LocalDate date) {
    return DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN)
        .withChronology(JapaneseChronology.INSTANCE)
        .format(JapaneseDate.from(date));
  }

  /** The addressee (postal code, address, name) and the sender, as a letter begins. */
  private static void addressed(PagePdf.Sheet s, Map<Field, String> v, String city, LocalDate today)
      throws java.io.IOException {
    s.text("〒" + v.getOrDefault(Field.POSTAL_CODE, ""), 10.5f);
    s.text(v.getOrDefault(Field.ADDRESS, ""), 10.5f);
    s.text(
        v.getOrDefault(Field.FAMILY_NAME, "") + " " + v.getOrDefault(Field.GIVEN_NAME, "") + " 様",
        12);
    s.gap(10);
    s.text(era(today) + "　" + city, 10.5f);
    s.gap(10);
  }

  /** The pickup notice (交付通知書): where to come, what to bring, until when. */
  static PagePdf.Content pickup(
      String city, Map<Field, String> v, String place, LocalDate today, LocalDate until) {
    return s -> {
      addressed(s, v, city, today);
      s.text(PICKUP_TITLE, 16);
      s.gap(6);
      s.text("あなたの個人番号カード（マイナンバーカード）の準備ができました。次のとおりお受け取りください。", 10.5f);
      s.gap(6);
      s.item("受け取りの場所", place);
      s.item("持ち物", "・この通知書\n・本人確認書類（運転免許証、パスポート、在留カードなど）\n" + "・通知カード又は住民基本台帳カード（お持ちの方）");
      s.item("受け取りの期限", era(until) + "まで。期限を過ぎたときは、" + city + "へお問い合わせください。");
      s.item(
          "ご注意",
          "ご本人がお越しください。代理の方が受け取るときは委任状が必要です。\n"
              + "この通知書に個人番号は記載していません。窓口では右下のコードを読み取り、"
              + "あなたの通知書であることを確かめます。");
    };
  }

  /** A notice of the city to one resident: its title and the staff's text, as written. */
  static PagePdf.Content notice(
      String city, Map<Field, String> v, String title, String body, LocalDate today) {
    return s -> {
      addressed(s, v, city, today);
      s.text(title, 14);
      s.gap(8);
      s.text(body, 10.5f);
      s.gap(8);
      s.text("このお知らせに個人番号は記載していません。", 9);
    };
  }

  /** An activation letter's lines: "# " a heading, "* " set large and indented (the code). */
  static PagePdf.Content letter(List<String> lines) {
    return s -> {
      for (String line : lines) {
        boolean heading = line.startsWith("# ");
        boolean large = line.startsWith("* ");
        float size = heading ? 14 : large ? 16 : 10.5f;
        String text = heading || large ? line.substring(2) : line;
        s.text(text, size, large ? 24 : 0, Math.max(17, size * 1.5f));
      }
    };
  }

  /**
   * A list of persons: {@code perPage} rows a page under the title and the column headings,
   * numbered; each row the persons' values of {@code columns}.
   */
  static PagePdf.Content list(
      String title,
      String city,
      LocalDate today,
      List<Field> columns,
      List<Map<Field, String>> rows,
      int perPage) {
    return s -> {
      float[] widths = new float[columns.size() + 1];
      float total = 0.6f;
      for (Field f : columns) {
        total += WEIGHTS.getOrDefault(f, 1f);
      }
      widths[0] = s.width() * 0.6f / total;
      List<String> headings = new ArrayList<>();
      headings.add("No.");
      for (int i = 0; i < columns.size(); i++) {
        widths[i + 1] = s.width() * WEIGHTS.getOrDefault(columns.get(i), 1f) / total;
        headings.add(COLUMNS.getOrDefault(columns.get(i), columns.get(i).column()));
      }
      for (int at = 0; at < rows.size(); at += perPage) {
        if (at > 0) {
          s.newPage();
        }
        s.text(title, 14);
        s.text(era(today) + "　" + city + "　" + rows.size() + " 人", 9);
        s.gap(4);
        s.row(headings, widths, 9.5f, true);
        for (int k = at; k < Math.min(rows.size(), at + perPage); k++) {
          List<String> cells = new ArrayList<>();
          cells.add(String.valueOf(k + 1));
          for (Field f : columns) {
            cells.add(cell(f, rows.get(k).getOrDefault(f, "")));
          }
          s.row(cells, widths, 9.5f, false);
        }
      }
    };
  }

  private static String cell(Field f, String value) {
    if (f == Field.SEX) {
      return switch (value) {
        case "1" -> "男";
        case "2" -> "女";
        default -> value;
      };
    }
    return value;
  }
}
