package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import mamori.cli.LogCommand.AuditorFiles;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.store.Store;
import mamori.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The truncation attack on {@code mamori log verify}: with the service stopped, the operator cuts
 * the log back to an earlier signed checkpoint. The log is then consistent with itself, so a
 * verification with nothing to compare with answers ok; a checkpoint trusted from outside the data
 * folder (a witness's, given with --against, or the one the last verification kept) refuses it.
 */
class LogVerifyTruncationTest {
  private static final String T = PublishedLog.TENANT;

  @TempDir Path temp;
  PublishedLog log;
  Path data;
  String at300;
  String at500;

  @BeforeEach
  void aLogWithACheckpointAt300AndACosignedOneAt500() throws Exception {
    System.setProperty(AuditorFiles.HOME, temp.resolve("home").toString());
    data = temp.resolve("data");
    log = new PublishedLog(data);
    at300 = log.grow(300);
    at500 = PublishedLog.cosigned(log.grow(200), log.ppc, log.city);
  }

  @AfterEach
  void tearDown() {
    System.clearProperty(AuditorFiles.HOME);
    log.close();
  }

  @Test
  void truncation_passesAlone_butNotAgainstTheKeptOrAWitnessesCheckpoint() throws Exception {
    CliRun before = verify();
    assertThat(before.exit()).isZero();
    assertThat(before.out())
        .contains("demo-city: ok, 500 entries")
        .contains("no checkpoint kept by an earlier verification")
        .contains("kept the checkpoint of size 500 in " + keptFile());
    byte[] kept = Files.readAllBytes(keptFile());
    Path witnessed = temp.resolve("witnessed-checkpoint.txt");
    Files.writeString(witnessed, at500);
    log.serve("/witness/checkpoint", at500);

    cutBack(data, T, at300);

    CliRun alone = verify("--keep", temp.resolve("fresh-1").toString());
    assertThat(alone.exit()).as(alone.out()).isZero();
    assertThat(alone.out()).startsWith("demo-city: ok, 300 entries");

    CliRun againstKept = verify();
    assertThat(againstKept.exit()).isEqualTo(1);
    assertThat(againstKept.out())
        .contains(
            "demo-city: FAILED: the log has 300 entries, fewer than the 500 of the checkpoint kept"
                + " by the last verification ("
                + keptFile()
                + "): it was cut back (truncated)");
    assertThat(Files.readAllBytes(keptFile())).isEqualTo(kept);

    CliRun againstFile =
        verify("--keep", temp.resolve("fresh-2").toString(), "--against", witnessed.toString());
    assertThat(againstFile.exit()).isEqualTo(1);
    assertThat(againstFile.out())
        .contains("FAILED: the log has 300 entries, fewer than the 500 of the trusted checkpoint");
    assertThat(temp.resolve("fresh-2")).doesNotExist();

    CliRun againstUrl =
        verify(
            "--keep",
            temp.resolve("fresh-3").toString(),
            "--against",
            log.url() + "/witness/checkpoint");
    assertThat(againstUrl.exit()).isEqualTo(1);
    assertThat(againstUrl.out()).contains("fewer than the 500 of the trusted checkpoint (http://");
  }

  @Test
  void truncationAndRegrowth_isRefusedAtTheSameSize_forItsOtherRoot() throws Exception {
    Path witnessed = temp.resolve("witnessed-checkpoint.txt");
    Files.writeString(witnessed, at500);
    cutBack(data, T, at300);
    log.grow(200);

    CliRun alone = verify("--keep", temp.resolve("fresh").toString());
    assertThat(alone.exit()).as(alone.out()).isZero();
    assertThat(alone.out()).startsWith("demo-city: ok, 500 entries");

    CliRun against =
        verify("--keep", temp.resolve("fresh-2").toString(), "--against", witnessed.toString());
    assertThat(against.exit()).isEqualTo(1);
    assertThat(against.out())
        .contains("FAILED: the log's root at size 500 is ")
        .contains("but the trusted checkpoint (" + witnessed + ") has ")
        .contains("its history was rewritten");
  }

  @Test
  void theKeptCheckpoint_isCheckedAndAdvances_andCanBeSkippedWithAWarning() throws Exception {
    assertThat(verify().exit()).isZero();
    log.grow(10);
    CliRun next = verify();
    assertThat(next.exit()).isZero();
    assertThat(next.out())
        .contains("holds the checkpoint of size 500 kept by the last verification (" + keptFile())
        .contains("kept the checkpoint of size 510");
    assertThat(Files.readString(keptFile())).contains("\n510\n");

    cutBack(data, T, at300);
    CliRun skipped = verify("--no-kept");
    assertThat(skipped.exit()).isZero();
    assertThat(skipped.out())
        .contains("warning: not checked against the checkpoint kept by the last verification")
        .contains("kept the checkpoint of size 300");
  }

  @Test
  void aCheckpointTrustedFromOutside_mustBeThisLogs() throws Exception {
    Path other = temp.resolve("other");
    try (PublishedLog another = new PublishedLog(temp.resolve("other-data"))) {
      Files.writeString(other, another.grow(3));
    }
    CliRun r = verify("--against", other.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("is not a checkpoint signed by this log's key");

    Path holds = temp.resolve("holds");
    Files.writeString(holds, at300);
    CliRun ok = verify("--against", holds.toString());
    assertThat(ok.exit()).as(ok.out()).isZero();
    assertThat(ok.out()).contains("holds the trusted checkpoint " + holds);
  }

  @Test
  void badArguments_exitTwo() {
    assertThat(CliRun.of("log", "verify", "--data", data.toString(), "--against", "x").exit())
        .isEqualTo(2);
    CliRun inside = verify("--keep", data.resolve("kept").toString());
    assertThat(inside.exit()).isEqualTo(2);
    assertThat(inside.err()).contains("inside the data folder");
    assertThat(verify("--against", temp.resolve("missing").toString()).err())
        .contains("cannot read it");
  }

  private CliRun verify(String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("log", "verify", "--tenant", T, "--data", data.toString()));
    args.addAll(Arrays.asList(extra));
    return CliRun.of(args.toArray(String[]::new));
  }

  private Path keptFile() {
    return temp.resolve("home")
        .resolve("verified")
        .resolve(AuditorFiles.sha256Hex(log.origin() + "\n" + log.logKeys().getFirst()));
  }

  /**
   * THE TRUNCATION ATTACK, done by hand on the stored tables with the service stopped: the entries,
   * person index rows, checkpoints and tiles beyond {@code checkpoint}'s size are deleted (partial
   * tiles cut to their width at that size) and the state row set to that checkpoint. This is the
   * one place that knows the log's tables (log_bundle, log_person, log_checkpoint, log_tile,
   * log_state).
   */
  static void cutBack(Path data, String tenant, String checkpoint) throws Exception {
    Checkpoint cp = Checkpoint.parse(Note.parse(checkpoint).text());
    long n = cp.size();
    try (Store store = Store.open(new StoreLocation.Embedded(data))) {
      var jdbc = store.jdbc();
      // entries: bundles of 256; the bundle holding entry n is cut to its first n % 256 entries
      jdbc.sql("DELETE FROM log_bundle WHERE tenant_id = ? AND bundle_index > ?")
          .params(tenant, (n - 1) / 256)
          .update();
      if (n % 256 != 0) {
        List<byte[]> kept =
            mamori.log.verify.EntryBundle.split(
                    mamori.log.StoredBundles.read(jdbc, tenant, n / 256))
                .subList(0, (int) (n % 256));
        byte[][] all = kept.toArray(byte[][]::new);
        mamori.log.StoredBundles.write(
            jdbc, tenant, n / 256, mamori.log.verify.EntryBundle.join(all, 0, all.length));
      }
      jdbc.sql("DELETE FROM log_person WHERE tenant_id = ? AND seq >= ?")
          .params(tenant, n)
          .update();
      jdbc.sql("DELETE FROM log_checkpoint WHERE tenant_id = ? AND tree_size > ?")
          .params(tenant, n)
          .update();
      record Tile(int level, long index, byte[] hashes) {}
      List<Tile> tiles =
          jdbc.sql("SELECT tile_level, tile_index, hashes FROM log_tile WHERE tenant_id = ?")
              .params(tenant)
              .query((rs, i) -> new Tile(rs.getInt(1), rs.getLong(2), rs.getBytes(3)))
              .list();
      for (Tile t : tiles) {
        long width = (n >> (8 * t.level())) - 256 * t.index();
        if (width <= 0) {
          jdbc.sql("DELETE FROM log_tile WHERE tenant_id = ? AND tile_level = ? AND tile_index = ?")
              .params(tenant, t.level(), t.index())
              .update();
        } else if (width * 32 < t.hashes().length) {
          jdbc.sql(
                  "UPDATE log_tile SET hashes = ? WHERE tenant_id = ? AND tile_level = ? AND"
                      + " tile_index = ?")
              .params(Arrays.copyOf(t.hashes(), (int) width * 32), tenant, t.level(), t.index())
              .update();
        }
      }
      jdbc.sql("UPDATE log_state SET tree_size = ?, root_hash = ? WHERE tenant_id = ?")
          .params(n, cp.root(), tenant)
          .update();
    }
  }
}
