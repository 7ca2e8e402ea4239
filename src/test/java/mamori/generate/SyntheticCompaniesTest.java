package mamori.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import mamori.number.CorporateNumber;
import org.junit.jupiter.api.Test;

class SyntheticCompaniesTest {
  @Test
  void everyCorporateNumber_hasItsCheckDigit_andIsDistinct() {
    List<SyntheticCompanies.Company> companies = SyntheticCompanies.generate(5000, 7);
    assertThat(companies).hasSize(5000);
    for (SyntheticCompanies.Company c : companies) {
      assertThat(c.corporateNumber()).hasSize(13).containsOnlyDigits();
      assertThat(CorporateNumber.tryParse(c.corporateNumber()))
          .as("the check digit of a generated corporate number")
          .isPresent();
    }
    assertThat(new HashSet<>(companies.stream().map(c -> c.corporateNumber()).toList()))
        .hasSize(5000);
  }

  @Test
  void names_areCompanyNames_andAddresses_areInRealMunicipalities() {
    for (SyntheticCompanies.Company c : SyntheticCompanies.generate(500, 1)) {
      assertThat(c.name()).matches(".*(株式会社|有限会社|合同会社).*");
      assertThat(c.postalCode()).matches("\\d{3}-\\d{4}");
      assertThat(c.address()).contains("丁目");
      assertThat(Places.MUNICIPALITIES.stream().anyMatch(m -> c.address().startsWith(m.fullName())))
          .isTrue();
    }
  }

  @Test
  void aSeed_givesTheSameCompanies_andAShorterListIsAPrefix() {
    List<SyntheticCompanies.Company> a = SyntheticCompanies.generate(200, 42);
    assertThat(SyntheticCompanies.generate(200, 42)).isEqualTo(a);
    assertThat(SyntheticCompanies.generate(50, 42)).isEqualTo(a.subList(0, 50));
    assertThat(SyntheticCompanies.generate(200, 43)).isNotEqualTo(a);
  }

  @Test
  void toString_masksTheNumber() {
    SyntheticCompanies.Company c = SyntheticCompanies.generate(1, 1).getFirst();
    assertThat(c.toString()).doesNotContain(c.corporateNumber()).contains(c.name());
  }

  @Test
  void aCountOutOfRange_isRefused() {
    assertThatThrownBy(() -> SyntheticCompanies.generate(0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
