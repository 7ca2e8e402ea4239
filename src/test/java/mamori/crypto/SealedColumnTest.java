package mamori.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Types;
import mamori.store.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link SealedColumn} over a column of a test table: ids, read and swap, on both stores. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class SealedColumnTest extends TenantKeysTestBase {
  private static final byte[] ONE = {1, 2, 3};
  private static final byte[] TWO = {4, 5, 6};

  private SealedColumn column;

  @BeforeEach
  void table() {
    String bytes = kind == TestStores.Kind.POSTGRESQL ? "BYTEA" : "BLOB";
    JdbcClient jdbc = JdbcClient.create(store.dataSource());
    jdbc.sql(
            "CREATE TABLE sealed_test (tenant_id TEXT NOT NULL, id TEXT NOT NULL, sealed "
                + bytes
                + ")")
        .update();
    jdbc.sql("INSERT INTO sealed_test VALUES (?, ?, ?)").params("demo-city", "a", ONE).update();
    jdbc.sql("INSERT INTO sealed_test VALUES (?, ?, ?)").params("demo-city", "b", TWO).update();
    jdbc.sql("INSERT INTO sealed_test VALUES (?, ?, ?)")
        .params("demo-city", "empty", new SqlParameterValue(Types.BINARY, null))
        .update();
    jdbc.sql("INSERT INTO sealed_test VALUES (?, ?, ?)").params("other-town", "c", ONE).update();
    column =
        new SealedColumn(
            "test",
            store.dataSource(),
            "SELECT id FROM sealed_test WHERE tenant_id = ? AND sealed IS NOT NULL ORDER BY id",
            "SELECT sealed FROM sealed_test WHERE tenant_id = ? AND id = ?",
            "UPDATE sealed_test SET sealed = ? WHERE tenant_id = ? AND id = ? AND sealed = ?",
            (tenant, id) -> (tenant + "/" + id).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void ids_areTheTenantsOwn() {
    assertThat(column.ids("demo-city")).containsExactly("a", "b");
    assertThat(column.ids("other-town")).containsExactly("c");
    assertThat(column.ids("new-town")).isEmpty();
  }

  @Test
  void read_givesTheValueAndItsAssociatedData_andNothingForANullOrMissingValue() {
    FieldSealed.Sealed a = column.read("demo-city", "b").orElseThrow();
    assertThat(a.sealed()).isEqualTo(TWO);
    assertThat(new String(a.associatedData(), StandardCharsets.UTF_8)).isEqualTo("demo-city/b");
    assertThat(column.read("demo-city", "empty")).isEmpty();
    assertThat(column.read("demo-city", "c")).isEmpty();
  }

  @Test
  void swap_replacesOnlyTheValueStillThere() {
    assertThat(column.swap("demo-city", "a", TWO, ONE)).as("not the value stored").isFalse();
    assertThat(column.read("demo-city", "a").orElseThrow().sealed()).isEqualTo(ONE);

    assertThat(column.swap("demo-city", "a", ONE, TWO)).isTrue();

    assertThat(column.read("demo-city", "a").orElseThrow().sealed()).isEqualTo(TWO);
    assertThat(column.read("other-town", "c").orElseThrow().sealed()).isEqualTo(ONE);
  }
}
