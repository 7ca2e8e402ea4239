package mamori.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A batch larger than one transaction ({@link Vault#TRANSACTION} persons), as a bulk import hands
 * {@link Vault#register}: stored in two transactions, every person logged once and found by number,
 * and registering it again changes and logs nothing, on both stores.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class VaultTransactionsTest extends VaultTestBase {
  private static final int SIZE = Vault.TRANSACTION + Vault.CHUNK / 2;

  @Test
  void aBatchOfMoreThanOneTransaction_storesAndLogsEveryoneOnce_andAgainChangesNothing() {
    List<PersonData> batch = new ArrayList<>(TestPersons.generate(SIZE, 31));
    assertThat(vault.register(TENANT, CLERK, batch)).isEqualTo(new RegisterSummary(SIZE, 0, 0));
    assertThat(vault.count(TENANT)).isEqualTo(SIZE);
    assertThat(logSize()).isEqualTo(SIZE);
    assertThat(vault.findByNumber(TENANT, batch.get(Vault.TRANSACTION - 1).myNumber())).isPresent();
    assertThat(vault.findByNumber(TENANT, batch.get(SIZE - 1).myNumber())).isPresent();

    long logged = logSize();
    assertThat(vault.register(TENANT, CLERK, batch)).isEqualTo(new RegisterSummary(0, 0, SIZE));
    assertThat(logSize()).isEqualTo(logged);
  }
}
