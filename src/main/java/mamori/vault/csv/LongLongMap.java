package mamori.vault.csv;

/**
 * Non-negative long keys to long values in two primitive arrays with open addressing and linear
 * probing: 16 bytes a slot at most half full, so a million twelve-digit numbers with their line
 * numbers take 32 MB instead of the hundred or so that boxed keys in a {@code HashMap} would. Keys
 * are stored plus one so that an empty slot is 0.
 */
public final class LongLongMap {
  private long[] keys;
  private long[] values;
  private int size;

  public LongLongMap() {
    keys = new long[1 << 12];
    values = new long[1 << 12];
  }

  /**
   * Maps {@code key} to {@code value} unless it is there already.
   *
   * @return -1 when it was added, else the value it already had
   */
  public long putIfAbsent(long key, long value) {
    if (key < 0 || key == Long.MAX_VALUE) {
      throw new IllegalArgumentException("key out of range");
    }
    int slot = find(keys, key + 1);
    if (keys[slot] != 0) {
      return values[slot];
    }
    keys[slot] = key + 1;
    values[slot] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
    return -1;
  }

  public int size() {
    return size;
  }

  private static int find(long[] keys, long stored) {
    int mask = keys.length - 1;
    int slot = (int) mix(stored) & mask;
    while (keys[slot] != 0 && keys[slot] != stored) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = find(keys, oldKeys[i]);
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }

  /** The finaliser of MurmurHash3's 64-bit hash: spreads numbers that differ in a few digits. */
  private static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    return k ^ (k >>> 33);
  }
}
