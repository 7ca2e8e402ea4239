package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mamori keys check} says where each key is and exits 1 when the data folder holds one. */
class KeysCheckCommandTest {
  @TempDir Path temp;

  @Test
  void keysInTheDataFolder_areReported_exit1() throws Exception {
    Path data = temp.resolve("data");
    Files.createDirectories(data.resolve("keys"));
    Files.writeString(data.resolve("keys/root.key"), "{}");
    CliRun r = CliRun.of("keys", "check", "--data", data.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("INSIDE the data folder")
        .contains("OPENS every person's data")
        .contains("verdict: keys in the data folder");
  }

  @Test
  void keysElsewhere_exit0_andNothingIsCreated() throws Exception {
    Path data = Files.createDirectories(temp.resolve("data"));
    Path keys = Files.createDirectories(temp.resolve("keys"));
    Files.writeString(keys.resolve("root.key"), "{}");
    CliRun r = CliRun.of("keys", "check", "--data", data.toString(), "--keys", keys.toString());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out())
        .contains("outside the data folder")
        .contains("verdict: the data folder holds no key");
    try (var files = Files.list(data)) {
      assertThat(files).isEmpty();
    }
  }
}
