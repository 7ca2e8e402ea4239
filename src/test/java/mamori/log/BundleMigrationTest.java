package mamori.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import mamori.crypto.SigningKeys;
import mamori.log.storage.LogStorage;
import mamori.log.storage.TileKey;
import mamori.log.verify.Rfc6962;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V44 moves the entries a release before it wrote (one log_entry row each) into entry bundles: the
 * log verifies, serves the same entries and bundles, finds a person's entries, and grows on.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class BundleMigrationTest {
  static final String PREFIX = "test.example/log";

  @Parameter TestStores.Kind kind;
  @TempDir Path keys;
  StoreLocation location;

  @AfterEach
  void drop() {
    TestStores.drop(location);
  }

  /** Writes {@code n} entries of {@code tenant}'s log as V2 and V6 laid them out. */
  static List<byte[]> writeTheOldWay(JdbcClient jdbc, String tenant, int n) {
    List<byte[]> entries = new ArrayList<>();
    TreeTail tail = TreeTail.empty();
    for (int i = 0; i < n; i++) {
      AccessRecord r = TenantLogTest.record(i % 7 == 0 ? 7 : i);
      byte[] entry = AccessRecordCodec.encode(r);
      entries.add(entry);
      tail.append(Rfc6962.leafHash(entry));
      jdbc.sql("INSERT INTO log_entry (tenant_id, seq, entry) VALUES (?, ?, ?)")
          .param(tenant)
          .param((long) i)
          .param(entry)
          .update();
      jdbc.sql(
              "INSERT INTO log_person (tenant_id, generation, person_token, seq) VALUES (?, ?, ?, ?)")
          .param(tenant)
          .param(i >>> LogStorage.GENERATION_BITS)
          .param(r.personToken())
          .param((long) i)
          .update();
    }
    for (Map.Entry<TileKey, byte[]> t : tail.takeDirtyTiles().entrySet()) {
      jdbc.sql(
              "INSERT INTO log_tile (tenant_id, tile_level, tile_index, hashes) VALUES (?, ?, ?, ?)")
          .param(tenant)
          .param(t.getKey().level())
          .param(t.getKey().index())
          .param(t.getValue())
          .update();
    }
    jdbc.sql("INSERT INTO log_state (tenant_id, origin, tree_size, root_hash) VALUES (?, ?, ?, ?)")
        .param(tenant)
        .param(PREFIX + "/" + tenant)
        .param((long) n)
        .param(tail.root())
        .update();
    return entries;
  }

  @Test
  void entriesOfTheReleaseBefore_moveIntoBundles_andTheLogVerifiesAndGrowsOn() {
    location = TestStores.fresh(kind);
    DataSource old = TestStores.migrateTo(location, "43");
    for (String tenant : List.of("city", "town")) { // the keys the earlier release made
      for (SigningKeys.Algorithm alg : SigningKeys.Algorithm.values()) {
        SigningKeys.in(keys).loadOrCreate("log-" + tenant, alg);
      }
    }
    List<byte[]> city = writeTheOldWay(JdbcClient.create(old), "city", 700);
    List<byte[]> town = writeTheOldWay(JdbcClient.create(old), "town", 3);
    if (old instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    try (Store store = Store.open(location);
        TransparencyLogs logs =
            new TransparencyLogs(
                store.dataSource(), SigningKeys.in(keys), PREFIX, Clock.systemUTC())) {
      assertThatThrownBy(
              () -> store.jdbc().sql("SELECT count(*) FROM log_entry").query().singleValue())
          .isInstanceOf(org.springframework.dao.DataAccessException.class);
      assertThat(store.jdbc().sql("SELECT count(*) FROM log_bundle").query(Long.class).single())
          .isEqualTo(3 + 1);

      LogVerifier.Report report = LogVerifier.verify(logs, "city", p -> {});
      assertThat(report.problem()).isEmpty();
      assertThat(report.entries()).isEqualTo(700);
      assertThat(LogVerifier.verify(logs, "town", p -> {}).problem()).isEmpty();

      TenantLog log = logs.forTenant("city");
      assertThat(log.size()).isEqualTo(700);
      for (int i : new int[] {0, 255, 256, 511, 699}) {
        assertThat(log.entry(i)).hasValueSatisfying(e -> assertThat(e).isEqualTo(city.get(i)));
      }
      assertThat(logs.forTenant("town").entry(2))
          .hasValueSatisfying(e -> assertThat(e).isEqualTo(town.get(2)));
      assertThat(log.entryBundle(1, 256)).hasValue(bundle(city.subList(256, 512)));
      assertThat(log.entryBundle(2, 188)).hasValue(bundle(city.subList(512, 700)));
      assertThat(log.entryBundle(2, 189)).isEmpty();
      // every seventh entry names TOKEN-7
      assertThat(log.indicesFor("TOKEN-7")).hasSize(100).startsWith(0L, 7L, 14L);
      assertThat(log.entriesFor("TOKEN-7", 2)).hasSize(2);

      long next = log.append(TenantLogTest.record(9_999));
      assertThat(next).isEqualTo(700);
      assertThat(log.entryBundle(2, 189)).isPresent();
      log.close();
      assertThat(LogVerifier.verify(logs, "city", p -> {}).problem()).isEmpty();
    }
  }

  static byte[] bundle(List<byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] e : entries) {
      out.write(e.length >>> 8);
      out.write(e.length & 0xFF);
      out.writeBytes(e);
    }
    return out.toByteArray();
  }
}
