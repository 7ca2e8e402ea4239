package mamori.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
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
import mamori.log.TenantLog;
import mamori.log.TestRecords;
import mamori.log.TransparencyLogs;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.NoteException;
import mamori.log.verify.NoteVerifier;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * End to end on SQLite and PostgreSQL: a tenant's log sends its checkpoints to a witness started in
 * this process on a free port, and ends up storing them with the witness's cosignature.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
@Tag("timed") // it times itself: run alone, in the one-fork execution (docs/testing.md)
class CheckpointWitnessingTest {
  static final String TENANT = "demo-city";

  @Parameter TestStores.Kind kind;
  @TempDir Path logKeys;
  @TempDir Path witnessKeys;

  final List<AutoCloseable> open = new ArrayList<>();
  final List<StoreLocation> locations = new ArrayList<>();
  TransparencyLogs logs;
  TenantLog log;

  @BeforeEach
  void openLog() {
    Store store = store();
    logs =
        closing(
            new TransparencyLogs(
                store.dataSource(),
                SigningKeys.in(logKeys),
                "city.example/log",
                Clock.systemUTC()));
    log = logs.forTenant(TENANT);
  }

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : open.reversed()) {
      c.close();
    }
    locations.forEach(TestStores::drop);
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

  /** A witness of the tenant's log with its own store and key, served on a free port. */
  WitnessEndpoint startWitness(String name, Path keys) throws Exception {
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

  void append(int n) {
    for (int i = 0; i < n; i++) {
      log.append(
          TestRecords.read(
              "u-" + i,
              "entry-co",
              List.of("e-1"),
              new Why("resident-tax", "c-" + i),
              "TOKEN-" + i,
              Set.of(Field.FAMILY_NAME),
              Instant.parse("2026-11-23T00:00:00Z")));
    }
  }

  /**
   * Whether the latest stored checkpoint has {@code size} and a valid cosignature of {@code
   * witness}.
   */
  boolean cosignedAt(long size, WitnessEndpoint witness) {
    String note = log.checkpoint().orElse("");
    try {
      return Checkpoint.parse(Note.parse(note).text()).size() == size
          && NoteVerifier.of(witness.key()).open(note).verifiedBy().contains(witness.key());
    } catch (NoteException e) {
      return false;
    }
  }

  @Test
  void eachNewCheckpoint_isStoredWithTheWitnessCosignature_andTheLogsOwnSignatures()
      throws Exception {
    WitnessEndpoint witness = startWitness("witness.example/w1", witnessKeys);
    closing(CheckpointWitnessing.attach(log, List.of(witness)));

    append(5);
    await().atMost(Duration.ofSeconds(15)).until(() -> cosignedAt(5, witness));
    append(7);
    await().atMost(Duration.ofSeconds(15)).until(() -> cosignedAt(12, witness));

    String note = log.checkpoint().orElseThrow();
    assertThat(NoteVerifier.of(logs.verifierKeys(TENANT)).open(note).verifiedBy()).hasSize(2);
    assertThat(Note.parse(note).signatures()).hasSize(3);
  }

  @Test
  void aRestartedClient_learnsTheWitnessSizeFrom409_andCarriesOn() throws Exception {
    WitnessEndpoint witness = startWitness("witness.example/w1", witnessKeys);
    try (var first = CheckpointWitnessing.attach(log, List.of(witness))) {
      append(5);
      await().atMost(Duration.ofSeconds(15)).until(() -> cosignedAt(5, witness));
    }
    closing(CheckpointWitnessing.attach(log, List.of(witness))); // knows nothing: starts from old 0
    append(4);
    await().atMost(Duration.ofSeconds(15)).until(() -> cosignedAt(9, witness));
  }

  @Test
  void aWitnessThatNeverAnswers_neverSlowsAppends_andTheOtherWitnessStillCosigns()
      throws Exception {
    ServerSocket blackHole =
        closing(new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress()));
    List<Socket> held = new ArrayList<>();
    Thread.ofVirtual()
        .start(() -> {
          while (!blackHole.isClosed()) {
            try {
              held.add(blackHole.accept()); // accepts, reads nothing, answers nothing
            } catch (java.io.IOException e) {
              return;
            }
          }
        });
    WitnessEndpoint silent =
        new WitnessEndpoint(
            URI.create("http://127.0.0.1:" + blackHole.getLocalPort() + "/witness"),
            WitnessEndpoint.parse(
                    "http://x.example|" + WitnessEndpointTest.cosignerKey("silent.example/w"))
                .key());
    WitnessEndpoint working = startWitness("witness.example/w1", witnessKeys);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    closing(
        CheckpointWitnessing.attach(log, List.of(silent, working), http, Duration.ofSeconds(2)));

    long slowest = 0;
    long until = System.nanoTime() + Duration.ofMillis(2_500).toNanos();
    int appended = 0;
    while (System.nanoTime() < until) {
      long start = System.nanoTime();
      append(1);
      appended++;
      slowest = Math.max(slowest, System.nanoTime() - start);
    }
    assertThat(Duration.ofNanos(slowest)).isLessThan(Duration.ofSeconds(1));
    int total = appended;
    await().atMost(Duration.ofSeconds(20)).until(() -> cosignedAt(total, working));
    assertThat(
            NoteVerifier.of(logs.verifierKeys(TENANT))
                .open(log.checkpoint().orElseThrow())
                .verifiedBy())
        .hasSize(2);
    for (Socket s : held) {
      s.close();
    }
  }
}
