package mamori.witness;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import mamori.crypto.SigningKeys;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;

/**
 * A fresh store, a test log of 20 leaves and a witness of it with a fixed clock; closed after each
 * test.
 */
final class WitnessFixture implements AutoCloseable {
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  final Path keys;
  final StoreLocation location;
  final Store store;
  final TestTree log;
  final Witness witness;

  WitnessFixture(TestStores.Kind kind, Path keys) {
    this.keys = keys;
    this.location = TestStores.fresh(kind);
    this.store = Store.open(location);
    this.log = TestTree.create("city.example/log/demo-city").grow(20);
    this.witness = newWitness();
  }

  /** Another witness on the same store and key, as a second process would be. */
  Witness newWitness() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    return Witness.create(
        store.dataSource(),
        Witness.cosigner(SigningKeys.in(keys), "witness.example/w1", clock),
        List.of(log.key()),
        clock);
  }

  WitnessAnswer add(String body) {
    return witness.addCheckpoint(body.getBytes(StandardCharsets.UTF_8));
  }

  WitnessStore.Held held() throws SQLException {
    return new WitnessStore(store.dataSource()).held(log.origin).orElseThrow();
  }

  List<Refusal> refusals() throws SQLException {
    return new WitnessStore(store.dataSource()).refusals(log.origin);
  }

  @Override
  public void close() {
    store.close();
    TestStores.drop(location);
  }
}
