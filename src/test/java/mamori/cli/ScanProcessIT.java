package mamori.cli;

import static mamori.cli.ScanCommandTest.A;
import static mamori.cli.ScanCommandTest.B;
import static mamori.cli.ScanCommandTest.assertNoFullNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mamori scan} as its own process, in a heap far smaller than the file it scans. */
class ScanProcessIT {
  @TempDir Path dir;

  /**
   * The real command in its own JVM with a 48 MB heap scans a 200 MB file that is one single line,
   * with numbers at its start and end: the text streams through a fixed buffer instead of being
   * held whole.
   */
  @Test
  void hugeSingleLineFile_isScannedInASmallHeap() throws IOException, InterruptedException {
    Path huge = dir.resolve("huge.txt");
    String unit = "氏名 山田太郎 電話 090-1234-5678 住所 東京都千代田区1-2-3 ".repeat(100);
    long target = 200L * 1024 * 1024;
    try (BufferedWriter w = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
      w.write("個人番号 " + A + " ");
      long unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
      for (long written = 0; written < target; written += unitBytes) {
        w.write(unit);
      }
      w.write(" ID" + B);
    }
    assertThat(Files.size(huge)).isGreaterThan(target);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx48m",
                "-cp",
                System.getProperty("java.class.path"),
                MamoriCommand.class.getName(),
                "scan",
                huge.toString())
            .redirectErrorStream(false)
            .start();
    List<String> out = new ArrayList<>();
    Thread errDrain =
        Thread.ofVirtual()
            .start(() -> {
              try {
                p.getErrorStream().transferTo(OutputStream.nullOutputStream());
              } catch (IOException ignored) {
                // the exit code tells
              }
            });
    try (var reader = p.inputReader(StandardCharsets.UTF_8)) {
      reader.lines().forEach(out::add);
    }
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    errDrain.join();
    String all = String.join("\n", out);
    assertNoFullNumber(all);
    assertThat(p.exitValue()).isEqualTo(1);
    assertThat(out)
        .containsExactly(
            huge + ":line 1: ****-****-9018 high (context 個人番号)",
            huge + ":line 1: ****-****-1093 high (context 個人番号)");
  }
}
