package mamori.entrustment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mamori.store.TestStores;
import mamori.vault.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class VolumeTest extends EntrustmentTestBase {

  @Test
  void concurrentConsumers_neverPassTheCapOfAnyLink() throws Exception {
    Entrustment child = entrustments.approve(child(first()).id(), OFFICER);
    Decision d = entrustments.decide(new Request("op", "sub-co", Role.OPERATOR, "resident-tax", "c", Action.READ,
        s -> true, Set.of(Field.FAMILY_NAME), NOW));
    assertThat(d.allowed()).isTrue();
    List<Callable<Boolean>> tries = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      tries.add(() -> entrustments.tryConsume(d, 1));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    long granted = 0;
    try {
      for (Future<Boolean> f : pool.invokeAll(tries)) {
        granted += f.get() ? 1 : 0;
      }
    } finally {
      pool.shutdown();
    }
    assertThat(granted).isEqualTo(10);
    assertThat(entrustments.count(TENANT, child.id(), d.day())).isEqualTo(10);
    assertThat(entrustments.count(TENANT, child.parent(), d.day())).as("the parent counts its children's work").isEqualTo(10);
  }

  @Test
  void consumingPastTheCap_countsNothingOnAnyLink() {
    Entrustment child = entrustments.approve(child(first()).id(), OFFICER);
    Decision d = entrustments.decide(new Request("op", "sub-co", Role.OPERATOR, "resident-tax", "c", Action.READ,
        s -> true, Set.of(Field.FAMILY_NAME), NOW));
    assertThat(entrustments.tryConsume(d, 11)).isFalse();
    assertThat(entrustments.count(TENANT, child.id(), d.day())).isZero();
    assertThat(entrustments.count(TENANT, child.parent(), d.day())).isZero();
  }
}
