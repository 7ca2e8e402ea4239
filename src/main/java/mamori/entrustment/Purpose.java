package mamori.entrustment;

import java.util.Objects;

/**
 * A registered purpose (事務) of a tenant: the only reasons for which its data may be touched (番号法
 * Art. 9), each with its legal basis and how long its documents are kept.
 *
 * @param tenant the tenant that registered it
 * @param id lower-case letters, digits and hyphens, e.g. {@code resident-tax}
 * @param name the name in Japanese, e.g. 個人住民税の賦課
 * @param legalBasis the provision that allows the use, e.g. a row of the 番号法 別表
 * @param retention how long documents of this purpose are kept
 */
public record Purpose(
    String tenant, String id, String name, String legalBasis, Retention retention) {
  public Purpose {
    Organisation.checkId(tenant, "a tenant id");
    Organisation.checkId(id, "a purpose id");
    if (name.isBlank()
        || name.length() > 200
        || legalBasis.isBlank()
        || legalBasis.length() > 1000) {
      throw new IllegalArgumentException(
          "a purpose has a name (1 to 200 characters) and a legal basis (1 to 1000)");
    }
    Organisation.checkText(name, "a purpose's name");
    Organisation.checkText(legalBasis, "a purpose's legal basis");
    Objects.requireNonNull(retention, "retention");
  }

  /** The same purpose with another name, legal basis and retention rule. */
  public Purpose with(String name, String legalBasis, Retention retention) {
    return new Purpose(tenant, id, name, legalBasis, retention);
  }

  /** What a retention period runs from. */
  public enum Start {
    /** The day the case is closed (a benefit ends, a person leaves the insurance). */
    CASE_CLOSED,
    /** The day after 10 January of the year after the filing deadline (tax forms, LAW.md). */
    AFTER_JANUARY_10_FOLLOWING_FILING_DEADLINE
  }

  /** What is deleted when a purpose's retention ends (LAW.md, Retention and deletion). */
  public enum Disposal {
    /** The whole record: its data key is shredded, as {@code persons erase} does. */
    RECORD,
    /**
     * Only the number: the number and its blind index go, the other fields are sealed again under a
     * fresh data key and kept for the purpose's own records (the law allows masking the number and
     * keeping the rest).
     */
    NUMBER
  }

  /**
   * Documents are kept {@code years} from {@code from}, then {@code disposal} is deleted (LAW.md,
   * Retention).
   *
   * @param years 1 to 100
   * @param from the event the period runs from
   * @param disposal what goes when the period ends: the whole record, or the number only
   * @param source where the period comes from (a provision, a city's own rule), up to 1000
   *     characters; empty when not stated
   */
  public record Retention(int years, Start from, Disposal disposal, String source) {
    public Retention {
      if (years < 1 || years > 100) {
        throw new IllegalArgumentException("a retention period is 1 to 100 years");
      }
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(disposal, "disposal");
      if (source.length() > 1000) {
        throw new IllegalArgumentException("a retention rule's source is up to 1000 characters");
      }
      if (!source.isEmpty()) {
        Organisation.checkText(source, "a retention rule's source");
      }
    }

    /** A rule that deletes the whole record, with no source stated. */
    public Retention(int years, Start from) {
      this(years, from, Disposal.RECORD, "");
    }

    /**
     * The last day a record is needed when the period runs from {@code event}: for {@link
     * Start#CASE_CLOSED} the event is the day the case closed and the period starts the next day
     * (民法 第140条: the first day is not counted); for {@link
     * Start#AFTER_JANUARY_10_FOLLOWING_FILING_DEADLINE} the event is the filing deadline and the
     * period starts on 11 January of the following year. The period ends on the day before its
     * anniversary (民法 第143条), so the record is due the day after the returned date. A period
     * starting on 29 February whose anniversary does not exist (a common year) ends on the last day
     * of February (民法 第143条第2項 ただし書).
     */
    public java.time.LocalDate keepUntil(java.time.LocalDate event) {
      java.time.LocalDate start =
          switch (from) {
            case CASE_CLOSED -> event.plusDays(1);
            case AFTER_JANUARY_10_FOLLOWING_FILING_DEADLINE ->
                java.time.LocalDate.of(event.getYear() + 1, 1, 11);
          };
      java.time.LocalDate anniversary = start.plusYears(years);
      // plusYears moves a missing 29 February to the 28th: that is then the period's last day
      return anniversary.getDayOfMonth() != start.getDayOfMonth()
          ? anniversary
          : anniversary.minusDays(1);
    }
  }
}
