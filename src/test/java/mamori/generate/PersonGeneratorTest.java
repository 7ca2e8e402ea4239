package mamori.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mamori.generate.CsvRows.Row;
import mamori.generate.JapaneseNames.Name;
import mamori.generate.Places.Municipality;
import mamori.number.IndividualNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The content of generated rows: numbers, households, names, dates, addresses and bank accounts.
 */
class PersonGeneratorTest {
  static final LocalDate REFERENCE = PersonGenerator.REFERENCE_DATE;

  static List<Row> rows;
  static Map<String, List<Row>> households;

  @BeforeAll
  static void generate() {
    rows = CsvRows.rows(CsvRows.generate(7, 100_000));
    households =
        rows.stream()
            .collect(
                Collectors.groupingBy(Row::householdId, LinkedHashMap::new, Collectors.toList()));
  }

  static int age(Row r) {
    return Period.between(LocalDate.parse(r.birthDate()), REFERENCE).getYears();
  }

  @Test
  void everyNumber_isValidAndDistinct_over200000Rows() {
    List<Row> many = CsvRows.rows(CsvRows.generate(11, 200_000));
    assertThat(many.size()).isEqualTo(200_000);
    long invalid = many.stream().filter(r -> !IndividualNumber.isValidDigits(r.myNumber())).count();
    assertThat(invalid).as("rows whose number is invalid").isZero();
    Set<String> distinct = new HashSet<>(many.size() * 2);
    many.forEach(r -> distinct.add(r.myNumber()));
    assertThat(distinct.size()).as("distinct numbers").isEqualTo(many.size());
  }

  @Test
  void everyRow_hasElevenFields() {
    assertThat(rows.size()).isEqualTo(100_000);
    assertThat(rows.stream().filter(r -> r.fields().size() != 11).count())
        .as("rows without 11 fields")
        .isZero();
  }

  @Test
  void householdIds_runFromH0000001InOrder() {
    List<String> ids = new ArrayList<>(households.keySet());
    assertThat(ids).allMatch(id -> id.matches("H\\d{7}"));
    assertThat(ids)
        .isEqualTo(
            IntStream.rangeClosed(1, ids.size()).mapToObj(i -> "H%07d".formatted(i)).toList());
  }

  @Test
  void householdSizes_areOneToSix_inCensusShares() {
    List<List<Row>> whole = new ArrayList<>(households.values());
    whole.removeLast(); // the count may cut the last household short
    assertThat(whole).allMatch(h -> h.size() >= 1 && h.size() <= 6);
    double[] expected = {0.38, 0.28, 0.16, 0.13, 0.04, 0.01};
    for (int size = 1; size <= 6; size++) {
      int s = size;
      double share = whole.stream().filter(h -> h.size() == s).count() / (double) whole.size();
      assertThat(share)
          .as("share of households of %d", size)
          .isCloseTo(expected[size - 1], org.assertj.core.data.Offset.offset(0.015));
    }
    double perHousehold = rows.size() / (double) households.size();
    assertThat(perHousehold).isBetween(2.1, 2.3);
  }

  @Test
  void membersOfAHousehold_shareAddressAndPostalCode_andMostlyTheFamilyName() {
    long sameName = 0;
    for (List<Row> h : households.values()) {
      assertThat(h).extracting(Row::address).containsOnly(h.getFirst().address());
      assertThat(h).extracting(Row::postalCode).containsOnly(h.getFirst().postalCode());
      sameName += h.stream().filter(r -> r.familyName().equals(h.getFirst().familyName())).count();
    }
    assertThat(sameName / (double) rows.size()).isGreaterThan(0.97);
  }

  @Test
  void everyHousehold_hasAnAdult_andChildrenAreYoungerThanTheirParents() {
    for (List<Row> h : households.values()) {
      assertThat(h.stream().mapToInt(PersonGeneratorTest::age).max().orElseThrow())
          .isGreaterThanOrEqualTo(18);
      int headAge = age(h.getFirst());
      if (h.size() >= 3) {
        int youngest = h.stream().mapToInt(PersonGeneratorTest::age).min().orElseThrow();
        assertThat(headAge - youngest)
            .as("head and youngest of %s", h.getFirst().householdId())
            .isGreaterThanOrEqualTo(17);
      }
    }
  }

  @Test
  void birthDates_areIsoDatesFrom1930ToTheReferenceDate() {
    assertThat(rows).extracting(Row::birthDate).allMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"));
    assertThat(rows)
        .extracting(r -> LocalDate.parse(r.birthDate()))
        .allMatch(d -> !d.isBefore(LocalDate.of(1930, 1, 1)) && !d.isAfter(REFERENCE));
    long minors = rows.stream().filter(r -> age(r) < 18).count();
    assertThat(minors / (double) rows.size()).isBetween(0.08, 0.25);
    long elderly = rows.stream().filter(r -> age(r) >= 65).count();
    assertThat(elderly / (double) rows.size()).isBetween(0.15, 0.40);
  }

  @Test
  void sex_isMOrF_inRoughlyEqualShares() {
    assertThat(rows).extracting(Row::sex).containsOnly("M", "F");
    long women = rows.stream().filter(r -> r.sex().equals("F")).count();
    assertThat(women / (double) rows.size()).isBetween(0.47, 0.55);
  }

  @Test
  void names_comeFromTheTablesWithTheirOwnReadings() {
    Set<Name> family = Set.copyOf(JapaneseNames.FAMILY);
    Set<Name> male = Set.copyOf(JapaneseNames.MALE);
    Set<Name> female = Set.copyOf(JapaneseNames.FEMALE);
    for (Row r : rows) {
      assertThat(family).contains(new Name(r.familyName(), r.familyNameKana()));
      assertThat(r.sex().equals("M") ? male : female)
          .contains(new Name(r.givenName(), r.givenNameKana()));
    }
  }

  @Test
  void givenNames_followTheBirthYear() {
    for (Row r : rows) {
      List<Name> table = r.sex().equals("M") ? JapaneseNames.MALE : JapaneseNames.FEMALE;
      int index = table.indexOf(new Name(r.givenName(), r.givenNameKana()));
      int year = LocalDate.parse(r.birthDate()).getYear();
      if (year < 1950) {
        assertThat(index).as("name of someone born in %d", year).isLessThan(table.size() / 2);
      } else if (year > 2010) {
        assertThat(index)
            .as("name of someone born in %d", year)
            .isGreaterThanOrEqualTo(table.size() / 2);
      }
    }
  }

  @Test
  void postalCodes_startWithTheirMunicipalitysRealPrefix() {
    for (Row r : rows) {
      assertThat(r.postalCode()).matches("\\d{3}-\\d{4}");
      Municipality m = municipalityOf(r.address());
      assertThat(m.postalPrefixes()).as(r.address()).contains(r.postalCode().substring(0, 3));
    }
  }

  @Test
  void addresses_areMunicipalityTownChomeBanGo_sometimesWithAnApartment() {
    String towns = String.join("|", Places.TOWNS);
    String buildings = String.join("|", Places.BUILDINGS);
    var pattern =
        java.util.regex.Pattern.compile(
            "(" + towns + ")[1-5]丁目\\d{1,2}-\\d{1,2}( (" + buildings + ") [1-8]0[1-9]号)?");
    for (Row r : rows) {
      String rest = r.address().substring(municipalityOf(r.address()).fullName().length());
      assertThat(pattern.matcher(rest).matches()).as(r.address()).isTrue();
    }
    long apartments =
        households.values().stream().filter(h -> h.getFirst().address().endsWith("号")).count();
    assertThat(apartments / (double) households.size()).isBetween(0.35, 0.45);
    assertThat(rows)
        .extracting(r -> municipalityOf(r.address()).prefecture())
        .contains("兵庫県", "東京都", "沖縄県", "北海道");
  }

  @Test
  void bankAccount_isEmptyForMinors_andForAboutAQuarterOfAdults() {
    Set<String> banks =
        Set.of(
            "0001", "0005", "0009", "0010", "0017", "0033", "0036", "0038", "0116", "0125", "0134",
            "0138", "0158", "0177");
    long adults = 0;
    long adultsWithout = 0;
    for (Row r : rows) {
      if (age(r) < 18) {
        assertThat(r.bankAccount()).as("account of a minor").isEmpty();
        continue;
      }
      adults++;
      if (r.bankAccount().isEmpty()) {
        adultsWithout++;
      } else {
        assertThat(r.bankAccount()).matches("\\d{4}-\\d{3}-\\d{7}");
        assertThat(banks).contains(r.bankAccount().substring(0, 4));
      }
    }
    assertThat(adultsWithout / (double) adults).isBetween(0.23, 0.27);
  }

  @Test
  void personToString_masksTheNumber() {
    Person p = new PersonGenerator(1).nextHousehold().getFirst();
    String full = p.myNumber().digits(mamori.number.InsecureNumberAccess.get());
    assertThat(p.toString().contains(full.substring(0, 8))).isFalse();
  }

  /** The municipality whose full name begins the address, the longest if several do. */
  static Municipality municipalityOf(String address) {
    return Places.MUNICIPALITIES.stream()
        .filter(m -> address.startsWith(m.fullName()))
        .max(java.util.Comparator.comparingInt(m -> m.fullName().length()))
        .orElseThrow(() -> new AssertionError("no municipality begins " + address));
  }
}
