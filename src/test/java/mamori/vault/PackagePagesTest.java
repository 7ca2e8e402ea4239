package mamori.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import mamori.core.Field;
import mamori.crypto.AgencyToken;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A package's pages on SQLite and PostgreSQL: a person erased after its page was read. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class PackagePagesTest extends VaultTestBase {

  @Test
  void aPersonErasedAfterItsPageWasRead_isLeftOut_thoughItsRecordStays() throws Exception {
    List<PersonData> batch = TestPersons.generate(3, 31);
    vault.register(TENANT, CLERK, batch);
    List<AgencyToken> ps =
        batch.stream().map(p -> vault.findByNumber(TENANT, p.myNumber()).orElseThrow()).toList();
    PackagePages pages = vault.packagePages();
    PackagePages.Read read =
        pages.read(TENANT, new PackagePages.Source.Of(new PersonSets.Members.Everyone()), 0, 10);
    assertThat(read.size()).isEqualTo(3);
    PackagePages.Logged logged =
        pages.log(read, CLERK, List.of(Field.FAMILY_NAME, Field.GIVEN_NAME));
    long recorded = logSize();

    vault.erase(TENANT, ps.get(1), CLERK);

    List<String> names = new ArrayList<>();
    int opened =
        pages.open(
            logged,
            values ->
                names.add(
                    new String(values[0], StandardCharsets.UTF_8)
                        + " "
                        + new String(values[1], StandardCharsets.UTF_8)));
    assertThat(opened).isEqualTo(2);
    assertThat(names)
        .containsExactlyInAnyOrder(
            batch.get(0).familyName() + " " + batch.get(0).givenName(),
            batch.get(2).familyName() + " " + batch.get(2).givenName());
    // the package record of the erased person stays: the log over-reports, never under-reports
    assertThat(logSize()).isGreaterThanOrEqualTo(recorded);
  }
}
