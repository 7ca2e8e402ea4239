package mamori.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A page's codes as printed and read back: the short code's check character tells every single
 * mistyped character and nearly every swap of neighbours from a forgery, and reading forgives what
 * people and scanners do (full width, lower case, I/L/O, a USB scanner on a Japanese keyboard
 * typing ':' as '+', Caps Lock), but nothing else.
 */
class PageCodeTest {
  static final String DOCUMENT = "7M2QK4RD";
  static final String SHORT_MAC = "9ZP3T8VC";
  static final String MAC = "9ZP3T8VCABCDEFGHJKMNPQRSTV";
  static final String HANDLE = "R-K7QM2XTA";

  static PageCode.Code code(int page) {
    return new PageCode.Code(
        DOCUMENT, page, SHORT_MAC, Optional.empty(), Optional.empty(), Optional.empty());
  }

  static PageCode.Code qrCode(int page, String subject) {
    return new PageCode.Code(
        DOCUMENT, page, SHORT_MAC, Optional.of("nerima"), Optional.of(subject), Optional.of(MAC));
  }

  static String qr(int page, String subject) {
    return PageCode.qr("nerima", DOCUMENT, page, SHORT_MAC, subject, MAC);
  }

  @Test
  void thePrintedCodes_readBackToTheirPage() {
    for (int page : new int[] {1, 2, 31, 32, 1000, PageCode.MAX_PAGE}) {
      String printed = PageCode.printed(DOCUMENT, page, SHORT_MAC);
      assertThat(printed).matches("([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}");
      assertThat(PageCode.read(printed)).isEqualTo(code(page));
      assertThat(PageCode.read(printed.replace("-", ""))).isEqualTo(code(page));
      for (String subject : List.of(PageCode.INTERNAL, HANDLE)) {
        String text = qr(page, subject);
        assertThat(text)
            .isEqualTo(
                "MAMORI-PAGE/1/nerima/" + printed.replace("-", "") + "/" + subject + "/" + MAC)
            .doesNotContain(":", "+");
        PageCode.Read read = PageCode.read(text);
        assertThat(read).isEqualTo(qrCode(page, subject));
        assertThat(((PageCode.Code) read).fromQr()).isTrue();
      }
    }
  }

  @Test
  void everySingleCharacterSubstitution_isATypo() {
    String full = PageCode.printed(DOCUMENT, 7, SHORT_MAC).replace("-", "");
    int typos = 0;
    for (int i = 0; i < full.length(); i++) {
      for (char c : PageCode.ALPHABET.toCharArray()) {
        if (c == full.charAt(i)) {
          continue;
        }
        String wrong = full.substring(0, i) + c + full.substring(i + 1);
        assertThat(PageCode.read(wrong)).as(wrong).isInstanceOf(PageCode.Typo.class);
        typos++;
      }
    }
    assertThat(typos).isEqualTo(20 * 31);
  }

  @Test
  void swapsOfNeighbours_areCaught_butForZeroWithZ() {
    Random random = new Random(18);
    int swaps = 0;
    int missed = 0;
    for (int n = 0; n < 2000; n++) {
      StringBuilder body = new StringBuilder();
      for (int i = 0; i < 19; i++) {
        body.append(PageCode.ALPHABET.charAt(random.nextInt(32)));
      }
      // the page characters must name a page of 1 or more for the code to read at all
      body.replace(8, 11, PageCode.pageChars(1 + random.nextInt(PageCode.MAX_PAGE)));
      String full = body.toString() + PageCode.check(body.toString());
      for (int i = 0; i < full.length() - 1; i++) {
        char a = full.charAt(i);
        char b = full.charAt(i + 1);
        if (a == b) {
          continue;
        }
        String swapped = full.substring(0, i) + b + a + full.substring(i + 2);
        swaps++;
        if (!(PageCode.read(swapped) instanceof PageCode.Typo)) {
          missed++;
          // Luhn mod 32 has one blind pair: 0 and Z (31), whose doubled values fold alike
          assertThat("" + a + b).as(swapped).isIn("0Z", "Z0");
        }
      }
    }
    assertThat(swaps).isGreaterThan(30_000);
    assertThat((double) missed / swaps).isLessThan(0.01);
  }

  @Test
  void fullWidth_lowerCase_spaces_andILO_areForgiven() {
    String printed = PageCode.printed(DOCUMENT, 3, SHORT_MAC);
    PageCode.Code expected = code(3);
    // full-width letters and digits, a full-width hyphen-minus and ideographic spaces
    assertThat(PageCode.read(printed.replace('-', '－'))).isEqualTo(expected);
    String fullWidth =
        printed
            .chars()
            .collect(
                StringBuilder::new,
                (s, c) -> s.append(c == '-' ? '\u3000' : (char) (c - 0x20 + 0xFF00)),
                StringBuilder::append)
            .toString();
    assertThat(PageCode.read(fullWidth)).isEqualTo(expected);
    assertThat(PageCode.read(printed.toLowerCase(Locale.ROOT))).isEqualTo(expected);
    assertThat(PageCode.read(" " + printed.replace("-", " ") + " ")).isEqualTo(expected);
    // I and L read as 1, O as 0: a code holding 1 and 0 typed with the letters
    String withOnes = PageCode.printed("10101010", 1, "01010101");
    assertThat(PageCode.read(withOnes.replace('1', 'I').replace('0', 'O')))
        .isEqualTo(PageCode.read(withOnes));
    assertThat(PageCode.read(withOnes.replace('1', 'l').replace('0', 'o')))
        .isEqualTo(PageCode.read(withOnes))
        .isInstanceOf(PageCode.Code.class);
    // U is not in the alphabet: no code
    assertThat(PageCode.read(printed.substring(0, 23) + "U"))
        .isInstanceOf(PageCode.Malformed.class);
  }

  @Test
  void aScannerOnAJapaneseKeyboard_orWithCapsLock_readsTheSame() {
    for (String subject : List.of(PageCode.INTERNAL, HANDLE)) {
      String text = qr(12, subject);
      PageCode.Code expected = qrCode(12, subject);
      // a scanner in US-layout emulation on a JIS PC: ':' (Shift+';') arrives as '+'
      assertThat(PageCode.read(text.replace('/', '+'))).isEqualTo(expected);
      // the colons of earlier pages, and the separators mixed
      assertThat(PageCode.read(text.replace('/', ':'))).isEqualTo(expected);
      assertThat(PageCode.read(text.replaceFirst("/", ":").replaceFirst("/", "+")))
          .isEqualTo(expected);
      // Caps Lock: every letter's case flipped (the tenant upper, code, subject and MAC lower)
      assertThat(PageCode.read(flip(text))).isEqualTo(expected);
      assertThat(PageCode.read(flip(text).replace('/', '+'))).isEqualTo(expected);
      assertThat(PageCode.read(text.toLowerCase(Locale.ROOT))).isEqualTo(expected);
      // full-width, as an IME might type it
      String wide =
          text.chars()
              .collect(
                  StringBuilder::new,
                  (s, c) -> s.append((char) (c - 0x20 + 0xFF00)),
                  StringBuilder::append)
              .toString();
      assertThat(PageCode.read(wide)).isEqualTo(expected);
      // a trailing Enter or space
      assertThat(PageCode.read(text + "\r\n")).isEqualTo(expected);
    }
  }

  static String flip(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : text.toCharArray()) {
      b.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    return b.toString();
  }

  @Test
  void truncated_overLong_andWrongPages_areNoCode() {
    String printed = PageCode.printed(DOCUMENT, 5, SHORT_MAC).replace("-", "");
    for (int n = 0; n < printed.length(); n++) {
      assertThat(PageCode.read(printed.substring(0, n)))
          .as("cut to %d", n)
          .isInstanceOf(PageCode.Malformed.class);
    }
    assertThat(PageCode.read(printed + "0")).isInstanceOf(PageCode.Malformed.class);
    assertThat(PageCode.read(printed + printed)).isInstanceOf(PageCode.Malformed.class);
    assertThat(PageCode.read("x".repeat(401))).isInstanceOf(PageCode.Malformed.class);
    assertThat(PageCode.read(" ".repeat(390) + printed))
        .as("400 characters at most, whatever they are")
        .isInstanceOf(PageCode.Malformed.class);
    assertThat(PageCode.read("")).isInstanceOf(PageCode.Malformed.class);

    // page 0 cannot be printed, and a code naming it (its check made to match) is no code
    assertThatThrownBy(() -> PageCode.printed(DOCUMENT, 0, SHORT_MAC))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PageCode.printed(DOCUMENT, PageCode.MAX_PAGE + 1, SHORT_MAC))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PageCode.qr("nerima", DOCUMENT, 0, SHORT_MAC, HANDLE, MAC))
        .isInstanceOf(IllegalArgumentException.class);
    String zero = DOCUMENT + "000" + SHORT_MAC;
    assertThat(PageCode.read(zero + PageCode.check(zero))).isInstanceOf(PageCode.Malformed.class);
    assertThat(PageCode.read(PageCode.printed(DOCUMENT, PageCode.MAX_PAGE, SHORT_MAC)))
        .isEqualTo(code(PageCode.MAX_PAGE));

    // QR texts cut, lengthened or bent
    String text = qr(5, HANDLE);
    List<String> bad = new ArrayList<>();
    bad.add(text.substring(0, text.length() - 1));
    bad.add(text + "A");
    bad.add(text + "/");
    bad.add(text.substring(0, text.lastIndexOf('/')));
    bad.add(text.replace("MAMORI-PAGE/1/", "MAMORI-PAGE/2/"));
    bad.add(text.replace("MAMORI-PAGE/1/", "MAMORI-PAGE-1/"));
    bad.add(text.replace("MAMORI-PAGE/1/", "MAMORI-PAGE1/"));
    bad.add(text.replace("/nerima/", "//"));
    bad.add(text.replace("/nerima/", "/ne rima/"));
    bad.add(text.replace("/nerima/", "/nerima_/"));
    bad.add(text.replace(HANDLE, "R-K7QM2XT"));
    bad.add(text.replace(HANDLE, "RESIDENT"));
    bad.add(text.replace(MAC, MAC.substring(1)));
    bad.add(text.replace(MAC, MAC.substring(0, 25) + "U"));
    bad.add(text.replace(DOCUMENT, DOCUMENT.substring(1)));
    bad.add("MAMORI-PAGE");
    bad.add("MAMORI-PAGE/");
    bad.add("MAMORI-PAGE/1/nerima/x");
    for (String b : bad) {
      assertThat(PageCode.read(b)).as(b).isInstanceOf(PageCode.Malformed.class);
    }
    // the QR's short code mistyped is a typo, as typed
    String full = PageCode.printed(DOCUMENT, 5, SHORT_MAC).replace("-", "");
    String typo = full.substring(0, 4) + (full.charAt(4) == 'A' ? 'B' : 'A') + full.substring(5);
    assertThat(PageCode.read(text.replace(full, typo))).isInstanceOf(PageCode.Typo.class);
  }

  @Test
  void controlFormatAndDirectionCharacters_makeNoCode() {
    String printed = PageCode.printed(DOCUMENT, 4, SHORT_MAC);
    String text = qr(4, PageCode.INTERNAL);
    for (String odd :
        List.of(
            "\u0000", "\u0007", "\u001b", "\u007f", "\u200b", "\u200e", "\u202e", "\u2066",
            "\ufeff", "\t")) {
      for (int at : new int[] {4, 10}) {
        assertThat(PageCode.read(printed.substring(0, at) + odd + printed.substring(at)))
            .as("short code with U+%04X", (int) odd.charAt(0))
            .isInstanceOf(PageCode.Malformed.class);
      }
      for (int at : new int[] {5, 17, 25, text.length() - 3}) {
        assertThat(PageCode.read(text.substring(0, at) + odd + text.substring(at)))
            .as("QR text with U+%04X at %d", (int) odd.charAt(0), at)
            .isInstanceOf(PageCode.Malformed.class);
      }
    }
    // a letter that only becomes ASCII by changing case is no QR text
    assertThat(PageCode.read(text.replace("nerima", "nerıma")))
        .isInstanceOf(PageCode.Malformed.class);
  }
}
