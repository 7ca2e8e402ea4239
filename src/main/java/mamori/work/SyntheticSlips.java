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
import mamori.core.Field;
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

  /**
   * The withholding slip's layout as this module draws it until the built-in {@code
   * withholding-slip} type is loaded from its file: the pinned parts and field ids (payer,
   * payee-number, payee, amounts, dependants), each field's check, sensitivity and person field,
   * and regions on an A4 page. Provisional: once the built-in type is in the jar, callers use it
   * and this goes.
   */
  public static DocumentType provisionalType() {
    return new DocumentType(
        "withholding-slip",
        1,
        "給与所得の源泉徴収票",
        "Withholding slip (salary)",
        1,
        List.of(
            new DocumentType.Part(
                "payer",
                "支払者",
                "Payer",
                List.of(
                    field(
                        "payer_corporate_number",
                        "支払者 法人番号",
                        "Payer's corporate number",
                        0.06,
                        0.80,
                        0.40,
                        0.06,
                        Check.CORPORATE_NUMBER,
                        Field.Sensitivity.CONTACT,
                        null,
                        true,
                        13),
                    field(
                        "payer_name",
                        "支払者 氏名又は名称",
                        "Payer's name",
                        0.48,
                        0.80,
                        0.46,
                        0.06,
                        Check.TEXT,
                        Field.Sensitivity.CONTACT,
                        null,
                        true,
                        80))),
            new DocumentType.Part(
                "payee-number",
                "受給者 個人番号",
                "Payee's number",
                List.of(
                    field(
                        "payee_my_number",
                        "受給者 個人番号",
                        "Payee's My Number",
                        0.06,
                        0.10,
                        0.44,
                        0.06,
                        Check.INDIVIDUAL_NUMBER,
                        Field.Sensitivity.NUMBER,
                        Field.MY_NUMBER,
                        true,
                        12))),
            new DocumentType.Part(
                "payee",
                "受給者",
                "Payee",
                List.of(
                    field(
                        "payee_family_name",
                        "氏",
                        "Family name",
                        0.06,
                        0.18,
                        0.21,
                        0.06,
                        Check.TEXT,
                        Field.Sensitivity.IDENTITY,
                        Field.FAMILY_NAME,
                        true,
                        40),
                    field(
                        "payee_given_name",
                        "名",
                        "Given name",
                        0.28,
                        0.18,
                        0.21,
                        0.06,
                        Check.TEXT,
                        Field.Sensitivity.IDENTITY,
                        Field.GIVEN_NAME,
                        true,
                        40),
                    field(
                        "payee_family_name_kana",
                        "氏（フリガナ）",
                        "Family name (kana)",
                        0.50,
                        0.18,
                        0.21,
                        0.06,
                        Check.KANA,
                        Field.Sensitivity.IDENTITY,
                        Field.FAMILY_NAME_KANA,
                        true,
                        40),
                    field(
                        "payee_given_name_kana",
                        "名（フリガナ）",
                        "Given name (kana)",
                        0.72,
                        0.18,
                        0.22,
                        0.06,
                        Check.KANA,
                        Field.Sensitivity.IDENTITY,
                        Field.GIVEN_NAME_KANA,
                        true,
                        40),
                    field(
                        "payee_birth_date",
                        "生年月日",
                        "Date of birth",
                        0.06,
                        0.26,
                        0.25,
                        0.06,
                        Check.DATE,
                        Field.Sensitivity.IDENTITY,
                        Field.BIRTH_DATE,
                        true,
                        10),
                    field(
                        "payee_address",
                        "住所又は居所",
                        "Address",
                        0.32,
                        0.26,
                        0.62,
                        0.06,
                        Check.TEXT,
                        Field.Sensitivity.CONTACT,
                        Field.ADDRESS,
                        true,
                        120))),
            new DocumentType.Part(
                "amounts",
                "支払金額と源泉徴収税額",
                "Amounts",
                List.of(
                    field(
                        "payment_amount",
                        "支払金額",
                        "Payment",
                        0.06,
                        0.36,
                        0.42,
                        0.06,
                        Check.AMOUNT,
                        Field.Sensitivity.FINANCIAL,
                        null,
                        true,
                        12),
                    field(
                        "withheld_tax",
                        "源泉徴収税額",
                        "Tax withheld",
                        0.50,
                        0.36,
                        0.44,
                        0.06,
                        Check.AMOUNT,
                        Field.Sensitivity.FINANCIAL,
                        null,
                        true,
                        12))),
            new DocumentType.Part(
                "dependants",
                "扶養親族",
                "Dependants",
                List.of(
                    field(
                        "dependant_1_name",
                        "扶養親族1 氏名",
                        "Dependant 1 name",
                        0.06,
                        0.46,
                        0.42,
                        0.06,
                        Check.TEXT,
                        Field.Sensitivity.IDENTITY,
                        null,
                        false,
                        80),
                    field(
                        "dependant_1_my_number",
                        "扶養親族1 個人番号",
                        "Dependant 1 My Number",
                        0.50,
                        0.46,
                        0.44,
                        0.06,
                        Check.INDIVIDUAL_NUMBER,
                        Field.Sensitivity.NUMBER,
                        null,
                        false,
                        12),
                    field(
                        "dependant_2_name",
                        "扶養親族2 氏名",
                        "Dependant 2 name",
                        0.06,
                        0.54,
                        0.42,
                        0.06,
                        Check.TEXT,
                        Field.Sensitivity.IDENTITY,
                        null,
                        false,
                        80),
                    field(
                        "dependant_2_my_number",
                        "扶養親族2 個人番号",
                        "Dependant 2 My Number",
                        0.50,
                        0.54,
                        0.44,
                        0.06,
                        Check.INDIVIDUAL_NUMBER,
                        Field.Sensitivity.NUMBER,
                        null,
                        false,
                        12)))));
  }

  private static DocumentType.FieldSpec field(
      String id,
      String labelJa,
      String labelEn,
      double x,
      double y,
      double w,
      double h,
      Check check,
      Field.Sensitivity sensitivity,
      @org.jspecify.annotations.Nullable Field personField,
      boolean required,
      int maxLength) {
    return new DocumentType.FieldSpec(
        id,
        labelJa,
        labelEn,
        1,
        new DocumentType.Region(x, y, w, h),
        check,
        sensitivity,
        Optional.ofNullable(personField),
        required,
        maxLength);
  }
}
