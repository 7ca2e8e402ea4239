package mamori.detect;

import java.util.List;
import java.util.Optional;
import mamori.log.AccessRecord;

/**
 * The fields of an access record a city's rule names ({@code docs/detection-rules.md}), each read
 * from the record without copying it: the reason is matched in place within the decision, the
 * outcome is one of two constants, and the time is read in Asia/Tokyo by arithmetic (Japan keeps no
 * summer time), so a rule's test allocates nothing for the plain fields.
 */
enum RecordField {
  ACTOR("actor"),
  ORGANISATION("organisation"),
  /** The entrustment ids, first to last: many values. */
  CHAIN("chain"),
  /** The last entrustment of the chain ("" for the tenant's own staff). */
  ENTRUSTMENT("entrustment"),
  PURPOSE("purpose"),
  CASE("case"),
  ACTION("action"),
  PERSON("person"),
  /** The fields touched: many values. */
  FIELDS("fields"),
  /** {@code allow} or {@code deny:<reason>} as the log writes it. */
  DECISION("decision"),
  /** {@code allow} or {@code deny}. */
  OUTCOME("outcome"),
  /** The reason code of a denial ("" when allowed). */
  REASON("reason"),
  /** When; only through a time modifier (hour, minute, weekday, day, month, year). */
  TIME("time");

  static final String ALLOW = "allow";
  static final String DENY = "deny";

  private final String key;

  RecordField(String key) {
    this.key = key;
  }

  /** The name a rule file uses. */
  String key() {
    return key;
  }

  static Optional<RecordField> ofKey(String key) {
    for (RecordField f : values()) {
      if (f.key.equals(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Every name, for messages. */
  static String names() {
    StringBuilder b = new StringBuilder();
    for (RecordField f : values()) {
      b.append(b.isEmpty() ? "" : ", ").append(f.key);
    }
    return b.toString();
  }

  /** Whether the field holds several values (chain, fields). */
  boolean many() {
    return this == CHAIN || this == FIELDS;
  }

  /** The values of a field that holds several. */
  List<String> list(AccessRecord r) {
    return this == CHAIN ? r.chain() : r.fields();
  }

  /**
   * The text of a single-valued field, read from {@link #from}: the reason is the decision read
   * from past {@code deny:}.
   */
  String text(AccessRecord r) {
    return switch (this) {
      case ACTOR -> r.actor();
      case ORGANISATION -> r.organisation();
      case ENTRUSTMENT -> r.chain().isEmpty() ? "" : r.chain().getLast();
      case PURPOSE -> r.purpose();
      case CASE -> r.caseRef();
      case ACTION -> r.action();
      case PERSON -> r.personToken();
      case DECISION, REASON -> r.decision();
      case OUTCOME -> r.decision().equals(AccessRecord.ALLOW) ? ALLOW : DENY;
      case CHAIN -> String.join(",", r.chain());
      case FIELDS -> String.join(",", r.fields());
      case TIME -> r.time().toString();
    };
  }

  /** Where the field's text starts within {@link #text}: past {@code deny:} for the reason. */
  int from(String text) {
    if (this != REASON) {
      return 0;
    }
    return text.startsWith(AccessRecord.DENY) ? AccessRecord.DENY.length() : text.length();
  }

  /** The field's value as a group key or a counted value (allocates: correlations only). */
  String value(AccessRecord r) {
    String t = text(r);
    int from = from(t);
    return from == 0 ? t : t.substring(from);
  }
}
