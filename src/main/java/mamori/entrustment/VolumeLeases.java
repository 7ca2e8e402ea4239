package mamori.entrustment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/*
 * Design. Counting every access in the store would make every read a write, and on SQLite every write a
 * disk sync: the counters would set the pace of all reads. Instead this instance leases blocks of
 * volume: the stored counter is moved up by a block within the cap (VolumeTable.lease), and accesses are
 * then counted here, in memory, until the block is spent. The stored counter is therefore always at least
 * the true count, whatever happens: a crash loses only leased volume that nobody used, and several
 * instances sharing one store can never pass a cap together (each can only refuse early, by at most the
 * blocks the others hold, and blocks shrink near the cap). On close, unused blocks are given back.
 * A chain is counted link by link, root first, holding each link's lock: two chains that share links
 * share them as a common prefix, so they take the locks in the same order and cannot deadlock.
 */
/** This instance's daily volume: leased from {@link VolumeTable} in blocks, counted in memory. */
final class VolumeLeases {
  static final long MAX_BLOCK = 256;

  private record Key(String tenant, String entrustmentId, LocalDate day) {}

  private static final class Allowance {
    final ReentrantLock lock = new ReentrantLock();
    long leased;
    long used;
  }

  private final VolumeTable table;
  private final Map<Key, Allowance> allowances = new ConcurrentHashMap<>();

  VolumeLeases(VolumeTable table) {
    this.table = table;
  }

  /**
   * Counts {@code n} on every link of {@code day}, root first; false (and nothing counted) when one
   * cap would pass.
   */
  boolean tryConsume(String tenant, List<VolumeTable.Link> links, LocalDate day, long n) {
    List<Allowance> held = new ArrayList<>(links.size());
    try {
      for (VolumeTable.Link link : links) {
        Allowance a = allowance(new Key(tenant, link.entrustmentId(), day));
        a.lock.lock();
        held.add(a);
        if (a.leased - a.used < n) {
          a.leased += table.lease(tenant, link, day, n - (a.leased - a.used), MAX_BLOCK);
          if (a.leased - a.used < n) {
            return false;
          }
        }
      }
      for (Allowance a : held) {
        a.used += n;
      }
      return true;
    } finally {
      for (int i = held.size() - 1; i >= 0; i--) {
        held.get(i).lock.unlock();
      }
    }
  }

  /**
   * Un-counts {@code n} accesses {@link #tryConsume} counted on every link but that did not happen
   * (their record was never logged): the units go back to this instance's leased blocks.
   */
  void refund(String tenant, List<VolumeTable.Link> links, LocalDate day, long n) {
    for (VolumeTable.Link link : links) {
      Allowance a = allowances.get(new Key(tenant, link.entrustmentId(), day));
      if (a == null) {
        continue;
      }
      a.lock.lock();
      try {
        a.used -= Math.min(n, a.used);
      } finally {
        a.lock.unlock();
      }
    }
  }

  /**
   * The accesses counted on a day: the stored counter less what this instance leased and has not
   * used.
   */
  long count(String tenant, String entrustmentId, LocalDate day) {
    Allowance a = allowances.get(new Key(tenant, entrustmentId, day));
    if (a == null) {
      return table.count(tenant, entrustmentId, day);
    }
    a.lock.lock();
    try {
      return table.count(tenant, entrustmentId, day) - (a.leased - a.used);
    } finally {
      a.lock.unlock();
    }
  }

  /**
   * Whether this instance still holds leased volume for the day: then the cap is not reached yet.
   */
  boolean holdsRoom(String tenant, String entrustmentId, LocalDate day) {
    Allowance a = allowances.get(new Key(tenant, entrustmentId, day));
    return a != null && a.leased > a.used;
  }

  /** Gives every unused block back to the store; the leases start again from nothing. */
  void giveBack() {
    for (Map.Entry<Key, Allowance> e : allowances.entrySet()) {
      Allowance a = e.getValue();
      a.lock.lock();
      try {
        long unused = a.leased - a.used;
        if (unused > 0) {
          table.giveBack(e.getKey().tenant(), e.getKey().entrustmentId(), e.getKey().day(), unused);
          a.leased = a.used;
        }
      } finally {
        a.lock.unlock();
      }
    }
  }

  private Allowance allowance(Key key) {
    Allowance a = allowances.get(key);
    if (a != null) {
      return a;
    }
    // a new day: the days before yesterday count against nothing any more
    allowances.keySet().removeIf(k -> k.day().isBefore(key.day().minusDays(1)));
    return allowances.computeIfAbsent(key, k -> new Allowance());
  }
}
