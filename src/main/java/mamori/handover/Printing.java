package mamori.handover;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import mamori.access.AccessException;
import mamori.access.AccessGate;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.NumberText;
import mamori.core.PersonToken;
import mamori.core.TenantId;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.identity.Principal;
import mamori.portal.LetterPdf;
import mamori.portal.ResidentLetters;
import mamori.vault.Revealed;
import mamori.vault.VaultException;

/*
 * Design. Printing is an act on each person printed: every person is revealed through the gate's
 * print (the PRINT action: a contractor needs an entrustment that allows printing; one `print` record
 * per person in the tenant's log, written before anything is revealed), ALL of them before anything is
 * registered or drawn, so a person who cannot be printed (unknown, erased, out of scope) stops the run
 * with no document registered and no page made. Then each document is drawn, registered for the pages
 * drawn (Documents: kind, title, the resident or the list's persons, purpose and case, printer, who,
 * when) and its pages coded (PagePdf).
 *
 * One resident, one document: a pickup notice, a notice and an activation letter are each one
 * resident's document, coded for that resident on every page. Several residents' letters go into one
 * print job (one PDF), each letter its own document whose every page names its resident, so a sheet
 * never mixes residents and the counter tells a wrong sheet at once. A list of several persons is one
 * INTERNAL document, marked 内部資料・交付禁止 on every page; it names no resident to hand it to.
 *
 * Everything the staff give (title, text, place, printer, columns) is checked before anyone is
 * revealed, so bad input changes nothing and logs nothing. Nothing printed holds a number: the text
 * given is refused when it holds one, the number is never a column, and the page writer refuses any
 * text holding one whatever its source.
 */
/** Printing through the gate: pickup notices, notices, lists of persons and activation letters. */
public final class Printing {
  /** How long a pickup notice opens a handover. */
  public static final java.time.Period PICKUP_VALID = java.time.Period.ofDays(90);

  /** Rows on a page of a list. */
  public static final int LIST_ROWS = 25;

  /**
   * The most letters in one run: a run is drawn in memory (about 120 KiB a letter), so a town's
   * mailing is printed in batches.
   */
  public static final int MAX_LETTERS = 2_000;

  /** The most persons on one list. */
  public static final int MAX_LIST = 10_000;

  /** The longest text of a notice, in characters. */
  public static final int MAX_BODY = 4_000;

  /** The longest place of a pickup notice, in characters. */
  public static final int MAX_PLACE = 200;

  /** The zone of the printed dates. */
  public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  /** The fields an addressed paper reveals: the name and the address. */
  static final List<Field> ADDRESS =
      List.of(Field.FAMILY_NAME, Field.GIVEN_NAME, Field.POSTAL_CODE, Field.ADDRESS);

  private final AccessGate gate;
  private final Documents documents;
  private final ResidentLetters letters;
  private final Function<TenantId, String> city;
  private final Clock clock;

  /**
   * @param city the name a tenant signs its papers with (its organisation's name)
   */
  public Printing(
      AccessGate gate,
      Documents documents,
      ResidentLetters letters,
      Function<TenantId, String> city,
      Clock clock) {
    this.gate = gate;
    this.documents = documents;
    this.letters = letters;
    this.city = city;
    this.clock = clock;
  }

  /**
   * Where a job is printed and in what: the printer's label (such as 本庁舎2階プリンター, stored with each
   * document) and the TrueType font with Japanese.
   */
  public record Press(String printer, Path font) {
    /**
     * @throws IllegalArgumentException for a printer's label that is empty, longer than 100
     *     characters, unprintable or holds a number
     */
    public Press {
      printer = Documents.printer(printer);
    }

    /** The printer {@code printer} in the default font (IPAex Gothic). */
    public static Press on(String printer) {
      return new Press(printer, PagePdf.DEFAULT_FONT);
    }
  }

  /** What a run printed: its documents, first first, its pages, and the PDF. */
  public static final class Printout {
    private final List<Documents.Printed> documents;
    private final int pages;
    private final byte[] pdf;

    Printout(List<Documents.Printed> documents, int pages, byte[] pdf) {
      this.documents = List.copyOf(documents);
      this.pages = pages;
      this.pdf = pdf.clone();
    }

    public List<Documents.Printed> documents() {
      return documents;
    }

    public int pages() {
      return pages;
    }

    /** The PDF's bytes (a copy). */
    public byte[] pdf() {
      return pdf.clone();
    }

    /** Writes the PDF to {@code out}, owner-only from the moment the file exists. */
    public void write(Path out) throws IOException {
      PagePdf.writeOwnerOnly(out, pdf);
    }

    @Override
    public String toString() {
      return "Printout[" + documents.size() + " documents, " + pages + " pages]";
    }
  }

  /**
   * A person the gate would not reveal for printing (unknown, erased, out of scope): nothing was
   * registered or drawn. The cause is the gate's refusal or the vault's.
   */
  public static final class PersonRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient AgencyToken person;

    PersonRefused(AgencyToken person, RuntimeException cause) {
      super("person " + person.value() + ": " + cause.getMessage(), cause);
      this.person = person;
    }

    /** The person, by the token the caller gave. */
    public AgencyToken person() {
      return person;
    }
  }

  /** Told how far a long run is: a phase (addressees, letters) and how many of it are done. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (phase, done, of) -> {};

    void at(String phase, int done, int of);
  }

  /**
   * A pickup notice (個人番号カード交付通知書) for one resident: their name and address, the city, where to
   * come ({@code place}, by default the city's card counter), what to bring, and until when (90
   * days); a PICKUP document whose codes open the handover at the counter until then.
   *
   * @throws PersonRefused when the gate will not reveal the person; nothing is printed
   * @throws IllegalArgumentException for a place or printer that is empty, too long or holds a
   *     number; nothing is revealed
   */
  public Printout pickup(
      Principal p, AgencyToken person, Why why, Optional<String> place, Press press)
      throws IOException {
    String where =
        text("place", place.orElseGet(() -> cityOf(p) + " 個人番号カード交付窓口"), MAX_PLACE, false);
    LocalDate today = today();
    LocalDate until = today.plus(PICKUP_VALID);
    Instant expires = until.plusDays(1).atStartOfDay(TOKYO).toInstant();
    // the job (its font) first: a press that cannot print reveals no one
    try (PrintJob job = job(p, why, press)) {
      Revealed r = reveal(p, List.of(person), why, ADDRESS, true, Progress.NONE).getFirst();
      job.resident(
          Documents.Kind.PICKUP,
          r.token().person(),
          Papers.PICKUP_TITLE,
          Optional.of(expires),
          Papers.pickup(cityOf(p), r.values(), where, today, until));
      return done(job);
    }
  }

  /**
   * A notice to one resident: the title and text the staff wrote, as plain text (nothing in it is
   * markup), under the resident's name and address; a NOTICE document.
   *
   * @throws PersonRefused when the gate will not reveal the person; nothing is printed
   * @throws IllegalArgumentException for a title or text that is empty, too long, unprintable or
   *     holds a number; nothing is revealed
   */
  public Printout notice(
      Principal p, AgencyToken person, Why why, String title, String body, Press press)
      throws IOException {
    String t = Documents.title(title);
    String text = text("text", body, MAX_BODY, true);
    try (PrintJob job = job(p, why, press)) {
      Revealed r = reveal(p, List.of(person), why, ADDRESS, true, Progress.NONE).getFirst();
      job.resident(
          Documents.Kind.NOTICE,
          r.token().person(),
          t,
          Optional.empty(),
          Papers.notice(cityOf(p), r.values(), t, text, today()));
      return done(job);
    }
  }

  /**
   * A list of persons with the {@code columns} chosen, {@value #LIST_ROWS} rows a page: one LIST
   * document, INTERNAL, marked 内部資料・交付禁止 on every page, registered with every person on it. A
   * person named twice is listed once.
   *
   * @throws PersonRefused when the gate will not reveal one of the persons; nothing is printed
   * @throws IllegalArgumentException for a title refused, no person or more than {@value
   *     #MAX_LIST}, no column, a column named twice or one a list may not show (the number, a bank
   *     account); nothing is revealed
   */
  public Printout list(
      Principal p,
      List<AgencyToken> persons,
      Why why,
      String title,
      List<Field> columns,
      Press press)
      throws IOException {
    String t = Documents.title(title);
    List<AgencyToken> named = List.copyOf(new LinkedHashSet<>(persons));
    if (named.isEmpty() || named.size() > MAX_LIST) {
      throw new IllegalArgumentException("a list holds 1 to " + MAX_LIST + " persons");
    }
    if (columns.isEmpty() || new LinkedHashSet<>(columns).size() != columns.size()) {
      throw new IllegalArgumentException("a list has one or more columns, each once");
    }
    for (Field f : columns) {
      if (!Papers.COLUMNS.containsKey(f)) {
        throw new IllegalArgumentException(
            "a list may not show " + f.column() + "; it shows " + columnNames());
      }
    }
    // a list is read by staff, not by the persons on it: each counts against the printer's own
    // daily volume
    try (PrintJob job = job(p, why, press)) {
      List<Revealed> revealed = reveal(p, named, why, columns, false, Progress.NONE);
      List<PersonToken> onIt = new ArrayList<>(revealed.size());
      List<Map<Field, String>> rows = new ArrayList<>(revealed.size());
      for (Revealed r : revealed) {
        onIt.add(r.token().person());
        rows.add(r.values());
      }
      job.list(onIt, t, Papers.list(t, cityOf(p), today(), columns, rows, LIST_ROWS));
      return done(job);
    }
  }

  /** The columns a list may show, as their names. */
  public static List<String> columnNames() {
    return Papers.COLUMNS.keySet().stream().map(Field::column).toList();
  }

  /**
   * Activation letters for the resident portal: every addressee revealed first, then a letter
   * issued for each (an unused earlier one stops working) and drawn as its own LETTER document,
   * coded for its resident and open until the letter expires; all in one print job.
   *
   * @param portal the portal's activation page printed on each letter
   * @throws PersonRefused when the gate will not reveal one of the persons; no letter is issued
   */
  public Printout letters(
      Principal p,
      List<AgencyToken> persons,
      Why why,
      String portal,
      Press press,
      Progress progress)
      throws IOException {
    List<AgencyToken> named = List.copyOf(new LinkedHashSet<>(persons));
    if (named.isEmpty() || named.size() > MAX_LETTERS) {
      throw new IllegalArgumentException(
          "a run prints 1 to "
              + MAX_LETTERS
              + " letters, not "
              + named.size()
              + ": print them in batches (--person lists)");
    }
    LocalDate today = today();
    String from = cityOf(p);
    // the job (its font) first: a press that cannot print reveals no one and issues no letter
    try (PrintJob job = job(p, why, press, named.size())) {
      List<Revealed> addressees = reveal(p, named, why, ADDRESS, true, progress);
      for (Revealed r : addressees) {
        ResidentLetters.Letter letter = letters.issue(p.tenantId().value(), r.token().value());
        job.resident(
            Documents.Kind.LETTER,
            r.token().person(),
            Papers.LETTER_TITLE,
            Optional.of(letter.expiresAt()),
            Papers.letter(LetterPdf.activation(from, r.values(), letter, portal, today).lines()));
        progress.at("letters", job.printed().size(), addressees.size());
      }
      return done(job);
    }
  }

  /**
   * A print job for papers drawn elsewhere (an incident's letters): the caller reveals each person
   * through the gate's print before drawing their document.
   */
  public PrintJob job(Principal p, Why why, Press press) throws IOException {
    return new PrintJob(documents, press.font(), p, why, press.printer());
  }

  /**
   * A print job for {@code count} documents drawn elsewhere: with more than one, each is padded to
   * whole sheets ({@link PrintJob#separateSheets}) so that printed on both sides no sheet mixes
   * residents.
   */
  public PrintJob job(Principal p, Why why, Press press, int count) throws IOException {
    PrintJob job = job(p, why, press);
    return count > 1 ? job.separateSheets() : job;
  }

  private static Printout done(PrintJob job) throws IOException {
    return job.printout();
  }

  /**
   * Each person revealed for printing, in order; the first refusal stops the run.
   *
   * @param addressed whether each paper goes to its person alone (a letter, a notice: {@link
   *     AccessGate#printAddressed}), or others read it (a list: {@link AccessGate#print})
   */
  private List<Revealed> reveal(
      Principal p,
      List<AgencyToken> persons,
      Why why,
      List<Field> fields,
      boolean addressed,
      Progress progress) {
    Map<Field, Mask> asked = new EnumMap<>(Field.class);
    for (Field f : fields) {
      asked.put(f, Mask.NONE);
    }
    List<Revealed> out = new ArrayList<>(persons.size());
    for (AgencyToken person : persons) {
      try {
        out.add(
            addressed
                ? gate.printAddressed(p, person, why, asked)
                : gate.print(p, person, why, asked));
      } catch (AccessException | VaultException e) {
        throw new PersonRefused(person, e);
      }
      progress.at("addressees", out.size(), persons.size());
    }
    return out;
  }

  private String cityOf(Principal p) {
    return city.apply(p.tenantId());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(TOKYO));
  }

  /**
   * Free text the staff give: stripped, 1 to {@code max} characters, printable (line breaks allowed
   * in a multi-line text), no number.
   */
  static String text(String what, String value, int max, boolean lines) {
    String v = value.replace("\r\n", "\n").strip();
    if (v.isEmpty()
        || v.length() > max
        || v.codePoints().anyMatch(c -> !(lines && c == '\n') && Why.unprintable(c))) {
      throw new IllegalArgumentException(
          "the " + what + " is 1 to " + max + " printable characters");
    }
    NumberText.refuseNumberIn("the " + what, v);
    return v;
  }
}
