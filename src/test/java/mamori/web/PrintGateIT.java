package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import mamori.access.AccessException;
import mamori.access.AccessGate;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Revealing for print is its own action: the city's staff may, a contractor entrusted with reading
 * only may not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintGateIT {
  ConsoleWorld c;
  AccessGate gate;

  @BeforeAll
  void start() throws Exception {
    c = new ConsoleWorld(TestStores.Kind.SQLITE);
    gate = c.w.context.getBean(AccessGate.class);
  }

  @AfterAll
  void stop() {
    c.close();
  }

  @Test
  void theCitysStaffPrint_andItIsRecordedAsPrint() {
    AgencyToken person =
        gate.findByNumber(
                c.principal("city-staff"),
                new Why(ConsoleWorld.PURPOSE, "p-1"),
                ConsoleWorld.NUMBER)
            .orElseThrow();
    var revealed =
        gate.print(
            c.principal("city-staff"),
            person,
            new Why(ConsoleWorld.PURPOSE, "p-1"),
            Map.of(Field.FAMILY_NAME, Mask.NONE, Field.ADDRESS, Mask.NONE));
    assertThat(revealed.values()).containsEntry(Field.FAMILY_NAME, ConsoleWorld.SCRIPT);
    assertThat(c.last(ConsoleWorld.CITY).action()).isEqualTo("print");
    assertThat(c.last(ConsoleWorld.CITY).fields())
        .containsExactlyInAnyOrder("family_name", "address");
  }

  @Test
  void aContractorEntrustedWithReadingOnly_cannotPrint_andTheRefusalIsLogged() {
    AgencyToken theirs =
        gate.persons(c.principal("con-operator"), new Why(ConsoleWorld.PURPOSE, "p-2"), 1)
            .getFirst();
    assertThatThrownBy(() ->
            gate.print(
                c.principal("con-operator"),
                theirs,
                new Why(ConsoleWorld.PURPOSE, "p-2"),
                Map.of()))
        .isInstanceOfSatisfying(
            AccessException.class, e -> assertThat(e.code()).isEqualTo("action.not-allowed"));
    assertThat(c.last(ConsoleWorld.CITY).decision()).isEqualTo("deny:action.not-allowed");
    assertThat(c.last(ConsoleWorld.CITY).action()).isEqualTo("print");
    gate.read(c.principal("con-operator"), theirs, new Why(ConsoleWorld.PURPOSE, "p-2"), Map.of());
    assertThat(c.last(ConsoleWorld.CITY).action()).isEqualTo("read");
  }
}
