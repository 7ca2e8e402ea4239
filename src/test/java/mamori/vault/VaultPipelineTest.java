package mamori.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import mamori.log.LogUnavailableException;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Batches of several transactions, which {@link Vault#register} runs as a pipeline, on both stores.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class VaultPipelineTest extends VaultTestBase {
  private static final int SIZE = 2 * Vault.CHUNK + 5;

  @Test
  void aBatchOfThreeChunks_storesAndLogsEveryone_andAgainWithTwoChanged_updatesJustThose() {
    List<PersonData> batch = new ArrayList<>(TestPersons.generate(SIZE, 21));
    assertThat(vault.register(TENANT, CLERK, batch)).isEqualTo(new RegisterSummary(SIZE, 0, 0));
    assertThat(vault.count(TENANT)).isEqualTo(SIZE);
    assertThat(logSize()).isEqualTo(SIZE);
    assertThat(logged(SIZE - 1).action()).isEqualTo("register");

    batch.set(Vault.CHUNK + 1, TestPersons.withAddress(batch.get(Vault.CHUNK + 1), "東京都新宿区1-1"));
    batch.set(SIZE - 1, TestPersons.withAddress(batch.get(SIZE - 1), "東京都新宿区1-2"));
    assertThat(vault.register(TENANT, CLERK, batch)).isEqualTo(new RegisterSummary(0, 2, SIZE - 2));
    assertThat(logSize()).isEqualTo(SIZE + 2);
    assertThat(logged(SIZE).action()).isEqualTo("update");
    assertThat(vault.findByNumber(TENANT, batch.get(SIZE - 1).myNumber())).isPresent();
  }

  @Test
  void whenTheLogIsClosed_aBatchOfThreeChunks_storesNothing() {
    logs.forTenant(TENANT).close();
    assertThatThrownBy(() -> vault.register(TENANT, CLERK, TestPersons.generate(SIZE, 22)))
        .isInstanceOf(LogUnavailableException.class);
    assertThat(vault.count(TENANT)).isEqualTo(0);
  }
}
