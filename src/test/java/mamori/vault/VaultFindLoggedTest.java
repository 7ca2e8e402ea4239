package mamori.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import mamori.number.IndividualNumber;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Searches are accesses too: each is in the log before its answer is returned. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class VaultFindLoggedTest extends VaultTestBase {

  @Test
  void findByNumber_logsTheTokenFound_andASearchThatFindsNothing() {
    PersonData p = TestPersons.generate(1, 7).getFirst();
    vault.register(TENANT, CLERK, List.of(p));
    long before = logSize();

    var found = vault.findByNumber(TENANT, p.myNumber(), CLERK);
    var missing = vault.findByNumber(TENANT, IndividualNumber.withCheckDigit("98765432109"), CLERK);

    assertThat(found).isPresent();
    assertThat(missing).isEmpty();
    assertThat(logSize()).isEqualTo(before + 2);
    assertThat(logged(before).action()).isEqualTo("find");
    assertThat(logged(before).personToken()).isEqualTo(found.get().value());
    assertThat(logged(before).fields()).containsExactly("my_number");
    assertThat(logged(before + 1).personToken()).isEmpty();
  }

  @Test
  void findByNameAndBirthDate_logsOneRecordPerSearch() {
    PersonData p = TestPersons.generate(1, 8).getFirst();
    vault.register(TENANT, CLERK, List.of(p));
    long before = logSize();

    var found =
        vault.findByNameAndBirthDate(TENANT, p.familyName(), p.givenName(), p.birthDate(), CLERK);
    vault.findByNameAndBirthDate(TENANT, "無", "名", LocalDate.of(1990, 1, 1), CLERK);

    assertThat(found).hasSize(1);
    assertThat(logSize()).isEqualTo(before + 2);
    assertThat(logged(before).fields()).containsExactly("birth_date", "family_name", "given_name");
  }
}
