package mamori.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mamori.core.Field;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Activation letters as a PDF, one A4 page each, in a Japanese font embedded as a subset (IPAex
 * Gothic from Debian's fonts-ipaexfont-gothic by default), so the letter prints the same on any
 * printer.
 */
public final class LetterPdf {
  public static final Path DEFAULT_FONT =
      Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");
  private static final float MARGIN = 56;
  private static final float SIZE = 10.5f;
  private static final float LEADING = 17;

  private LetterPdf() {}

  /** One letter's lines; a line starting with "# " is a heading, "* " is set large (the code). */
  public record Page(List<String> lines) {}

  public static void write(Path out, Path font, List<Page> pages) throws IOException {
    if (!Files.isReadable(font)) {
      throw new IOException(
          "the letters need a Japanese font at "
              + font
              + ": apt-get install fonts-ipaexfont-gothic, or give --font FILE (a TrueType font)");
    }
    try (PDDocument doc = new PDDocument()) {
      PDType0Font jp = PDType0Font.load(doc, font.toFile());
      for (Page page : pages) {
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        try (PDPageContentStream s = new PDPageContentStream(doc, p)) {
          float y = PDRectangle.A4.getHeight() - MARGIN;
          for (String line : page.lines()) {
            float size = line.startsWith("# ") ? 14 : line.startsWith("* ") ? 16 : SIZE;
            String text = line.startsWith("# ") || line.startsWith("* ") ? line.substring(2) : line;
            float indent = line.startsWith("* ") ? 24 : 0;
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
            for (String part : wrap(text, w -> jp.getStringWidth(w) / 1000 * size, width)) {
              s.beginText();
              s.setFont(jp, size);
              s.newLineAtOffset(MARGIN + (line.startsWith("* ") ? 24 : 0), y);
              s.showText(part);
              s.endText();
              y -= Math.max(LEADING, size * 1.5f);
            }
          }
        }
      }
      // names, addresses and codes: owner-only from the moment the file exists
      Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
      Files.deleteIfExists(tmp);
      mamori.store.OwnerOnly.createFile(tmp);
      try (var stream = Files.newOutputStream(tmp)) {
        doc.save(stream);
      }
      Files.move(
          tmp,
          out,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
  }

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

  /** Measures a string's width in points. */
  interface Width {
    float of(String text) throws IOException;
  }

  /**
   * Lines no wider than {@code max} points, broken between any two characters (Japanese has no
   * spaces to break at).
   */
  static List<String> wrap(String text, Width width, float max) throws IOException {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int end = 1; end <= text.length(); end++) {
      if (width.of(text.substring(start, end)) > max && end - 1 > start) {
        parts.add(text.substring(start, end - 1));
        start = end - 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }
}
