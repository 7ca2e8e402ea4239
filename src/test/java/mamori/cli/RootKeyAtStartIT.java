package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import mamori.WebServer;
import mamori.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service opens the root key while it starts: a lost key stops the start with its reason. */
class RootKeyAtStartIT {
  @TempDir Path temp;

  @Test
  void firstStart_makesAnOwnerOnlyRootKey_andALostKeyStopsTheNextStart() throws Exception {
    StoreLocation store = new StoreLocation.Embedded(temp.resolve("data"));
    WebServer.start(store, 0).close();
    Path key = temp.resolve("data/keys/root.key");
    assertThat(key).exists();
    assertThat(Files.getPosixFilePermissions(key)).allMatch(p -> p.name().startsWith("OWNER_"));

    Files.move(key, temp.resolve("elsewhere.key"));
    Throwable failure = catchThrowable(() -> WebServer.start(store, 0).close());

    assertThat(ErrorHandler.message(failure))
        .contains("root key file", "is missing", "restore the file from backup");
    assertThat(key).doesNotExist();
  }
}
