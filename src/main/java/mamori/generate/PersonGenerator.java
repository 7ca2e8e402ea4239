package mamori.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import mamori.generate.JapaneseNames.Name;
import mamori.number.IndividualNumber;

/**
 * Synthetic residents, household by household, for demos, tests and benchmarks.
 *
 * <p>Design. Everything comes from one seed, and nothing from the clock or the machine: a {@link
 * SplittableRandom} drives every choice with integer draws only, so a seed gives the same bytes on
 * any machine running the same Java release; ages count back from the fixed {@link
 * #REFERENCE_DATE}; and row {@code i}'s number is {@code withCheckDigit(P(i))} for a seeded
 * permutation {@code P} of the eleven-digit bases ({@link NumberPermutation}), which makes numbers
 * distinct without remembering the ones issued, however many rows are asked for. The stream does
 * not depend on the count either, so a shorter file is a prefix of a longer one with the same seed;
 * only its last household may be cut short.
 *
 * <p>Households follow the shape of the Japanese census: sizes 1 to 6 in shares 38, 28, 16, 13, 4
 * and 1 per cent; a household of two is a couple or a parent with a child; a larger one a couple
 * with children 20 to 45 years younger than the mother, sometimes a single parent, sometimes with a
 * grandparent. Members share the address and postal code and, but for some grandparents, the family
 * name. Given names follow the birth year, so a grandmother is 和子 and her granddaughter 陽菜. Minors
 * (under 18) and a quarter of adults have no bank account.
 */
public final class PersonGenerator {
  /** The seed used when none is given. */
  public static final long DEFAULT_SEED = 1;

  /** The most persons one call writes. */
  public static final long MAX_COUNT = 100_000_000;

  /** The day on which ages are reckoned; fixed so that output never depends on the clock. */
  public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 4, 1);

  static final int ADULT_AGE = 18;
  static final int MAX_AGE = 95;

  private static final Weights HOUSEHOLD_SIZES = new Weights(38, 28, 16, 13, 4, 1);
  private static final Weights FAMILY_NAMES = Weights.zipf(JapaneseNames.FAMILY.size(), 8);
  private static final String[] BANKS = {
    "0001", "0005", "0009", "0010", "0017", "0033", "0036", "0038", "0116", "0125", "0134", "0138",
    "0158", "0177"
  };

  /** What a generated file holds. */
  public record Summary(
      Path file, long persons, long households, long bytes, CsvEncoding encoding) {}

  /**
   * Writes {@code count} persons (1 to {@link #MAX_COUNT}) as CSV to {@code out}: first to a
   * temporary file in the same folder, then moved into place, so a failed run leaves no partial
   * file. An existing file is replaced. {@code progress} hears the number of rows written now and
   * then, and at the end.
   *
   * @throws IOException when the folder of {@code out} does not exist, {@code out} is a folder, or
   *     writing fails; the message never holds a number
   * @throws IllegalArgumentException when {@code count} is out of range
   */
  public static Summary writeCsv(
      Path out, long count, long seed, CsvEncoding encoding, LongConsumer progress)
      throws IOException {
    return PersonsCsv.writeFile(out, count, seed, encoding, progress);
  }

  /** {@link #writeCsv(Path, long, long, CsvEncoding, LongConsumer)} in UTF-8 with no progress. */
  public static Summary writeCsv(Path out, long count, long seed) throws IOException {
    return writeCsv(out, count, seed, CsvEncoding.UTF_8, rows -> {});
  }

  private final SplittableRandom rng;
  private final NumberPermutation numbers;
  private long rows;
  private long households;

  PersonGenerator(long seed) {
    this.rng = new SplittableRandom(seed);
    this.numbers = NumberPermutation.forIndividualNumbers(seed);
  }

  /** The members of the next household, heads first. */
  List<Person> nextHousehold() {
    long id = ++households;
    int size = HOUSEHOLD_SIZES.pick(rng) + 1;
    int familyName = FAMILY_NAMES.pick(rng);
    int municipality = Places.pickMunicipality(rng);
    int town = rng.nextInt(Places.TOWNS.size());
    String postalCode = Places.postalCode(municipality, town);
    String address = address(municipality, town);
    List<Person> members = new ArrayList<>(size);
    for (Member m : shape(size)) {
      Name family =
          JapaneseNames.FAMILY.get(m.ownFamilyName() ? FAMILY_NAMES.pick(rng) : familyName);
      LocalDate birth = REFERENCE_DATE.minusYears(m.age()).minusDays(rng.nextInt(365));
      members.add(
          new Person(
              nextNumber(),
              family,
              givenName(m.sex(), birth.getYear()),
              birth,
              m.sex(),
              postalCode,
              address,
              id,
              m.age() >= ADULT_AGE && rng.nextInt(4) != 0 ? bankAccount() : ""));
    }
    return members;
  }

  private record Member(int age, char sex, boolean ownFamilyName) {}

  private List<Member> shape(int size) {
    List<Member> out = new ArrayList<>(size);
    if (size == 1) {
      int band = rng.nextInt(20);
      int age =
          band < 7 ? between(ADULT_AGE, 39) : band < 13 ? between(40, 64) : between(65, MAX_AGE);
      out.add(new Member(age, sex(), false));
      return out;
    }
    if (size == 2 && rng.nextInt(100) < 65) { // a couple on their own
      int wife = between(22, 90);
      out.add(new Member(Math.clamp(wife + between(-3, 6), 20, MAX_AGE), 'M', false));
      out.add(new Member(wife, 'F', false));
      return out;
    }
    boolean singleParent = size == 2 || size == 3 && rng.nextInt(4) == 0;
    int parent = size == 2 ? between(40, 90) : between(22, 60); // children's ages count from here
    if (singleParent) {
      out.add(new Member(parent, rng.nextInt(5) == 0 ? 'M' : 'F', false));
    } else {
      out.add(new Member(Math.clamp(parent + between(-3, 6), 20, MAX_AGE), 'M', false));
      out.add(new Member(parent, 'F', false));
    }
    int eldest = out.getFirst().age();
    boolean grandparent = size >= 4 && rng.nextInt(4) == 0;
    while (out.size() < size - (grandparent ? 1 : 0)) {
      out.add(new Member(parent - between(20, Math.min(45, parent)), sex(), false));
    }
    if (grandparent) { // a parent of either spouse, so sometimes of another family name
      out.add(new Member(Math.min(MAX_AGE, eldest + between(22, 35)), sex(), rng.nextInt(5) < 2));
    }
    return out;
  }

  private IndividualNumber nextNumber() {
    long base = numbers.apply(rows++);
    char[] eleven = new char[11];
    for (int i = 10; i >= 0; i--, base /= 10) {
      eleven[i] = (char) ('0' + base % 10);
    }
    return IndividualNumber.withCheckDigit(new String(eleven));
  }

  /** Names are listed oldest first; a birth year picks a spot on that list, with some spread. */
  private Name givenName(char sex, int birthYear) {
    List<Name> names = sex == 'M' ? JapaneseNames.MALE : JapaneseNames.FEMALE;
    int last = names.size() - 1;
    int centre = (birthYear - 1930) * last / (REFERENCE_DATE.getYear() - 1930);
    return names.get(Math.clamp(centre + rng.nextInt(9) - rng.nextInt(9), 0, last));
  }

  private String address(int municipality, int town) {
    StringBuilder a =
        new StringBuilder(48)
            .append(Places.MUNICIPALITIES.get(municipality).fullName())
            .append(Places.TOWNS.get(town))
            .append(between(1, 5))
            .append("丁目")
            .append(between(1, 30))
            .append('-')
            .append(between(1, 25));
    if (rng.nextInt(5) < 2) {
      a.append(' ')
          .append(Places.BUILDINGS.get(rng.nextInt(Places.BUILDINGS.size())))
          .append(' ')
          .append(between(1, 8))
          .append('0')
          .append(between(1, 9))
          .append('号');
    }
    return a.toString();
  }

  private String bankAccount() {
    StringBuilder b = new StringBuilder(16).append(BANKS[rng.nextInt(BANKS.length)]).append('-');
    int branch = between(1, 999);
    b.append((char) ('0' + branch / 100))
        .append((char) ('0' + branch / 10 % 10))
        .append((char) ('0' + branch % 10));
    return b.append('-').append(between(1_000_000, 9_999_999)).toString();
  }

  private char sex() {
    return rng.nextBoolean() ? 'M' : 'F';
  }

  private int between(int min, int max) {
    return rng.nextInt(min, max + 1);
  }
}
