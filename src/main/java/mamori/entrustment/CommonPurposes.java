package mamori.entrustment;

import java.util.List;
import mamori.entrustment.Purpose.Disposal;
import mamori.entrustment.Purpose.Retention;
import mamori.entrustment.Purpose.Start;

/**
 * The municipal purposes a tenant is seeded with. The retention defaults follow LAW.md: tax
 * documents 7 years from the day after 10 January of the year after the filing deadline; health
 * insurance documents 2 years; child allowance 5 years from the end of the case (the limitation
 * period of a public claim, 地方自治法 Art. 236). Row numbers are those of 番号法 別表第一 before the 2023
 * amendment. Each rule names its source; what is marked 未確認 (unconfirmed) in a source is a default
 * to be confirmed by the city, and the README lists them. A tenant changes any of them with {@link
 * Entrustments#registerPurpose}; seeding never overwrites.
 */
public final class CommonPurposes {
  /** The purpose of keying withholding slips in a data-entry job. */
  public static final String WITHHOLDING_SLIP_ENTRY = "withholding-slip-entry";

  private CommonPurposes() {}

  /**
   * The common purpose {@code id} as {@code tenant} is seeded with it, for a tenant seeded before
   * it was common ({@link Entrustments#addPurpose}).
   *
   * @throws IllegalArgumentException when no common purpose has that id
   */
  public static Purpose named(String tenant, String id) {
    return forTenant(tenant).stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no common purpose " + id));
  }

  static List<Purpose> forTenant(String tenant) {
    return List.of(
        new Purpose(
            tenant,
            "resident-tax",
            "個人住民税の賦課",
            "番号法 第9条第1項・別表第一 16の項 (地方税法による地方税の賦課徴収)",
            new Retention(
                7,
                Start.AFTER_JANUARY_10_FOLLOWING_FILING_DEADLINE,
                Disposal.NUMBER,
                "所得税法施行規則 第76条の3 (扶養控除等申告書: 提出期限の属する年の翌年1月10日の翌日から7年);"
                    + " 番号のみ削除し他の項目は賦課の記録として残す (個人情報保護委員会 FAQ A3-9、未確認:"
                    + " 課税台帳の保存年限は各団体の文書管理規程による)")),
        new Purpose(
            tenant,
            "national-health-insurance",
            "国民健康保険",
            "番号法 第9条第1項・別表第一 30の項 (国民健康保険法による保険給付の支給又は保険料の徴収)",
            new Retention(
                2,
                Start.CASE_CLOSED,
                Disposal.RECORD,
                "健康保険・年金関係書類は2年 (LAW.md; 健康保険法施行規則 第34条は事業主の書類、" + "市町村の国民健康保険に当てはめるのは未確認)")),
        new Purpose(
            tenant,
            "child-allowance",
            "児童手当",
            "番号法 第9条第1項・別表第一 56の項 (児童手当法による児童手当の支給)",
            new Retention(
                5, Start.CASE_CLOSED, Disposal.RECORD, "地方自治法 第236条 (公の債権の消滅時効5年) に合わせた既定値、未確認")),
        new Purpose(
            tenant,
            WITHHOLDING_SLIP_ENTRY,
            "源泉徴収票の入力",
            "番号法 第9条第1項 (国税・地方税の賦課徴収、給与支払報告書・源泉徴収票の処理)",
            new Retention(
                7,
                Start.AFTER_JANUARY_10_FOLLOWING_FILING_DEADLINE,
                Disposal.NUMBER,
                "源泉徴収票・給与支払報告書は7年 (LAW.md; 国税通則法 第70条の更正の期間に合わせる、未確認);" + " 番号のみ削除し入力値は残す")),
        new Purpose(
            tenant,
            "resident-portal-letters",
            "住民ポータル利用開始通知の送付",
            "個人情報保護法 第66条 (安全管理措置) ・第76条 (開示) : 本人が自らの記録へのアクセスを確かめるための通知",
            new Retention(
                1, Start.CASE_CLOSED, Disposal.RECORD, "Mamori の既定: 通知の送付から1年 (法令上の定めはない)")));
  }
}
