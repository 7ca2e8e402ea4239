package mamori.incident;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import mamori.core.NumberText;
import mamori.core.Why;
import org.jspecify.annotations.Nullable;

/**
 * The body of a report to the PPC, as the JSON of a saved version holds it (schema {@value
 * #SCHEMA}, docs/api.md): who reports, the incident's dates, the triggers of the leak rule that
 * hold, and the nine items. Only tokens and counts of persons, never a number or a name of a
 * person: free text holding a My Number is refused ({@link #validated}).
 *
 * @param schema always {@value #SCHEMA}
 * @param incident the incident's id
 * @param kind {@code preliminary} or {@code final}
 * @param triggers the codes of {@link Trigger} that hold, in their order
 */
public record Report(
    String schema,
    String incident,
    String kind,
    Reporter reporter,
    Dates dates,
    List<String> triggers,
    Items items) {
  public static final String SCHEMA = "mamori.incident-report/1";

  /**
   * The most characters of one free-text item (eight of them in Japanese stay within the API's 64
   * KiB body).
   */
  public static final int TEXT_MAX = 2000;

  /** The most characters of the reporter's name, address or contact. */
  public static final int SHORT_MAX = 300;

  /** A body as sent may leave out the schema, incident and kind (the path gives them) or a part. */
  public Report {
    schema = Objects.requireNonNullElse(schema, SCHEMA);
    incident = Objects.requireNonNullElse(incident, "");
    kind = Objects.requireNonNullElse(kind, "");
    reporter = Objects.requireNonNullElse(reporter, new Reporter(null, null, null));
    dates = Objects.requireNonNullElse(dates, new Dates(null, null, null));
    triggers = triggers == null ? List.of() : List.copyOf(triggers);
    items =
        Objects.requireNonNullElse(
            items, new Items(null, null, null, null, null, null, null, null, null));
  }

  /** The reporting body: the controller's name (報告者の名称), its address and who to contact there. */
  public record Reporter(
      @Nullable String name, @Nullable String address, @Nullable String contact) {}

  /**
   * When the body became aware of the incident and the window it may have happened in, as ISO-8601
   * instants ({@code 2026-12-01T09:00:00Z}).
   */
  public record Dates(
      @Nullable String awareAt, @Nullable String occurredFrom, @Nullable String occurredTo) {}

  /** The nine items of the PPC's form; {@code persons} is the number of people. */
  public record Items(
      @Nullable String overview,
      @Nullable String personalItems,
      @Nullable Long persons,
      @Nullable String cause,
      @Nullable String secondaryHarm,
      @Nullable String responseToPersons,
      @Nullable String publicAnnouncement,
      @Nullable String recurrence,
      @Nullable String other) {

    /** The text of a free-text item; "" for {@link ReportItem#PERSONS} and the reporter. */
    public String text(ReportItem item) {
      @Nullable String t =
          switch (item) {
            case OVERVIEW -> overview;
            case PERSONAL_ITEMS -> personalItems;
            case CAUSE -> cause;
            case SECONDARY_HARM -> secondaryHarm;
            case RESPONSE -> responseToPersons;
            case ANNOUNCEMENT -> publicAnnouncement;
            case RECURRENCE -> recurrence;
            case OTHER -> other;
            case PERSONS, REPORTER, DATES, TRIGGERS -> "";
          };
      return t == null ? "" : t;
    }
  }

  /** The four triggers of the leak rule (Art. 2) that make a leak reportable. */
  public enum Trigger {
    SYSTEM("system", "個人番号利用事務等を処理する情報システムで管理される特定個人情報"),
    UNJUST_PURPOSE("unjust-purpose", "不正の目的をもって行われたおそれがある"),
    NETWORK("network", "不特定多数の者に閲覧されたおそれがある"),
    OVER_100("over-100", "本人の数が100人を超える");

    private final String code;
    private final String japanese;

    Trigger(String code, String japanese) {
      this.code = code;
      this.japanese = japanese;
    }

    public String code() {
      return code;
    }

    public String japanese() {
      return japanese;
    }

    /** The trigger {@code code} names. */
    public static java.util.Optional<Trigger> ofCode(String code) {
      return java.util.Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
  }

  /**
   * This report checked and tidied for {@code incident} and {@code kind}: line ends become {@code
   * \n}, spaces around each text go; the schema, incident and kind are set from the path, never
   * from the body.
   *
   * @throws ReportInvalid naming the first item at fault, in Japanese and English
   */
  public Report validated(String incident, ReportKind kind) {
    String name = text(ReportItem.REPORTER, "reporter.name", reporter.name(), SHORT_MAX, true);
    String address =
        text(ReportItem.REPORTER, "reporter.address", reporter.address(), SHORT_MAX, false);
    String contact =
        text(ReportItem.REPORTER, "reporter.contact", reporter.contact(), SHORT_MAX, false);
    List<String> checked = new ArrayList<>();
    for (String t : triggers) {
      if (t == null || Trigger.ofCode(t).isEmpty()) {
        throw ReportInvalid.of(ReportInvalid.INVALID, ReportItem.TRIGGERS, "triggers");
      }
      if (!checked.contains(t)) {
        checked.add(t);
      }
    }
    checked.sort(java.util.Comparator.comparing(t -> Trigger.ofCode(t).orElseThrow().ordinal()));
    Dates d =
        new Dates(
            instant("dates.awareAt", dates.awareAt(), true),
            instant("dates.occurredFrom", dates.occurredFrom(), false),
            instant("dates.occurredTo", dates.occurredTo(), false));
    Long persons = items.persons();
    if (persons == null) {
      throw ReportInvalid.of(ReportInvalid.MISSING, ReportItem.PERSONS, "items.persons");
    }
    if (persons < 0 || persons > 1_000_000_000L) {
      throw ReportInvalid.of(ReportInvalid.INVALID, ReportItem.PERSONS, "items.persons");
    }
    Items i =
        new Items(
            item(ReportItem.OVERVIEW),
            item(ReportItem.PERSONAL_ITEMS),
            persons,
            item(ReportItem.CAUSE),
            item(ReportItem.SECONDARY_HARM),
            item(ReportItem.RESPONSE),
            item(ReportItem.ANNOUNCEMENT),
            item(ReportItem.RECURRENCE),
            item(ReportItem.OTHER));
    return new Report(
        SCHEMA, incident, kind.code(), new Reporter(name, address, contact), d, checked, i);
  }

  private String item(ReportItem item) {
    return text(item, "items." + item.json(), items.text(item), TEXT_MAX, item.mandatory());
  }

  private static String instant(String field, @Nullable String value, boolean mandatory) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      if (mandatory) {
        throw ReportInvalid.of(ReportInvalid.MISSING, ReportItem.DATES, field);
      }
      return "";
    }
    try {
      return Instant.parse(v).toString();
    } catch (DateTimeParseException e) {
      throw ReportInvalid.of(ReportInvalid.INVALID, ReportItem.DATES, field);
    }
  }

  /** A free text checked: present when mandatory, bounded, no number, no control character. */
  static String text(
      ReportItem item, String field, @Nullable String value, int max, boolean mandatory) {
    String v = value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
    if (v.isEmpty()) {
      if (mandatory) {
        throw ReportInvalid.of(ReportInvalid.MISSING, item, field);
      }
      return "";
    }
    if (v.length() > max) {
      throw ReportInvalid.of(ReportInvalid.TOO_LONG, item, field);
    }
    if (v.codePoints().anyMatch(cp -> cp != '\n' && cp != '\t' && Why.unprintable(cp))) {
      throw ReportInvalid.of(ReportInvalid.CONTROL, item, field);
    }
    if (NumberText.holdsNumber(v)) {
      throw ReportInvalid.of(ReportInvalid.NUMBER, item, field);
    }
    return v;
  }
}
