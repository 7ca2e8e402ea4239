package mamori.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mamori.crypto.SigningKeys;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Crash safety: a process appending hard is killed with SIGKILL. After restart the log verifies,
 * every acknowledged append is there at its index, and every checkpoint the dead process signed is
 * a checkpoint of the tree that survived. A proof of endurance (a child JVM appending for seconds
 * before its kill, on each store): run by {@code ./mamori test --heavy}, CI's second step.
 */
@Tag("heavy")
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class LogCrashTest {
  @Parameter TestStores.Kind kind;
  @TempDir Path keys;

  @Test
  void sigkillDuringHeavyAppending_losesNothingAcknowledged_andContradictsNoCheckpoint()
      throws Exception {
    StoreLocation location = TestStores.fresh(kind);
    String where =
        location instanceof StoreLocation.Server s
            ? s.jdbcUrl()
            : ((StoreLocation.Embedded) location).folder().toString();
    Store.open(location).close(); // migrate first, so the child starts appending at once
    Path errLog = Files.createTempFile("crash-child", ".log");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                CrashAppender.class.getName(),
                where,
                keys.toString())
            .redirectError(errLog.toFile())
            .start();
    Map<Long, String> acknowledged = new HashMap<>();
    List<String> signed = new ArrayList<>();
    try (var lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      long killAt = Long.MAX_VALUE;
      for (String line; (line = lines.readLine()) != null; ) {
        if (line.equals("ready")) {
          killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2_500);
        } else if (line.startsWith("ack ")) {
          String[] p = line.split(" ");
          acknowledged.put(Long.parseLong(p[1]), p[2]);
        } else if (line.startsWith("cp ")) {
          signed.add(
              new String(Base64.getDecoder().decode(line.substring(3)), StandardCharsets.UTF_8));
        }
        if (System.nanoTime() > killAt && signed.size() >= 2) {
          child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flush
          break;
        }
      }
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(acknowledged)
        .as("acknowledged appends before the kill; child log: %s", Files.readString(errLog))
        .hasSizeGreaterThan(100);
    assertThat(signed).isNotEmpty();

    try (Store store = Store.open(location);
        TransparencyLogs logs =
            new TransparencyLogs(
                store.dataSource(), SigningKeys.in(keys), "test.example/log", Clock.systemUTC())) {
      LogVerifier.Report report = LogVerifier.verify(logs, "crash-city", n -> {});
      assertThat(report.problem()).isEmpty();
      TenantLog log = logs.forTenant("crash-city");
      for (var ack : acknowledged.entrySet()) {
        assertThat(HexFormat.of().formatHex(log.leafHash(ack.getKey())))
            .as("entry %d", ack.getKey())
            .isEqualTo(ack.getValue());
      }
      for (String note : signed) {
        Checkpoint cp = Checkpoint.parse(Note.parse(note).text());
        assertThat(cp.size()).isLessThanOrEqualTo(log.size());
        assertThat(log.root(cp.size())).as("checkpoint at %d", cp.size()).isEqualTo(cp.root());
      }
      long next = log.append(TenantLogTest.record(1));
      assertThat(next).isEqualTo(report.entries());
    } finally {
      TestStores.drop(location);
      Files.deleteIfExists(errLog);
    }
  }
}
