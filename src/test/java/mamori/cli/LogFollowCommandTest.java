package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mamori.cli.LogCommand.AuditorFiles;
import mamori.log.verify.Note;
import mamori.log.verify.NoteSignature;
import mamori.log.verify.Rfc6962;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mamori log follow} against a log published by a server in the test, which the test can
 * make lie: a rewrite signed with the log's own key, a rollback, a split view, cosignatures by keys
 * not on the list, a bad proof. Every refusal exits 1 and leaves the state file as it was.
 */
class LogFollowCommandTest {
  private static final String T = PublishedLog.TENANT;
  private static final byte[] OTHER_ROOT = Rfc6962.leafHash(new byte[] {42});

  @TempDir Path temp;
  PublishedLog log;
  Path state;
  String at10;

  @BeforeEach
  void aLogOfTenCosignedByTwoWitnesses() throws Exception {
    System.setProperty(AuditorFiles.HOME, temp.resolve("home").toString());
    log = new PublishedLog(temp.resolve("data"));
    state = temp.resolve("follow-state.json");
    at10 = PublishedLog.cosigned(log.grow(10), log.ppc, log.city);
    log.publish(at10);
    log.publishWitnesses(2, log.ppc, log.city);
  }

  @AfterEach
  void tearDown() {
    System.clearProperty(AuditorFiles.HOME);
    log.close();
  }

  @Test
  void growthWithAValidProof_isAccepted_andEachNewCheckpointPrinted() throws Exception {
    CliRun first = follow();
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out())
        .contains(log.origin() + " size 10 root ")
        .contains("cosigned by ppc.example/witness, neighbour-city.example/witness")
        .contains("trusted on first use");
    assertThat(kept()).isEqualTo(at10);

    String at25 = PublishedLog.cosigned(log.grow(15), log.ppc, log.city);
    log.publish(at25);
    CliRun next = follow();
    assertThat(next.exit()).as(next.err()).isZero();
    assertThat(next.out()).contains("size 25 root ").doesNotContain("first use");
    assertThat(kept()).isEqualTo(at25);

    CliRun same = follow();
    assertThat(same.exit()).isZero();
    assertThat(same.out()).contains("size 25: no new checkpoint");
  }

  @Test
  void theDefaultState_isUnderTheHomeFolder_namedByTheOrigin() {
    CliRun r = CliRun.of("log", "follow", "--tenant", T, log.url(), "--once");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(temp.resolve("home").resolve("follow").resolve(AuditorFiles.sha256Hex(log.origin())))
        .isRegularFile();
  }

  @Test
  void aRewriteSignedWithTheLogKey_withTheOldCosignaturesCopied_isRefused() throws Exception {
    assertThat(follow().exit()).isZero();
    byte[] before = Files.readAllBytes(state);
    // the operator's rewrite: another tree of 20, signed with the log's keys, the witnesses'
    // lines of the checkpoint at 10 copied on
    String forged = log.signedByTheOperator(20, OTHER_ROOT);
    Note rewritten = Note.parse(forged);
    for (NoteSignature s : Note.parse(at10).signatures()) {
      if (s.keyName().endsWith("/witness")) {
        rewritten = rewritten.withSignature(s);
      }
    }
    log.publish(rewritten.toString());
    refused("not enough witness cosignatures: 0 of the 2 required", before);
  }

  @Test
  void aRewriteTheWitnessesCosignedToo_isRefusedAsInconsistent() throws Exception {
    assertThat(follow().exit()).isZero();
    byte[] before = Files.readAllBytes(state);
    log.grow(10);
    log.publish(log.signedByTheOperator(20, OTHER_ROOT, log.ppc, log.city));
    refused("fork: not consistent with the checkpoint held", before);
  }

  @Test
  void aBadProof_isRefused() throws Exception {
    assertThat(follow().exit()).isZero();
    byte[] before = Files.readAllBytes(state);
    log.publish(PublishedLog.cosigned(log.grow(10), log.ppc, log.city));
    log.proveWith((from, to) -> List.of(new byte[32], new byte[32]));
    refused("fork: not consistent with the checkpoint held", before);
  }

  @Test
  void aRollback_isRefused() throws Exception {
    log.publish(PublishedLog.cosigned(log.grow(15), log.ppc, log.city));
    assertThat(follow().exit()).isZero();
    byte[] before = Files.readAllBytes(state);
    log.publish(at10);
    refused("rollback: smaller than the checkpoint held", before);
  }

  @Test
  void aSplitView_sameSizeOtherRoot_isRefused() throws Exception {
    assertThat(follow().exit()).isZero();
    byte[] before = Files.readAllBytes(state);
    log.publish(log.signedByTheOperator(10, OTHER_ROOT, log.ppc, log.city));
    refused("fork: same size as the checkpoint held, different root", before);
  }

  @Test
  void polling_stopsAtTheFirstRefusal() throws Exception {
    assertThat(follow().exit()).isZero();
    byte[] before = Files.readAllBytes(state);
    log.publish(log.signedByTheOperator(10, OTHER_ROOT, log.ppc, log.city));
    CliRun r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () ->
                CliRun.of(
                    "log",
                    "follow",
                    "--tenant",
                    T,
                    log.url(),
                    "--state",
                    state.toString(),
                    "--every",
                    "1"));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("REFUSED: checkpoint refused: fork: same size");
    assertThat(Files.readAllBytes(state)).isEqualTo(before);
  }

  @Test
  void aCosignatureByAKeyNotOnTheList_doesNotCount() throws Exception {
    assertThat(follow().exit()).isZero();
    byte[] before = Files.readAllBytes(state);
    // the service now lists another witness; the list first seen still decides
    log.publishWitnesses(1, log.stranger);
    log.publish(PublishedLog.cosigned(log.grow(5), log.ppc, log.stranger));
    CliRun r = refused("not enough witness cosignatures: 1 of the 2 required", before);
    assertThat(r.err()).contains("warning: the witnesses listed differ from the ones first seen");
  }

  @Test
  void pinnedKeys_countOnlyThePinnedWitnesses() throws Exception {
    List<String> pinned = new ArrayList<>();
    for (String k : log.logKeys()) {
      pinned.addAll(List.of("--log-key", k));
    }
    pinned.addAll(List.of("--witness", log.ppc.verifierKey().toString(), "--quorum", "1"));
    log.publish(PublishedLog.cosigned(log.grow(1), log.city, log.stranger));
    CliRun r = follow(pinned.toArray(String[]::new));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("not enough witness cosignatures: 0 of the 1 required");
    assertThat(state).doesNotExist();

    log.publish(PublishedLog.cosigned(log.grow(1), log.ppc));
    CliRun ok = follow(pinned.toArray(String[]::new));
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("size 12 root ").contains("cosigned by ppc.example/witness");
  }

  @Test
  void badArguments_exitTwo() {
    CliRun r = follow("--witness", log.ppc.verifierKey().toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("with --log-key");
    CliRun q = follow("--log-key", log.logKeys().getFirst(), "--quorum", "1");
    assertThat(q.exit()).isEqualTo(2);
    assertThat(q.err()).contains("a quorum is from 0 to the number of witnesses (0)");
  }

  private CliRun refused(String reason, byte[] stateBefore) throws Exception {
    CliRun r = follow();
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("REFUSED: ").contains(reason).contains("unchanged");
    assertThat(Files.readAllBytes(state)).isEqualTo(stateBefore);
    return r;
  }

  private CliRun follow(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "log", "follow", "--tenant", T, log.url(), "--once", "--state", state.toString()));
    args.addAll(Arrays.asList(extra));
    return CliRun.of(args.toArray(String[]::new));
  }

  private String kept() throws Exception {
    return LogFollowCommand.load(state).orElseThrow().checkpoint();
  }
}
