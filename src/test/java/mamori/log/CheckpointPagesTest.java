package mamori.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import mamori.log.storage.LogStorage.StoredCheckpoint;
import org.junit.jupiter.api.Test;

/**
 * Verification reads the stored checkpoints a page at a time, in size order, and still sees every
 * one of them: none skipped or repeated at a page's edge.
 */
class CheckpointPagesTest {
  private static List<Long> walk(CheckpointPublisherTest.Checkpoints store) {
    List<Long> sizes = new ArrayList<>();
    var pages = new LogVerifier.CheckpointPages(store, "city");
    while (pages.hasNext()) {
      sizes.add(pages.next().size());
    }
    assertThatThrownBy(pages::next).isInstanceOf(NoSuchElementException.class);
    return sizes;
  }

  @Test
  void manyPages_giveEveryCheckpointOnceInSizeOrder() {
    var store = new CheckpointPublisherTest.Checkpoints();
    int count = LogVerifier.CheckpointPages.PAGE * 2 + 37;
    List<Long> expected = new ArrayList<>();
    for (long size = count; size >= 1; size--) { // saved out of order: the store orders them
      store.saveCheckpoint("city", new StoredCheckpoint(size * 3, "note " + size, size));
    }
    for (long size = 1; size <= count; size++) {
      expected.add(size * 3);
    }
    assertThat(walk(store)).containsExactlyElementsOf(expected);
  }

  @Test
  void exactlyFullPages_andNoCheckpoints_endCleanly() {
    var store = new CheckpointPublisherTest.Checkpoints();
    assertThat(walk(store)).isEmpty();
    for (long size = 1; size <= LogVerifier.CheckpointPages.PAGE; size++) {
      store.saveCheckpoint("city", new StoredCheckpoint(size, "note", size));
    }
    assertThat(walk(store))
        .hasSize(LogVerifier.CheckpointPages.PAGE)
        .startsWith(1L)
        .endsWith(1000L);
  }
}
