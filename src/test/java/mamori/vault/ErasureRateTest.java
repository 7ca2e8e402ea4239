package mamori.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mamori.store.TestStores;
import mamori.vault.BulkErasure.Item;
import mamori.vault.BulkErasure.Result;
import mamori.vault.BulkErasure.What;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The erasure rate of a retention run (issue 19: at least 50,000 persons/s, whole or number only,
 * on 2 cores): {@code -Dmamori.erase.persons=N} persons (4,000 by default, so the suite stays
 * quick) are registered twice over, then one half erased whole and the other number only, in
 * batches of {@link BulkErasure#BATCH}, each timed from the first record logged to the last commit.
 * Prints {@code erase.whole_per_s} and {@code erase.number_per_s}.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class ErasureRateTest extends VaultTestBase {
  static final int PERSONS = Integer.getInteger("mamori.erase.persons", 4_000);

  @Test
  void wholeAndNumberOnly_erasureRates() {
    List<PersonData> persons = TestPersons.generate(2 * PERSONS, 191);
    long start = System.nanoTime();
    for (int from = 0; from < persons.size(); from += 50_000) {
      vault.register(TENANT, CLERK, persons.subList(from, Math.min(persons.size(), from + 50_000)));
    }
    double register = persons.size() / ((System.nanoTime() - start) / 1e9);
    vault.imported(persons.size());
    List<Long> ids =
        store
            .jdbc()
            .sql("SELECT person_id FROM person WHERE tenant_id = ? ORDER BY token")
            .param(TENANT)
            .query(Long.class)
            .list();
    assertThat(ids).hasSize(2 * PERSONS);

    double whole = rate(ids.subList(0, PERSONS), What.WHOLE);
    double number = rate(ids.subList(PERSONS, 2 * PERSONS), What.NUMBER);

    System.out.printf(
        Locale.ROOT,
        "erase.store=%s erase.persons=%d erase.whole_per_s=%.0f erase.number_per_s=%.0f"
            + " register_per_s=%.0f (same run, for scale)%n",
        kind,
        PERSONS,
        whole,
        number,
        register);
    assertThat(vault.count(TENANT)).isEqualTo(PERSONS);
  }

  /**
   * Persons erased per second: {@code ids} in calls of 16 batches of {@link BulkErasure#BATCH}, as
   * a retention run would go through its due persons.
   */
  private double rate(List<Long> ids, What what) {
    int call = 16 * BulkErasure.BATCH;
    long start = System.nanoTime();
    long erased = 0;
    for (int from = 0; from < ids.size(); from += call) {
      List<Item> items = new ArrayList<>(call);
      for (long id : ids.subList(from, Math.min(ids.size(), from + call))) {
        items.add(new Item(id, what));
      }
      erased += vault.eraseAll(TENANT, items, CLERK).count(Result.ERASED);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(erased).isEqualTo(ids.size());
    return erased / seconds;
  }
}
