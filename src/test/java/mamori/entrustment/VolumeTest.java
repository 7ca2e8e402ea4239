package mamori.entrustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class VolumeTest extends EntrustmentTestBase {

  @Test
  void concurrentConsumers_neverPassTheCapOfAnyLink() throws Exception {
    Entrustment child = entrustments.approve(child(first()).id(), OFFICER);
    Decision d = readBy("sub-co");
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
    assertThat(entrustments.count(TENANT, child.parent(), d.day()))
        .as("the parent counts its children's work")
        .isEqualTo(10);
  }

  @Test
  void aUnitGivenBack_isCountedOnNoLink_andCanBeUsedAgain_butTheCapHolds() {
    Entrustment child = entrustments.approve(child(first()).id(), OFFICER);
    Decision d = readBy("sub-co");
    assertThat(entrustments.tryConsume(d, 10)).isTrue();
    assertThat(entrustments.tryConsume(d, 1)).as("the cap of 10").isFalse();
    entrustments.giveBack(d, 3);
    assertThat(entrustments.count(TENANT, child.id(), d.day())).isEqualTo(7);
    assertThat(entrustments.count(TENANT, child.parent(), d.day())).isEqualTo(7);
    assertThat(entrustments.tryConsume(d, 3)).isTrue();
    assertThat(entrustments.tryConsume(d, 1)).isFalse();
    entrustments.giveBack(d, 50);
    assertThat(entrustments.count(TENANT, child.id(), d.day()))
        .as("never below what this instance counted")
        .isZero();
    assertThatThrownBy(() -> entrustments.giveBack(d, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStaffMembersOwnVolume_isCountedPerUserAndDay_andGivenBack() {
    LocalDate day = LocalDate.parse("2025-06-02");
    assertThat(entrustments.tryConsumeOwn(TENANT, "clerk", day, 2, 1)).isTrue();
    assertThat(entrustments.tryConsumeOwn(TENANT, "clerk", day, 2, 1)).isTrue();
    assertThat(entrustments.tryConsumeOwn(TENANT, "clerk", day, 2, 1)).isFalse();
    assertThat(entrustments.tryConsumeOwn(TENANT, "clerk-2", day, 2, 1)).isTrue();
    assertThat(entrustments.tryConsumeOwn(TENANT, "clerk", day.plusDays(1), 2, 1)).isTrue();
    assertThat(entrustments.countOwn(TENANT, "clerk", day)).isEqualTo(2);
    entrustments.giveBackOwn(TENANT, "clerk", day, 1);
    assertThat(entrustments.countOwn(TENANT, "clerk", day)).isEqualTo(1);
    assertThat(entrustments.tryConsumeOwn(TENANT, "clerk", day, 2, 1)).isTrue();
    assertThatThrownBy(() -> entrustments.tryConsumeOwn(TENANT, "clerk", day, 2, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void consumingPastTheCap_countsNothingOnAnyLink() {
    Entrustment child = entrustments.approve(child(first()).id(), OFFICER);
    Decision d = readBy("sub-co");
    assertThat(entrustments.tryConsume(d, 11)).isFalse();
    assertThat(entrustments.count(TENANT, child.id(), d.day())).isZero();
    assertThat(entrustments.count(TENANT, child.parent(), d.day())).isZero();
  }

  @Test
  void twoInstancesOnOneStore_neverPassTheCapTogether() throws Exception {
    Entrustment child = entrustments.approve(child(first()).id(), OFFICER);
    Decision d = readBy("sub-co");
    Entrustments second =
        new Entrustments(
            store.dataSource(),
            logs,
            events::add,
            DIRECTORY,
            java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));
    long granted = 0;
    for (int i = 0; i < 15; i++) {
      granted += entrustments.tryConsume(d, 1) ? 1 : 0;
      granted += second.tryConsume(d, 1) ? 1 : 0;
    }
    assertThat(granted)
        .as("at most the cap of 10, whichever instance asks")
        .isLessThanOrEqualTo(10)
        .isPositive();
    entrustments.close();
    second.close();
    assertThat(entrustments.count(TENANT, child.id(), d.day()))
        .as("unused leases given back on close")
        .isEqualTo(granted);
  }

  @Test
  void leasedButUnusedVolume_isNotCounted_andIsGivenBackOnClose() {
    Entrustment parent = first();
    Decision d = readBy("entry-co");
    assertThat(entrustments.tryConsume(d, 3)).isTrue();
    assertThat(entrustments.count(TENANT, parent.id(), d.day())).isEqualTo(3);
    entrustments.close();
    Entrustments fresh =
        new Entrustments(
            store.dataSource(),
            logs,
            events::add,
            DIRECTORY,
            java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));
    assertThat(fresh.count(TENANT, parent.id(), d.day()))
        .as("what another instance sees")
        .isEqualTo(3);
    assertThat(fresh.tryConsume(d, 97)).isTrue();
    assertThat(fresh.tryConsume(d, 1)).as("the cap of 100 is reached across instances").isFalse();
  }

  /** An operator of {@code organisation} reading family names for resident tax, decided now. */
  Decision readBy(String organisation) {
    return entrustments.decide(
        new Request(
            new UserId("op"),
            new OrganisationId(organisation),
            Role.OPERATOR,
            new Why("resident-tax", "c"),
            Action.READ,
            s -> true,
            Set.of(Field.FAMILY_NAME),
            NOW));
  }
}
