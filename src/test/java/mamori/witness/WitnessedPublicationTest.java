package mamori.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mamori.core.Field;
import mamori.core.Why;
import mamori.crypto.SigningKeys;
import mamori.identity.SecurityAlerts;
import mamori.log.TenantLog;
import mamori.log.TestRecords;
import mamori.log.TransparencyLogs;
import mamori.log.WitnessPolicy;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.NoteException;
import mamori.log.verify.NoteVerifier;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * End to end on SQLite and PostgreSQL with two witnesses ("the PPC" and "a neighbouring city"),
 * each with its own store and key on a free port: a checkpoint is published once both cosigned it;
 * a fork re-signed with the log's own key (this test holds it) is refused by both witnesses, raises
 * {@code witness.refused}, and none of its checkpoints is ever published; a split view (another
 * checkpoint of the size the witnesses hold) is refused the same way.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class WitnessedPublicationTest {
  static final String TENANT = "demo-city";
  static final String ORIGIN_PREFIX = "city.example/log";

  @Parameter TestStores.Kind kind;
  @TempDir Path logKeys;
  @TempDir Path ppcKeys;
  @TempDir Path neighbourKeys;

  final List<AutoCloseable> open = new ArrayList<>();
  final List<StoreLocation> locations = new ArrayList<>();
  List<WitnessEndpoint> witnesses;
  TenantLog honest;

  @BeforeEach
  void openLogAndWitnesses() throws Exception {
    TransparencyLogs logs = logsOn(store());
    honest = logs.forTenant(TENANT);
    witnesses =
        List.of(
            startWitness("ppc.example/witness", ppcKeys, logs),
            startWitness("neighbour-city.example/witness", neighbourKeys, logs));
    attach(honest, null);
    append(honest, 5, "honest");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> size(honest.publishedCheckpoint().orElse("")) == 5);
  }

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : open.reversed()) {
      c.close();
    }
    locations.forEach(TestStores::drop);
  }

  @Test
  void thePublishedCheckpoint_carriesBothWitnessesCosignatures() throws Exception {
    String note = honest.publishedCheckpoint().orElseThrow();
    for (WitnessEndpoint w : witnesses) {
      assertThat(NoteVerifier.of(w.key()).open(note).verifiedBy()).containsExactly(w.key());
    }
  }

  @Test
  void aForkReSignedWithTheLogsKey_isRefused_raisesTheAlert_andIsNeverPublished() throws Exception {
    Store forkStore = store();
    SecurityAlerts alerts = new SecurityAlerts(forkStore.dataSource(), Clock.systemUTC());
    TenantLog fork = logsOn(forkStore).forTenant(TENANT);
    attach(fork, alerts);
    append(fork, 7, "rewritten");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> alerts.list(TENANT, 10).size() == witnesses.size());
    assertThat(alerts.list(TENANT, 10))
        .allSatisfy(a -> assertThat(a.kind()).isEqualTo(CheckpointWitnessing.REFUSED))
        .anySatisfy(a -> assertThat(a.detail()).contains("not consistent"));
    assertThat(size(fork.checkpoint().orElse(""))).isEqualTo(7);
    assertThat(fork.publishedCheckpoint()).isEmpty();
    assertThat(honest.publishedCheckpoint().map(WitnessedPublicationTest::size)).hasValue(5L);
  }

  @Test
  void aSplitView_anotherCheckpointOfTheSizeHeld_isRefusedByTheWitnesses() throws Exception {
    Store forkStore = store();
    SecurityAlerts alerts = new SecurityAlerts(forkStore.dataSource(), Clock.systemUTC());
    TenantLog other = logsOn(forkStore).forTenant(TENANT);
    attach(other, alerts);
    append(other, 5, "other view");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> alerts.list(TENANT, 10).size() == witnesses.size());
    assertThat(alerts.list(TENANT, 10)).allSatisfy(a -> assertThat(a.detail()).contains("fork"));
    assertThat(size(other.checkpoint().orElse(""))).isEqualTo(5);
    assertThat(other.checkpoint()).isNotEqualTo(honest.checkpoint());
    assertThat(other.publishedCheckpoint()).isEmpty();
  }

  void attach(TenantLog log, @org.jspecify.annotations.Nullable SecurityAlerts alerts) {
    log.publishWhen(new WitnessPolicy(witnesses.stream().map(WitnessEndpoint::key).toList(), 2));
    WitnessCall.Refusals refusals =
        alerts == null
            ? WitnessCall.Refusals.NONE
            : CheckpointWitnessing.refusalAlerts(TENANT, alerts);
    closing(
        CheckpointWitnessing.attach(
            log, witnesses, HttpClient.newHttpClient(), Duration.ofSeconds(5), refusals));
  }

  TransparencyLogs logsOn(Store store) {
    return closing(
        new TransparencyLogs(
            store.dataSource(), SigningKeys.in(logKeys), ORIGIN_PREFIX, Clock.systemUTC()));
  }

  <T extends AutoCloseable> T closing(T closeable) {
    open.add(closeable);
    return closeable;
  }

  Store store() {
    StoreLocation location = TestStores.fresh(kind);
    locations.add(location);
    return closing(Store.open(location));
  }

  WitnessEndpoint startWitness(String name, Path keys, TransparencyLogs logs) throws Exception {
    Witness witness =
        Witness.create(
            store().dataSource(),
            Witness.cosigner(SigningKeys.in(keys), name, Clock.systemUTC()),
            logs.verifierKeys(TENANT),
            Clock.systemUTC());
    WitnessServer server =
        closing(WitnessServer.start(witness, new InetSocketAddress("127.0.0.1", 0)));
    return new WitnessEndpoint(server.submissionPrefix(), witness.verifierKey());
  }

  static void append(TenantLog log, int n, String who) {
    for (int i = 0; i < n; i++) {
      log.append(
          TestRecords.read(
              who.replace(' ', '-') + "-" + i,
              "entry-co",
              List.of("e-1"),
              new Why("resident-tax", "c-" + i),
              "TOKEN-" + i,
              Set.of(Field.FAMILY_NAME),
              Instant.parse("2026-11-23T00:00:00Z")));
    }
  }

  static long size(String signed) {
    try {
      return signed.isEmpty() ? 0 : Checkpoint.parse(Note.parse(signed).text()).size();
    } catch (NoteException e) {
      return -1;
    }
  }
}
