package mamori.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import mamori.number.CorporateNumber;

/**
 * Synthetic companies, the payers of synthetic withholding slips: a corporate number (法人番号) with
 * its check digit, a name such as 株式会社東和商事 or 北斗精機株式会社, and an address in a real municipality.
 * Seeded like {@link PersonGenerator}: integer draws from one {@link SplittableRandom}, nothing
 * from the clock, so a seed gives the same companies on any machine; a shorter list is a prefix of
 * a longer one. Corporate numbers are public in life, but these are made up: twelve random digits
 * whose first is not zero, distinct within one list.
 */
public final class SyntheticCompanies {
  /** The most companies one call makes. */
  public static final int MAX_COUNT = 1_000_000;

  /**
   * A synthetic company.
   *
   * @param corporateNumber thirteen ASCII digits, the first the check digit
   */
  public record Company(String corporateNumber, String name, String postalCode, String address) {
    /** The number is masked, as {@link CorporateNumber#masked()} prints it. */
    @Override
    public String toString() {
      return "Company["
          + CorporateNumber.parse(corporateNumber).masked()
          + ", "
          + name
          + ", "
          + postalCode
          + ", "
          + address
          + "]";
    }
  }

  static final List<String> STEMS =
      List.of(
          "東和", "大和", "三和", "協和", "昭和", "平和", "新和", "共栄", "日進", "北斗", "朝日", "富士", "青葉", "桜井", "光和",
          "中央", "東邦", "西日本", "東日本", "山陽", "関東", "近畿", "瑞穂", "若葉", "白鳥", "飛鳥", "明星", "大成", "丸山",
          "高田", "松本", "中村", "田中", "鈴木", "佐藤", "吉田", "山本", "岡田", "藤井", "石川", "日本", "太平", "千代田", "浪速",
          "栄光", "双葉");
  static final List<String> TRADES =
      List.of(
          "商事", "工業", "建設", "製作所", "電機", "物産", "運輸", "食品", "精機", "印刷", "不動産", "システム", "化学", "設計",
          "産業", "興業", "通信", "薬品", "物流", "技研", "製菓", "電子", "住宅", "サービス", "情報", "鉄工", "繊維", "商会");

  private SyntheticCompanies() {}

  /** The first {@code count} companies (1 to {@link #MAX_COUNT}) of the list with {@code seed}. */
  public static List<Company> generate(int count, long seed) {
    if (count < 1 || count > MAX_COUNT) {
      throw new IllegalArgumentException("count must be from 1 to 1,000,000, not " + count);
    }
    SplittableRandom rng = new SplittableRandom(seed ^ 0x636F6D70616E79L); // "company"
    Set<String> issued = new HashSet<>();
    List<Company> out = new ArrayList<>(count);
    while (out.size() < count) {
      String number = corporateNumber(rng);
      String name = name(rng);
      int municipality = Places.pickMunicipality(rng);
      int town = rng.nextInt(Places.TOWNS.size());
      String address =
          Places.MUNICIPALITIES.get(municipality).fullName()
              + Places.TOWNS.get(town)
              + rng.nextInt(1, 6)
              + "丁目"
              + rng.nextInt(1, 31)
              + "-"
              + rng.nextInt(1, 26);
      if (issued.add(number)) {
        out.add(new Company(number, name, Places.postalCode(municipality, town), address));
      }
    }
    return out;
  }

  private static String corporateNumber(SplittableRandom rng) {
    char[] base = new char[12];
    base[0] = (char) ('1' + rng.nextInt(9));
    for (int i = 1; i < 12; i++) {
      base[i] = (char) ('0' + rng.nextInt(10));
    }
    String twelve = new String(base);
    return CorporateNumber.checkDigit(twelve) + twelve;
  }

  private static String name(SplittableRandom rng) {
    String core = STEMS.get(rng.nextInt(STEMS.size())) + TRADES.get(rng.nextInt(TRADES.size()));
    int form = rng.nextInt(20);
    if (form < 12) {
      return "株式会社" + core; // 前株, the commonest
    }
    if (form < 17) {
      return core + "株式会社"; // 後株
    }
    return form < 19 ? "有限会社" + core : "合同会社" + core;
  }
}
