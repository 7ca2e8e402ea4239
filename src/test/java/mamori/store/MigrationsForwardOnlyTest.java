package mamori.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Migrations only go forward: each is a versioned script, a released one is never edited (every
 * release's fixture folder under {@code src/test/resources/upgrade} holds the SHA-256 of the
 * migrations it shipped), and Flyway is configured so that it stays that way.
 */
class MigrationsForwardOnlyTest {
  static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  static final Path FIXTURES = Path.of("src/test/resources/upgrade");
  static final Pattern VERSIONED = Pattern.compile("V([1-9][0-9]*)__[a-z0-9_]+\\.sql");

  @Test
  void everyMigration_isAVersionedScriptWithItsOwnVersion() throws IOException {
    TreeMap<Integer, String> byVersion = new TreeMap<>();
    List<String> refused = new ArrayList<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        var m = VERSIONED.matcher(name);
        if (!m.matches()) {
          refused.add(name);
          continue;
        }
        String before = byVersion.put(Integer.parseInt(m.group(1)), name);
        assertThat(before).as("two migrations with one version: %s and %s", before, name).isNull();
      }
    }
    assertThat(refused)
        .as(
            "only versioned migrations V<n>__name.sql: repeatable (R__) and undo (U__) scripts are"
                + " not used, the way back is the backup taken before an upgrade")
        .isEmpty();
    assertThat(byVersion).isNotEmpty();
  }

  @Test
  void releasedMigrations_areUnchanged() throws IOException {
    List<Path> lists = releasedLists();
    assertThat(lists).as("at least the 0.1.0 release's list").isNotEmpty();
    List<String> changed = new ArrayList<>();
    for (Path list : lists) {
      String release = list.getParent().getFileName().toString();
      for (String line : Files.readAllLines(list)) {
        if (line.isBlank()) {
          continue;
        }
        String[] parts = line.trim().split("\\s+\\*?", 2);
        Path file = MIGRATIONS.resolve(parts[1]);
        if (!Files.exists(file)) {
          changed.add(parts[1] + " (released in " + release + ") is gone");
        } else if (!sha256(file).equals(parts[0])) {
          changed.add(parts[1] + " (released in " + release + ") was edited");
        }
      }
    }
    assertThat(changed)
        .as(
            "a released migration is never edited, renamed or removed: stores of that release ran"
                + " it already and Flyway would refuse them. Put the file back as released and add"
                + " a new migration (the next free version) instead")
        .isEmpty();
  }

  @Test
  void theFirstReleasesList_coversItsMigrationsUpToV44() throws IOException {
    List<String> lines =
        Files.readAllLines(FIXTURES.resolve("0.1.0/migrations.sha256")).stream()
            .filter(l -> !l.isBlank())
            .toList();
    assertThat(lines).hasSize(37);
    assertThat(lines.getFirst()).endsWith("V1__instance.sql");
    assertThat(lines.getLast()).endsWith("V44__log_bundle.sql");
  }

  @Test
  void flyway_validatesRunsInOrderNeverCleansAndIgnoresNothing() {
    for (Dialect d : Dialect.values()) {
      var c = Store.migrations(d);
      assertThat(c.isValidateOnMigrate()).isTrue();
      assertThat(c.isOutOfOrder()).isFalse();
      assertThat(c.isCleanDisabled()).isTrue();
      assertThat(c.getIgnoreMigrationPatterns())
          .as("no applied migration is ignored, a future one least of all")
          .isEmpty();
      assertThat(c.getLocations())
          .extracting(Object::toString)
          .containsExactly("classpath:db/migration");
    }
  }

  static List<Path> releasedLists() throws IOException {
    try (Stream<Path> dirs = Files.list(FIXTURES)) {
      return dirs.map(d -> d.resolve("migrations.sha256")).filter(Files::exists).sorted().toList();
    }
  }

  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
