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

  /**
   * Documents are kept {@code years} from {@code from}, then the number is deleted (LAW.md,
   * Retention).
   *
   * @param years 1 to 100
   * @param from the event the period runs from
   */
  public record Retention(int years, Start from) {
    public Retention {
      if (years < 1 || years > 100) {
        throw new IllegalArgumentException("a retention period is 1 to 100 years");
      }
      Objects.requireNonNull(from, "from");
    }
  }
}
