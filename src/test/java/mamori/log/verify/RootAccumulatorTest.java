package mamori.log.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RootAccumulatorTest {

  @Test
  void emptyAccumulator_givesTheEmptyRoot() {
    RootAccumulator accumulator = new RootAccumulator();
    assertThat(accumulator.size()).isZero();
    assertThat(accumulator.root()).isEqualTo(Rfc6962.emptyRoot());
  }

  @Test
  void publishedEntries_giveThePublishedRootAtEverySize() {
    RootAccumulator accumulator = new RootAccumulator();
    for (int size = 1; size <= Rfc6962Test.ENTRIES.size(); size++) {
      accumulator.addEntry(Rfc6962Test.ENTRIES.get(size - 1));
      assertThat(accumulator.root()).as("size %d", size).isEqualTo(Rfc6962Test.ROOTS.get(size - 1));
    }
    assertThat(accumulator.size()).isEqualTo(8);
  }

  @Test
  void everySizeUpTo1100_matchesTheReferenceTree() {
    ReferenceTree tree = ReferenceTree.ofEntries(1100);
    RootAccumulator accumulator = new RootAccumulator();
    for (int size = 1; size <= 1100; size++) {
      accumulator.add(tree.leaf(size - 1));
      if (size < 70 || size % 97 == 0 || Integer.bitCount(size) == 1) {
        assertThat(accumulator.root()).as("size %d", size).isEqualTo(tree.root(size));
      }
    }
  }

  @Test
  void leafHashesAtAnOffsetInABuffer_areReadInPlace() {
    byte[] buffer = new byte[3 * 32 + 5];
    System.arraycopy(Rfc6962.leafHash("a"), 0, buffer, 5, 32);
    System.arraycopy(Rfc6962.leafHash("b"), 0, buffer, 37, 32);
    System.arraycopy(Rfc6962.leafHash("c"), 0, buffer, 69, 32);
    RootAccumulator accumulator = new RootAccumulator();
    for (int offset = 5; offset < buffer.length; offset += 32) {
      accumulator.add(buffer, offset);
    }
    RootAccumulator byEntry = new RootAccumulator();
    for (String entry : new String[] {"a", "b", "c"}) {
      byte[] bytes = ("xx" + entry).getBytes(StandardCharsets.UTF_8);
      byEntry.addEntry(bytes, 2, 1);
    }
    assertThat(accumulator.root()).isEqualTo(byEntry.root());
  }

  @Test
  void readingTheRoot_doesNotChangeTheStream() {
    RootAccumulator read = new RootAccumulator();
    RootAccumulator unread = new RootAccumulator();
    for (int i = 0; i < 100; i++) {
      read.addEntry(new byte[] {(byte) i});
      unread.addEntry(new byte[] {(byte) i});
      read.root();
    }
    assertThat(read.root()).isEqualTo(unread.root());
  }
}
