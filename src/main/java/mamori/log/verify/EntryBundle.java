package mamori.log.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * C2SP tlog-tiles entry bundles: the entries {@code N * 256} to {@code N * 256 + 255} of a log,
 * each as a big-endian uint16 length and its bytes, one after the other; the last bundle of a log
 * holds fewer (a partial bundle). Mamori stores its entries this way and serves the same bytes to
 * auditors, so an entry is at most {@link #MAX_ENTRY} bytes.
 */
public final class EntryBundle {
  /** The entries of a full bundle. */
  public static final int WIDTH = 256;

  /** The largest entry a uint16 length can carry. */
  public static final int MAX_ENTRY = 0xFFFF;

  private EntryBundle() {}

  /** Receives the entries of a bundle in order, each as a range of the bundle's bytes. */
  public interface EntryVisitor {
    /** Entry {@code k} of the bundle is {@code bundle[offset, offset + length)}. */
    void entry(int k, byte[] bundle, int offset, int length);
  }

  /** A bundle whose bytes are not a run of length-prefixed entries; the message says where. */
  public static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int entries;

    MalformedException(String message, int entries) {
      super(message);
      this.entries = entries;
    }

    /** How many whole entries came before the fault. */
    public int entries() {
      return entries;
    }
  }

  /**
   * Hands the entries of {@code bundle} to {@code visitor} in order and returns how many there are.
   *
   * @throws MalformedException when the bytes end inside a length or inside an entry (a length that
   *     lies or a truncated bundle), or hold more than {@link #WIDTH} entries; the entries before
   *     the fault have been visited
   */
  public static int visit(byte[] bundle, EntryVisitor visitor) throws MalformedException {
    int at = 0;
    int k = 0;
    while (at < bundle.length) {
      if (k == WIDTH) {
        throw new MalformedException(
            "holds more than " + WIDTH + " entries (" + (bundle.length - at) + " bytes follow)", k);
      }
      if (bundle.length - at < 2) {
        throw new MalformedException("ends inside the length of entry " + k, k);
      }
      int length = (bundle[at] & 0xFF) << 8 | bundle[at + 1] & 0xFF;
      at += 2;
      if (length > bundle.length - at) {
        throw new MalformedException(
            "entry "
                + k
                + "'s length says "
                + length
                + " bytes but "
                + (bundle.length - at)
                + " remain",
            k);
      }
      visitor.entry(k, bundle, at, length);
      at += length;
      k++;
    }
    return k;
  }

  /**
   * The entries of {@code bundle}, in order.
   *
   * @throws MalformedException as {@link #visit} does
   */
  public static List<byte[]> split(byte[] bundle) throws MalformedException {
    List<byte[]> out = new ArrayList<>(WIDTH);
    visit(
        bundle,
        (k, b, offset, length) ->
            out.add(java.util.Arrays.copyOfRange(b, offset, offset + length)));
    return out;
  }

  /**
   * The bytes of {@code entries} as (part of) a bundle: each one's length and its bytes.
   *
   * @throws IllegalArgumentException when an entry is longer than {@link #MAX_ENTRY} bytes
   */
  public static byte[] join(byte[][] entries, int from, int to) {
    int size = 0;
    for (int i = from; i < to; i++) {
      int n = entries[i].length;
      if (n > MAX_ENTRY) {
        throw new IllegalArgumentException(
            "an entry in a bundle is at most " + MAX_ENTRY + " bytes, not " + n);
      }
      size += 2 + n;
    }
    byte[] out = new byte[size];
    int at = 0;
    for (int i = from; i < to; i++) {
      byte[] e = entries[i];
      out[at] = (byte) (e.length >>> 8);
      out[at + 1] = (byte) e.length;
      System.arraycopy(e, 0, out, at + 2, e.length);
      at += 2 + e.length;
    }
    return out;
  }

  /**
   * The first {@code width} entries' bytes of {@code bundle}, or null when it holds fewer.
   *
   * @throws MalformedException as {@link #visit} does, for the part that is read
   */
  public static byte @org.jspecify.annotations.Nullable [] prefix(byte[] bundle, int width)
      throws MalformedException {
    int at = 0;
    for (int k = 0; k < width; k++) {
      if (at == bundle.length) {
        return null;
      }
      if (bundle.length - at < 2) {
        throw new MalformedException("ends inside the length of entry " + k, k);
      }
      int length = (bundle[at] & 0xFF) << 8 | bundle[at + 1] & 0xFF;
      if (length > bundle.length - at - 2) {
        throw new MalformedException(
            "entry "
                + k
                + "'s length says "
                + length
                + " bytes but "
                + (bundle.length - at - 2)
                + " remain",
            k);
      }
      at += 2 + length;
    }
    return at == bundle.length ? bundle : java.util.Arrays.copyOf(bundle, at);
  }
}
