package mamori.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The peak of this JVM's heap over a stretch of time: every heap pool's peak is reset at {@link
 * #start} and read at {@link #peakMegabytes}. The sum of the pools' peaks may count a little more
 * than was ever in use at one moment (the pools peak at different times), never less.
 */
final class PeakHeap {
  private final List<MemoryPoolMXBean> pools;

  private PeakHeap(List<MemoryPoolMXBean> pools) {
    this.pools = pools;
  }

  /** Resets every heap pool's peak and starts watching. */
  static PeakHeap start() {
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    return new PeakHeap(heap);
  }

  /** The sum of the heap pools' peaks since {@link #start}, in MiB, rounded up. */
  long peakMegabytes() {
    long bytes = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return (bytes + (1 << 20) - 1) >> 20;
  }
}
