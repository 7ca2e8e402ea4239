package mamori.vault;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import mamori.number.IndividualNumber;

/**
 * Seeded synthetic persons for the vault's tests: distinct valid numbers, Japanese names and
 * addresses.
 */
final class TestPersons {
  private static final String[][] FAMILY = {
    {"佐藤", "サトウ"},
    {"鈴木", "スズキ"},
    {"高橋", "タカハシ"},
    {"田中", "タナカ"},
    {"伊藤", "イトウ"},
    {"渡辺", "ワタナベ"},
    {"山本", "ヤマモト"},
    {"中村", "ナカムラ"}
  };
  private static final String[][] GIVEN = {
    {"清", "キヨシ"},
    {"博", "ヒロシ"},
    {"陽菜", "ヒナ"},
    {"蓮", "レン"},
    {"結衣", "ユイ"},
    {"大翔", "ヒロト"},
    {"美咲", "ミサキ"},
    {"翔太", "ショウタ"}
  };
  private static final String[] PLACES = {
    "兵庫県尼崎市東七松町", "東京都世田谷区桜町", "三重県四日市市本町", "大阪府大阪市北区梅田", "北海道札幌市中央区旭町"
  };

  private TestPersons() {}

  static List<PersonData> generate(int count, long seed) {
    Random rng = new Random(seed);
    Set<IndividualNumber> numbers = new HashSet<>();
    List<PersonData> out = new ArrayList<>(count);
    while (out.size() < count) {
      StringBuilder base = new StringBuilder(11);
      for (int i = 0; i < 11; i++) {
        base.append((char) ('0' + rng.nextInt(10)));
      }
      IndividualNumber number = IndividualNumber.withCheckDigit(base);
      if (!numbers.add(number)) {
        continue;
      }
      String[] family = FAMILY[rng.nextInt(FAMILY.length)];
      String[] given = GIVEN[rng.nextInt(GIVEN.length)];
      int n = out.size();
      String address =
          PLACES[n % PLACES.length] + (1 + rng.nextInt(5)) + "丁目" + (1 + rng.nextInt(30)) + "-" + n;
      String bank =
          rng.nextInt(4) == 0
              ? ""
              : "0009-" + (100 + rng.nextInt(900)) + "-" + (1_000_000 + rng.nextInt(9_000_000));
      out.add(
          new PersonData(
              number,
              family[0],
              given[0],
              family[1],
              given[1],
              LocalDate.of(1930 + rng.nextInt(90), 1 + rng.nextInt(12), 1 + rng.nextInt(28)),
              rng.nextBoolean() ? "1" : "2",
              (600 + rng.nextInt(300)) + "-" + (1000 + rng.nextInt(9000)),
              address,
              "H" + (n / 3),
              bank));
    }
    return out;
  }

  static PersonData withAddress(PersonData p, String address) {
    return new PersonData(
        p.myNumber(),
        p.familyName(),
        p.givenName(),
        p.familyNameKana(),
        p.givenNameKana(),
        p.birthDate(),
        p.sex(),
        p.postalCode(),
        address,
        p.householdId(),
        p.bankAccount());
  }

  static PersonData withGivenName(PersonData p, String givenName) {
    return new PersonData(
        p.myNumber(),
        p.familyName(),
        givenName,
        p.familyNameKana(),
        p.givenNameKana(),
        p.birthDate(),
        p.sex(),
        p.postalCode(),
        p.address(),
        p.householdId(),
        p.bankAccount());
  }
}
