package mamori.work;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import mamori.generate.Resident;
import mamori.generate.SyntheticCompanies.Company;
import mamori.number.InsecureNumberAccess;

/**
 * The values of synthetic withholding slips (源泉徴収票, issue 16 point 9), by the field ids of the
 * built-in {@code withholding-slip} type: the payee is a generated resident of working age (number,
 * names, kana, birth date, address), the payer a synthetic company, the payment a plausible yearly
 * salary and the withheld tax what the salary gives under the year-end adjustment's rules
 * (employment income deduction, the basic deduction, 380,000 yen a dependant, social insurance at
 * 15%, the national rates and the 2.1% reconstruction surtax), and up to two dependants from the
 * payee's own household with their numbers. Seeded: the same residents, companies and seed give the
 * same slips. Every value is in the spelling its field's {@link Check} stores, so what an operator
 * keys from the drawn page and what the generator knows compare equal.
 */
public final class SyntheticSlips {
  /**
   * The built-in type whose field ids the slips' values are keyed by; as the jar ships it: {@code
   * DocumentTypes.builtIn(SyntheticSlips.TYPE)}.
   */
  public static final String TYPE = "withholding-slip";

  /** The year the slips are for: the year before the persons' reference date. */
  public static final int YEAR = 2025;

  private static final LocalDate YEAR_END = LocalDate.of(YEAR, 12, 31);

  /** One slip: its number in the batch, from 1, and its values by field id. */
  public record Slip(int number, Map<String, String> values) {
    public Slip {
      values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Never the values: they hold full numbers. */
    @Override
    public String toString() {
      return "Slip[" + number + ", " + values.size() + " values]";
    }
  }

  private SyntheticSlips() {}

  /**
   * {@code count} slips whose payees are residents aged 18 to 75 at the end of {@link #YEAR} (round
   * robin over them when there are fewer), payers drawn from {@code companies}.
   *
   * @throws IllegalArgumentException when no resident is of working age or no company is given
   */
  public static List<Slip> of(
      List<Resident> residents, List<Company> companies, int count, long seed) {
    List<Resident> payees = residents.stream().filter(r -> age(r) >= 18 && age(r) <= 75).toList();
    if (payees.isEmpty() || companies.isEmpty() || count < 1) {
      throw new IllegalArgumentException(
          "synthetic slips need a resident of working age, a company and a count of 1 or more");
    }
    Map<Long, List<Resident>> households = new HashMap<>();
    residents.forEach(
        r -> households.computeIfAbsent(r.household(), h -> new ArrayList<>()).add(r));
    SplittableRandom rng = new SplittableRandom(seed ^ 0x736C697073L); // "slips"
    List<Slip> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Resident payee = payees.get(i % payees.size());
      Company payer = companies.get(rng.nextInt(companies.size()));
      List<Resident> dependants =
          households.getOrDefault(payee.household(), List.of()).stream()
              .filter(r -> !r.myNumber().equals(payee.myNumber()))
              .sorted(Comparator.comparing(Resident::birthDate).reversed()) // youngest first
              .limit(rng.nextInt(3))
              .toList();
      out.add(new Slip(i + 1, values(payee, payer, dependants, rng)));
    }
    return out;
  }

  private static Map<String, String> values(
      Resident payee, Company payer, List<Resident> dependants, SplittableRandom rng) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("payer_corporate_number", payer.corporateNumber());
    v.put("payer_name", payer.name());
    v.put("payee_my_number", payee.myNumber().digits(InsecureNumberAccess.get()));
    v.put("payee_family_name", payee.familyName());
    v.put("payee_given_name", payee.givenName());
    v.put("payee_family_name_kana", payee.familyNameKana());
    v.put("payee_given_name_kana", payee.givenNameKana());
    v.put("payee_birth_date", payee.birthDate().toString());
    v.put("payee_address", payee.address());
    long payment = 1_500_000 + 1000L * rng.nextInt(0, 8_501); // 1.5 to 10 million yen
    v.put("payment_amount", Long.toString(payment));
    v.put("withheld_tax", Long.toString(withheldTax(payment, dependants.size())));
    for (int d = 1; d <= 2; d++) {
      Optional<Resident> r =
          d <= dependants.size() ? Optional.of(dependants.get(d - 1)) : Optional.empty();
      v.put(
          "dependant_" + d + "_name", r.map(x -> x.familyName() + " " + x.givenName()).orElse(""));
      v.put(
          "dependant_" + d + "_my_number",
          r.map(x -> x.myNumber().digits(InsecureNumberAccess.get())).orElse(""));
    }
    return v;
  }

  /**
   * The yearly income tax withheld from a salary of {@code payment} yen with {@code dependants}
   * dependants, after the year-end adjustment: whole hundreds of yen, never negative.
   */
  static long withheldTax(long payment, int dependants) {
    long income = payment - employmentDeduction(payment);
    long socialInsurance = payment * 15 / 100;
    long taxable = income - socialInsurance - 480_000 - 380_000L * dependants;
    taxable = Math.max(0, taxable / 1000 * 1000);
    long tax;
    if (taxable <= 1_950_000) {
      tax = taxable * 5 / 100;
    } else if (taxable <= 3_300_000) {
      tax = taxable * 10 / 100 - 97_500;
    } else if (taxable <= 6_950_000) {
      tax = taxable * 20 / 100 - 427_500;
    } else if (taxable <= 9_000_000) {
      tax = taxable * 23 / 100 - 636_000;
    } else if (taxable <= 18_000_000) {
      tax = taxable * 33 / 100 - 1_536_000;
    } else {
      tax = taxable * 40 / 100 - 2_796_000;
    }
    return Math.max(0, tax * 1021 / 1000 / 100 * 100);
  }

  /** 給与所得控除 from 2020: what a salary earner deducts for the costs of working. */
  static long employmentDeduction(long payment) {
    if (payment <= 1_625_000) {
      return Math.min(payment, 550_000);
    }
    if (payment <= 1_800_000) {
      return payment * 40 / 100 - 100_000;
    }
    if (payment <= 3_600_000) {
      return payment * 30 / 100 + 80_000;
    }
    if (payment <= 6_600_000) {
      return payment * 20 / 100 + 440_000;
    }
    if (payment <= 8_500_000) {
      return payment * 10 / 100 + 1_100_000;
    }
    return 1_950_000;
  }

  private static int age(Resident r) {
    return Period.between(r.birthDate(), YEAR_END).getYears();
  }
}
