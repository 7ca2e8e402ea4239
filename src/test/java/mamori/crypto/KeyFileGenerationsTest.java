package mamori.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key file's generations seen from two processes (two instances over one file), and the stray
 * temporary key files a crash leaves, wiped with zeros before they are deleted.
 */
class KeyFileGenerationsTest {
  private static final byte[] AD = "tenant/a/field".getBytes(StandardCharsets.UTF_8);
  private static final byte[] KEY =
      "a data key of thirty-two bytes!!".getBytes(StandardCharsets.UTF_8);

  @TempDir Path temp;

  private Path file() {
    return temp.resolve("root.key");
  }

  private KeyFileRootKey open() {
    return (KeyFileRootKey) KeyFileRootKey.load(file()).orElseThrow();
  }

  /** A temporary key file as a crash between writing and moving leaves it, with a hard link. */
  private Path stray(int size, Path link) throws Exception {
    Path stray = Files.createTempFile(temp, ".root.key.", ".tmp");
    byte[] content = new byte[size];
    Arrays.fill(content, (byte) 0x5a);
    Files.write(stray, content);
    Files.createLink(link, stray);
    return stray;
  }

  @Test
  void wipeStrays_overwritesEachWithZerosOfItsOwnLength_thenDeletesIt() throws Exception {
    Path big = stray(10_000, temp.resolve("big.link"));
    Path small = stray(100, temp.resolve("small.link"));
    Path other = Files.writeString(temp.resolve("notes.txt"), "kept");

    KeyFileRootKey.wipeStrays(temp);

    assertThat(big).doesNotExist();
    assertThat(small).doesNotExist();
    assertThat(Files.readAllBytes(temp.resolve("big.link"))).hasSize(10_000).containsOnly(0);
    assertThat(Files.readAllBytes(temp.resolve("small.link"))).hasSize(100).containsOnly(0);
    assertThat(other).hasContent("kept");
  }

  @Test
  void addingAndDestroyingGenerations_wipeStrayTemporaryFiles() throws Exception {
    KeyFileRootKey.create(file());
    KeyFileRootKey key = open();
    Path first = stray(50, temp.resolve("first.link"));
    key.addGeneration();
    assertThat(first).doesNotExist();
    assertThat(Files.readAllBytes(temp.resolve("first.link"))).containsOnly(0);

    Path second = stray(50, temp.resolve("second.link"));
    key.destroyOlderGenerations();
    assertThat(second).doesNotExist();
    assertThat(Files.readAllBytes(temp.resolve("second.link"))).containsOnly(0);

    Path third = stray(50, temp.resolve("third.link"));
    key.destroyOlderGenerations(); // one generation: nothing to destroy, the stray still goes
    assertThat(third).doesNotExist();
  }

  @Test
  void aValueWrappedUnderAGenerationAddedByAnotherProcess_opens() throws Exception {
    KeyFileRootKey.create(file());
    KeyFileRootKey here = open();
    KeyFileRootKey there = open();
    int added = there.addGeneration();
    byte[] wrapped = there.wrap(KEY, AD);

    assertThat(here.unwrap(wrapped, AD)).isEqualTo(KEY);
    assertThat(here.generations()).hasSize(2).endsWith(added);
  }

  @Test
  void olderGenerationsDestroyedByAnotherProcess_areGoneHereToo() throws Exception {
    KeyFileRootKey.create(file());
    KeyFileRootKey there = open();
    int added = there.addGeneration();
    KeyFileRootKey here = open();
    assertThat(here.generations()).hasSize(2);

    there.destroyOlderGenerations(); // the current key stays: same primary, fewer keys

    assertThat(here.generations()).containsExactly(added);
  }
}
