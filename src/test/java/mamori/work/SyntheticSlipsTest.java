package mamori.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mamori.generate.Resident;
import mamori.generate.Residents;
import mamori.generate.SyntheticCompanies;
import mamori.number.InsecureNumberAccess;
import org.junit.jupiter.api.Test;

/** Synthetic withholding slips: the pinned fields, values that pass their checks, seeded. */
class SyntheticSlipsTest {
  static final List<Resident> RESIDENTS = Residents.generate(3000, 11);
  static final List<SyntheticCompanies.Company> COMPANIES = SyntheticCompanies.generate(30, 11);

  @Test
  void theTypes_haveThePinnedPartsAndFields() {
    for (DocumentType type : SlipTypes.all()) {
      assertThat(type.id()).isEqualTo("withholding-slip");
      assertThat(type.parts().stream().map(DocumentType.Part::id).toList())
          .isEqualTo(SlipTypes.PART_IDS);
      assertThat(type.fields().stream().map(DocumentType.FieldSpec::id).toList())
          .isEqualTo(SlipTypes.FIELD_IDS);
      assertThat(type.part("payee-number").orElseThrow().scopeFields())
          .contains(mamori.core.Field.MY_NUMBER);
    }
  }

  @Test
  void everyValue_passesItsFieldsCheck_unchanged() {
    List<SyntheticSlips.Slip> slips = SyntheticSlips.of(RESIDENTS, COMPANIES, 500, 11);
    assertThat(slips).hasSize(500);
    for (DocumentType type : SlipTypes.all()) {
      for (SyntheticSlips.Slip slip : slips) {
        assertThat(slip.values().keySet()).containsExactlyElementsOf(SlipTypes.FIELD_IDS);
        for (DocumentType.FieldSpec f : type.fields()) {
          String v = slip.values().get(f.id());
          Check.Result r = f.check().check(v, f.required(), f.maxLength());
          // the message names the field and the problem, never the value
          assertThat(r instanceof Check.Result.Passed)
              .as("slip %d field %s: %s", slip.number(), f.id(), r)
              .isTrue();
          assertThat(((Check.Result.Passed) r).value().equals(v))
              .as("slip %d field %s is in its stored spelling", slip.number(), f.id())
              .isTrue();
        }
      }
    }
  }

  @Test
  void amounts_arePlausible_andTheTaxFollowsThePayment() {
    List<SyntheticSlips.Slip> slips = SyntheticSlips.of(RESIDENTS, COMPANIES, 500, 11);
    for (SyntheticSlips.Slip s : slips) {
      long payment = Long.parseLong(s.values().get("payment_amount"));
      long tax = Long.parseLong(s.values().get("withheld_tax"));
      assertThat(payment).isBetween(1_500_000L, 10_000_000L);
      assertThat(tax).isBetween(0L, payment / 5);
      assertThat(tax % 100).isZero();
    }
    assertThat(SyntheticSlips.withheldTax(5_000_000, 0))
        .isGreaterThan(SyntheticSlips.withheldTax(5_000_000, 2));
    assertThat(SyntheticSlips.withheldTax(8_000_000, 0))
        .isGreaterThan(SyntheticSlips.withheldTax(4_000_000, 0));
    // 5,000,000 yen, no dependant: income 3,560,000, less 750,000 and 480,000: 2,330,000 taxable,
    // 135,500 yen tax, 138,345 with the surtax, 138,300 rounded down
    assertThat(SyntheticSlips.withheldTax(5_000_000, 0)).isEqualTo(138_300);
  }

  @Test
  void dependants_areOfThePayeesHousehold_withTheirOwnNumbers() {
    Map<String, Resident> byNumber = new HashMap<>();
    RESIDENTS.forEach(r -> byNumber.put(r.myNumber().digits(InsecureNumberAccess.get()), r));
    List<SyntheticSlips.Slip> slips = SyntheticSlips.of(RESIDENTS, COMPANIES, 500, 11);
    int withDependants = 0;
    for (SyntheticSlips.Slip s : slips) {
      Resident payee = byNumber.get(s.values().get("payee_my_number"));
      assertThat(payee).as("the payee is a resident").isNotNull();
      assertThat(s.values().get("payee_family_name")).isEqualTo(payee.familyName());
      assertThat(s.values().get("payee_address")).isEqualTo(payee.address());
      for (int d = 1; d <= 2; d++) {
        String number = s.values().get("dependant_" + d + "_my_number");
        if (number.isEmpty()) {
          assertThat(s.values().get("dependant_" + d + "_name")).isEmpty();
          continue;
        }
        withDependants++;
        Resident dependant = byNumber.get(number);
        assertThat(dependant).as("a dependant is a resident").isNotNull();
        assertThat(dependant.household()).isEqualTo(payee.household());
        // compared as a yes or no, so that a failure prints no number
        assertThat(number.equals(s.values().get("payee_my_number")))
            .as("slip %d: dependant %d has a number of their own", s.number(), d)
            .isFalse();
        assertThat(s.values().get("dependant_" + d + "_name"))
            .isEqualTo(dependant.familyName() + " " + dependant.givenName());
      }
    }
    assertThat(withDependants).as("some slips name dependants").isGreaterThan(50);
  }

  @Test
  void aSeed_givesTheSameSlips() {
    assertThat(SyntheticSlips.of(RESIDENTS, COMPANIES, 50, 4))
        .isEqualTo(SyntheticSlips.of(RESIDENTS, COMPANIES, 50, 4));
  }

  @Test
  void aSlipsToString_holdsNoValue() {
    SyntheticSlips.Slip s = SyntheticSlips.of(RESIDENTS, COMPANIES, 1, 4).getFirst();
    // yes or no, never the text itself: a failing toString would print the number
    assertThat(s.toString().contains(s.values().get("payee_my_number")))
        .as("the slip's text holds its payee's number")
        .isFalse();
    assertThat(mamori.core.NumberText.holdsNumber(s.toString()))
        .as("the slip's text holds a number")
        .isFalse();
  }
}
