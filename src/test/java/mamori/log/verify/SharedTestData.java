package mamori.log.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the vectors in ../shared/testdata; a missing folder fails the test, it never skips it. */
final class SharedTestData {
  private SharedTestData() {}

  static Path merkle() {
    String shared = System.getProperty("mamori.shared", "../shared");
    Path merkle = Path.of(shared, "testdata", "merkle").toAbsolutePath().normalize();
    assertThat(Files.isDirectory(merkle))
        .as("RFC 6962 vectors at %s (system property mamori.shared)", merkle)
        .isTrue();
    return merkle;
  }
}
