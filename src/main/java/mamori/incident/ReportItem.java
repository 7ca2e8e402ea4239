package mamori.incident;

/**
 * The items of a report to the PPC (the leak rule's Art. 3 items, and who reports): each with its
 * JSON name, its Japanese heading as the form prints it and its English name, and whether it may be
 * left blank. Only "other" may.
 */
public enum ReportItem {
  REPORTER("reporter", "報告者", "reporting body", true),
  DATES("dates", "発覚日時及び発生期間", "dates", true),
  TRIGGERS("triggers", "報告対象となる事態", "reportable case", false),
  OVERVIEW("overview", "概要", "overview", true),
  PERSONAL_ITEMS("personalItems", "特定個人情報の項目", "items of specific personal information", true),
  PERSONS("persons", "本人の数", "number of people", true),
  CAUSE("cause", "原因", "cause", true),
  SECONDARY_HARM("secondaryHarm", "二次被害又はそのおそれの有無及びその内容", "secondary harm", true),
  RESPONSE("responseToPersons", "本人への対応の実施状況", "response to the people affected", true),
  ANNOUNCEMENT("publicAnnouncement", "公表の実施状況", "public announcement", true),
  RECURRENCE("recurrence", "再発防止のための措置", "measures against recurrence", true),
  OTHER("other", "その他参考となる事項", "other", false);

  private final String json;
  private final String japanese;
  private final String english;
  private final boolean mandatory;

  ReportItem(String json, String japanese, String english, boolean mandatory) {
    this.json = json;
    this.japanese = japanese;
    this.english = english;
    this.mandatory = mandatory;
  }

  /** The name in the report's JSON ({@code items.cause}). */
  public String json() {
    return json;
  }

  public String japanese() {
    return japanese;
  }

  public String english() {
    return english;
  }

  public boolean mandatory() {
    return mandatory;
  }

  /** The item as an error names it: {@code 原因 (cause)}. */
  public String named() {
    return japanese + " (" + english + ")";
  }
}
