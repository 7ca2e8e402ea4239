package mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import mamori.core.Action;
import mamori.core.PersonToken;
import mamori.core.TenantId;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class IncidentTableTest {
  static final TenantId T = new TenantId("t1");
  static final Instant AT = Instant.parse("2026-04-01T09:00:00Z");

  @Parameter TestStores.Kind kind;
  StoreLocation location;
  Store store;
  IncidentTable table;

  @BeforeEach
  void open() {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    table = new IncidentTable(store.dataSource());
  }

  @AfterEach
  void close() {
    store.close();
    TestStores.drop(location);
  }

  static Incident incident(String id) {
    return new Incident(
        T,
        id,
        "bulk reading",
        "an operator read the register",
        AT,
        "officer",
        AT,
        new Incident.Suspect(Incident.Suspect.Kind.ACTOR, "op-1", AT.minusSeconds(3600), AT),
        Incident.Status.OPEN,
        "",
        null,
        null,
        0,
        null,
        null,
        null,
        null);
  }

  @Test
  void anIncident_isStoredChangedAndListedWithinItsTenant() {
    table.insert(incident("i-1"));
    Incident changed =
        new Incident(
            T,
            "i-1",
            "bulk reading",
            "confirmed",
            AT,
            "officer",
            AT,
            new Incident.Suspect(Incident.Suspect.Kind.ORGANISATION, "o-2", AT, AT),
            Incident.Status.CLOSED,
            "{\"triggers\":[1]}",
            AT.plusSeconds(86400),
            AT.plusSeconds(30 * 86400),
            0,
            null,
            AT.plusSeconds(60),
            "officer",
            "reported");
    assertThat(table.update(changed)).isTrue();
    assertThat(table.get(T, "i-1")).contains(changed);
    assertThat(table.get(new TenantId("t2"), "i-1")).isEmpty();
    assertThat(table.list(T, 10)).containsExactly(changed);
    assertThat(table.update(incident("nope"))).isFalse();
  }

  @Test
  void affectedPersons_replaceTheWholeSetAndTheCount() {
    table.insert(incident("i-1"));
    Affected a =
        new Affected(
            new PersonToken("tok-a"), List.of(Action.READ, Action.PRINT), List.of(4L, 9L), AT, AT);
    Affected b = new Affected(new PersonToken("tok-b"), List.of(Action.LIST), List.of(5L), AT, AT);
    table.replaceAffected(T, "i-1", List.of(a, b), AT);
    assertThat(table.affected(T, "i-1", "", 10)).containsExactly(a, b);
    assertThat(table.affected(T, "i-1", "tok-a", 10)).containsExactly(b);
    assertThat(table.get(T, "i-1").orElseThrow().affectedCount()).isEqualTo(2);

    table.replaceAffected(T, "i-1", List.of(b), AT.plusSeconds(1));
    assertThat(table.affected(T, "i-1", "", 10)).containsExactly(b);
    Incident i = table.get(T, "i-1").orElseThrow();
    assertThat(i.affectedCount()).isEqualTo(1);
    assertThat(i.affectedAt()).isEqualTo(AT.plusSeconds(1));
  }

  @Test
  void alerts_areLinkedOnce() {
    table.insert(incident("i-1"));
    table.linkAlert(T, "i-1", "b");
    table.linkAlert(T, "i-1", "a");
    table.linkAlert(T, "i-1", "a");
    assertThat(table.alerts(T, "i-1")).containsExactly("a", "b");
  }

  @Test
  void aWindowEndingBeforeItStarts_isRefused() {
    assertThatThrownBy(
            () -> new Incident.Suspect(Incident.Suspect.Kind.ACTOR, "op-1", AT, AT.minusSeconds(1)))
        .hasMessageContaining("window");
  }
}
