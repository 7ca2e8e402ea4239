package mamori.witness;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import mamori.crypto.SigningKeys;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/**
 * Forks, bad proofs and races, on SQLite and PostgreSQL: the witness never cosigns two histories of
 * one log, records each refused signed checkpoint with both roots, and never rolls back.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class AddCheckpointTest {
  @Parameter TestStores.Kind kind;
  @TempDir Path keys;
  WitnessFixture w;
  final Logger logger = (Logger) LoggerFactory.getLogger(AddCheckpoint.class);
  final ListAppender<ILoggingEvent> warnings = new ListAppender<>();

  @BeforeEach
  void open() {
    w = new WitnessFixture(kind, keys);
    warnings.start();
    logger.addAppender(warnings);
  }

  @AfterEach
  void close() {
    logger.detachAppender(warnings);
    w.close();
  }

  @Test
  void badConsistencyProof_is422_andIsRecordedAsEvidence() throws Exception {
    assertThat(w.add(w.log.body(0, 5)).status()).isEqualTo(200);
    List<byte[]> wrong = w.log.proof(4, 12);
    WitnessAnswer answer = w.add(TestTree.body(5, wrong, w.log.note(12)));
    assertThat(answer.status()).isEqualTo(422);
    assertThat(w.held().size()).isEqualTo(5);
    assertThat(w.refusals())
        .singleElement()
        .satisfies(r -> {
          assertThat(r.heldRoot()).isEqualTo(w.log.root(5));
          assertThat(r.offeredRoot()).isEqualTo(w.log.root(12));
          assertThat(r.offeredNote()).isEqualTo(w.log.note(12));
          assertThat(r.proof()).hasSameSizeAs(wrong);
        });
    assertThat(w.add(w.log.body(5, 12)).status()).isEqualTo(200);
  }

  @Test
  void forkedCheckpointAtTheSameSize_isRefusedWith409_carryingBothRoots_recordedAndWarned()
      throws Exception {
    TestTree forked = w.log.fork("b").grow(20);
    assertThat(w.add(w.log.body(0, 9)).status()).isEqualTo(200);

    WitnessAnswer answer = w.add(forked.body(9, 9));

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.contentType()).isEqualTo("text/plain; charset=utf-8");
    String heldRoot = Base64.getEncoder().encodeToString(w.log.root(9));
    String forkRoot = Base64.getEncoder().encodeToString(forked.root(9));
    assertThat(answer.body()).contains("fork", heldRoot, forkRoot);
    assertThat(w.held().root()).isEqualTo(w.log.root(9));
    assertThat(w.refusals())
        .singleElement()
        .satisfies(r -> {
          assertThat(r.heldSize()).isEqualTo(9);
          assertThat(r.offeredSize()).isEqualTo(9);
          assertThat(r.heldRoot()).isEqualTo(w.log.root(9));
          assertThat(r.offeredRoot()).isEqualTo(forked.root(9));
          assertThat(r.offeredNote()).isEqualTo(forked.note(9));
        });
    assertThat(warnings.list)
        .anySatisfy(e -> {
          assertThat(e.getLevel()).isEqualTo(Level.WARN);
          assertThat(e.getFormattedMessage()).contains(w.log.origin, heldRoot, forkRoot);
        });
    assertThat(w.add(forked.body(9, 9)).status()).as("refused again, recorded once").isEqualTo(409);
    assertThat(w.refusals()).hasSize(1);
  }

  @Test
  void forkedCheckpointAtALargerSize_isRefusedWith422_evenWithItsOwnTreesProof() throws Exception {
    TestTree forked = w.log.fork("b").grow(20);
    assertThat(w.add(w.log.body(0, 9)).status()).isEqualTo(200);

    WitnessAnswer answer = w.add(forked.body(9, 14));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body())
        .contains(
            Base64.getEncoder().encodeToString(w.log.root(9)),
            Base64.getEncoder().encodeToString(forked.root(14)));
    assertThat(w.refusals())
        .singleElement()
        .satisfies(r -> assertThat(r.offeredRoot()).isEqualTo(forked.root(14)));
    assertThat(w.held().root()).isEqualTo(w.log.root(9));
    assertThat(w.add(w.log.body(9, 14)).status())
        .as("the true history still advances")
        .isEqualTo(200);
  }

  @Test
  void forkOfAFirstCheckpoint_isRefusedOnceTheOtherIsHeld() {
    TestTree forked = w.log.fork("b").grow(20);
    assertThat(w.add(forked.body(0, 3)).status()).isEqualTo(200);
    assertThat(w.add(w.log.body(0, 3)).status()).isEqualTo(409);
    assertThat(w.add(w.log.body(3, 3)).status()).isEqualTo(409);
    assertThat(w.add(w.log.body(3, 10)).status()).isEqualTo(422);
  }

  @Test
  void proofFromSizeZero_mustBeEmpty_else422() {
    assertThat(w.add(TestTree.body(0, w.log.proof(1, 5), w.log.note(5))).status()).isEqualTo(422);
    assertThat(w.add(w.log.body(0, 5)).status()).isEqualTo(200);
    assertThat(w.add(TestTree.body(5, w.log.proof(4, 5), w.log.note(5))).status())
        .as("same size, non-empty proof")
        .isEqualTo(422);
  }

  @Test
  void racingRequests_fromTwoWitnessProcessesOnOneStore_advanceOnlyOnce() throws Exception {
    w.log.grow(40);
    Witness other =
        w.newWitness(); // its own locks: only the store's compare-and-swap keeps them apart
    assertThat(w.add(w.log.body(0, 2)).status()).isEqualTo(200);
    long held = 2;
    for (int round = 0; round < 8; round++) {
      long a = held + 1 + round % 3;
      long b = held + 4;
      String bodyA = w.log.body(held, a);
      String bodyB = w.log.body(held, b);
      var first = CompletableFuture.supplyAsync(() -> w.add(bodyA));
      var second =
          CompletableFuture.supplyAsync(
              () -> other.addCheckpoint(bodyB.getBytes(StandardCharsets.UTF_8)));
      List<WitnessAnswer> answers = List.of(first.get(), second.get());
      assertThat(answers)
          .extracting(WitnessAnswer::status)
          .as("round %d", round)
          .containsExactlyInAnyOrder(200, 409);
      held = w.held().size();
      assertThat(held).isIn(a, b);
      WitnessAnswer lost =
          answers.stream().filter(x -> x.status() == 409).findFirst().orElseThrow();
      assertThat(lost.body()).isEqualTo(held + "\n");
    }
  }

  @Test
  void emptyTree_isCosignedOnlyWithTheEmptyRoot() throws Exception {
    TestTree empty = TestTree.create("empty.example/log");
    Witness witness =
        Witness.create(
            w.store.dataSource(),
            Witness.cosigner(SigningKeys.in(w.keys), "witness.example/w1", Clock.systemUTC()),
            List.of(empty.key()),
            Clock.systemUTC());
    assertThat(witness.addCheckpoint(empty.body(0, 0).getBytes(StandardCharsets.UTF_8)).status())
        .isEqualTo(200);
    String wrongRoot = new Checkpoint(empty.origin, 0, new byte[32]).text();
    String note = Note.of(wrongRoot, List.of(empty.signer.sign(wrongRoot))).toString();
    assertThat(
            witness
                .addCheckpoint(TestTree.body(0, List.of(), note).getBytes(StandardCharsets.UTF_8))
                .status())
        .isEqualTo(409);
  }
}
