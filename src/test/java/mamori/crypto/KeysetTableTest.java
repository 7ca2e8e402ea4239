package mamori.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link KeysetTable}'s compare-and-swap statements and what it reads, on both stores. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class KeysetTableTest extends TenantKeysTestBase {

  @Test
  void replaceKeyset_movesTheVersionOn_andRefusesAnOldVersion() {
    KeysetTable table = new KeysetTable(store.dataSource());
    assertThat(table.version("demo-city", "field")).isEmpty();
    assertThat(table.updatedAt("demo-city", "field")).isEmpty();
    table.insertKeyset("demo-city", "field", new byte[] {1}, 1_000L);
    assertThat(table.version("demo-city", "field")).contains(1L);
    assertThat(table.updatedAt("demo-city", "field")).contains(1_000L);

    assertThat(table.replaceKeyset("demo-city", "field", new byte[] {2}, 1L, 2_000L)).isTrue();
    assertThat(table.version("demo-city", "field")).contains(2L);
    assertThat(table.updatedAt("demo-city", "field")).contains(2_000L);
    assertThat(table.replaceKeyset("demo-city", "field", new byte[] {3}, 1L, 3_000L)).isFalse();
    assertThat(table.keyset("demo-city", "field"))
        .hasValueSatisfying(k -> assertThat(k).containsExactly(2));
    assertThat(table.updatedAt("demo-city", "field")).contains(2_000L);
  }

  @Test
  void replaceCheck_replacesOnlyTheValueStillThere() {
    KeysetTable table = new KeysetTable(store.dataSource());
    byte[] stored = table.check().orElseThrow().value();
    assertThat(table.replaceCheck(new byte[] {9}, new byte[] {1})).isFalse();
    assertThat(table.check().orElseThrow().value()).isEqualTo(stored);
    assertThat(table.replaceCheck(stored, new byte[] {1})).isTrue();
    assertThat(table.check().orElseThrow().value()).containsExactly(1);
  }
}
