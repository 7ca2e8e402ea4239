package mamori.handover;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/*
 * Design. A page's short code is twenty characters of Crockford's base32 (0-9 and A-Z without I, L, O
 * and U), printed in five groups of four: eight for the document (40 random bits), three for the page
 * (1 to 32,767), eight for the first 40 bits of the page's MAC under the tenant's key (PageSeals), and
 * one check character, Luhn mod 32 over the nineteen before it. The check character catches every
 * single mistyped character and every swap of two different neighbours but 0 with Z (Luhn's one
 * blind pair), so a typo is told apart from a forgery without asking the store, and costs the resident no try. Reading forgives what people and scanners
 * do: full-width characters, lower case, spaces and hyphens, I and L for 1, O for 0.
 *
 * The QR code on the page says more, since it is not typed: "MAMORI-PAGE/1/<tenant>/<short code>/
 * <subject>/<MAC>", where subject is INTERNAL or R-<8 characters> (a keyed handle of the resident that
 * means nothing outside Mamori) and MAC is all 128 bits. A USB scanner types that text and Enter into
 * the counter's field, which reads either form. The separator is '/' because a scanner emulating a
 * US keyboard on a Japanese (JIS) PC types it as '/' too, where ':' (Shift+';' in the US layout)
 * comes out as '+'; and Caps Lock flips the case of every letter. So reading takes ':', '+' and '/'
 * alike, and reads the QR text without regard to case: the tenant lowercased, the code, the subject
 * and the MAC uppercased. A QR text is plain ASCII: anything else in it (a control or format
 * character, a letter that only case-folds to ASCII) makes it no code.
 */
/** A page's code as printed and as read back: the short typable code and the QR code's text. */
public final class PageCode {
  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  static final String QR_MARK = "MAMORI-PAGE";
  static final String QR_VERSION = "1";
  static final String QR_PREFIX = QR_MARK + "/" + QR_VERSION + "/";
  static final int DOCUMENT_CHARS = 8;
  static final int PAGE_CHARS = 3;
  static final int MAC_CHARS = 8;
  static final int LENGTH = DOCUMENT_CHARS + PAGE_CHARS + MAC_CHARS + 1;

  /** The most pages a document has. */
  public static final int MAX_PAGE = 32 * 32 * 32 - 1;

  /** The mark of a page that names no resident. */
  public static final String INTERNAL = "INTERNAL";

  private PageCode() {}

  /** What was read from a scan or a typed code. */
  public sealed interface Read {}

  /**
   * A well-formed code: the document, the page and the short MAC; from a QR code also the tenant,
   * the subject and the whole MAC.
   */
  public record Code(
      String document,
      int page,
      String shortMac,
      Optional<String> tenant,
      Optional<String> subject,
      Optional<String> fullMac)
      implements Read {
    /** Whether this came from a QR code (and so names tenant and subject). */
    public boolean fromQr() {
      return fullMac.isPresent();
    }
  }

  /** Twenty code characters whose check character does not match: a typo, nothing to look up. */
  public record Typo() implements Read {}

  /** Not a page code at all. */
  public record Malformed() implements Read {}

  /** The short code of a page, as printed: {@code XXXX-XXXX-XXXX-XXXX-XXXX}. */
  public static String printed(String document, int page, String shortMac) {
    String body = document + pageChars(page) + shortMac;
    String full = body + check(body);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < full.length(); i += 4) {
      if (i > 0) {
        s.append('-');
      }
      s.append(full, i, i + 4);
    }
    return s.toString();
  }

  /** The text of a page's QR code. */
  public static String qr(
      String tenant, String document, int page, String shortMac, String subject, String fullMac) {
    return QR_PREFIX
        + tenant
        + "/"
        + printed(document, page, shortMac).replace("-", "")
        + "/"
        + subject
        + "/"
        + fullMac;
  }

  /**
   * Reads what a scanner or a person typed: a QR code's text (its separators '/', ':' or '+', in
   * any case) or a short code.
   */
  public static Read read(String scanned) {
    if (scanned.length() > 400) {
      return new Malformed();
    }
    String text = Normalizer.normalize(scanned, Normalizer.Form.NFKC).strip();
    if (text.regionMatches(true, 0, QR_MARK, 0, QR_MARK.length())
        && text.length() > QR_MARK.length()
        && separator(text.charAt(QR_MARK.length()))) {
      return readQr(text.substring(QR_MARK.length() + 1));
    }
    return readShort(text);
  }

  private static boolean separator(char c) {
    return c == '/' || c == ':' || c == '+';
  }

  /** The QR text after its mark and first separator: version, tenant, code, subject, MAC. */
  private static Read readQr(String text) {
    if (!text.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      return new Malformed();
    }
    String[] parts = text.split("[/:+]", -1);
    if (parts.length != 5 || !parts[0].equals(QR_VERSION)) {
      return new Malformed();
    }
    String tenant = parts[1].toLowerCase(Locale.ROOT);
    String subject = parts[3].toUpperCase(Locale.ROOT);
    String mac = parts[4].toUpperCase(Locale.ROOT);
    if (!mamori.core.TenantId.isValid(tenant)
        || !(subject.equals(INTERNAL) || subject.matches("R-[" + ALPHABET + "]{8}"))
        || !mac.matches("[" + ALPHABET + "]{26}")
        || !parts[2].matches("[0-9A-Za-z]{" + LENGTH + "}")) {
      return new Malformed();
    }
    Read shortRead = readShort(parts[2]);
    if (!(shortRead instanceof Code c)) {
      return shortRead;
    }
    return new Code(
        c.document(),
        c.page(),
        c.shortMac(),
        Optional.of(tenant),
        Optional.of(subject),
        Optional.of(mac));
  }

  private static Read readShort(String text) {
    StringBuilder s = new StringBuilder(LENGTH);
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toUpperCase(text.charAt(i));
      if (c == ' ' || c == '-' || c == '\u3000') {
        continue;
      }
      c =
          switch (c) {
            case 'I', 'L' -> '1';
            case 'O' -> '0';
            default -> c;
          };
      if (ALPHABET.indexOf(c) < 0 || s.length() == LENGTH) {
        return new Malformed();
      }
      s.append(c);
    }
    if (s.length() != LENGTH) {
      return new Malformed();
    }
    String body = s.substring(0, LENGTH - 1);
    if (check(body) != s.charAt(LENGTH - 1)) {
      return new Typo();
    }
    int page = 0;
    for (int i = DOCUMENT_CHARS; i < DOCUMENT_CHARS + PAGE_CHARS; i++) {
      page = page * 32 + ALPHABET.indexOf(body.charAt(i));
    }
    if (page == 0) {
      return new Malformed();
    }
    return new Code(
        body.substring(0, DOCUMENT_CHARS),
        page,
        body.substring(DOCUMENT_CHARS + PAGE_CHARS),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  static String pageChars(int page) {
    if (page < 1 || page > MAX_PAGE) {
      throw new IllegalArgumentException("a page is 1 to " + MAX_PAGE);
    }
    return ""
        + ALPHABET.charAt(page >> 10)
        + ALPHABET.charAt((page >> 5) & 31)
        + ALPHABET.charAt(page & 31);
  }

  /** Luhn mod 32 over code characters: the character that makes the whole sum 0 mod 32. */
  static char check(String body) {
    int factor = 2;
    int sum = 0;
    for (int i = body.length() - 1; i >= 0; i--) {
      int addend = factor * ALPHABET.indexOf(body.charAt(i));
      factor = factor == 2 ? 1 : 2;
      sum += addend / 32 + addend % 32;
    }
    return ALPHABET.charAt((32 - sum % 32) % 32);
  }

  /** Crockford's base32 of {@code bits} bits of {@code bytes}, from the first bit. */
  static String base32(byte[] bytes, int bits) {
    StringBuilder s = new StringBuilder();
    for (int at = 0; at < bits; at += 5) {
      int v = 0;
      for (int b = at; b < at + 5; b++) {
        int bit = b < bytes.length * 8 ? (bytes[b / 8] >> (7 - b % 8)) & 1 : 0;
        v = v << 1 | bit;
      }
      s.append(ALPHABET.charAt(v));
    }
    return s.toString();
  }
}
