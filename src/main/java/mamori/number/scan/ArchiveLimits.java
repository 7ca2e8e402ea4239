package mamori.number.scan;

import java.io.IOException;
import java.io.InputStream;

/**
 * The limits that keep an archive from flooding the scanner (a zip bomb): how deep archives may
 * nest, how many entries and how many expanded bytes one top-level archive may have, nested
 * archives included, and how far one entry may expand (more than 100 times, past 100 KB, as POI
 * checks Office files). The streams here count as the bytes come, so an archive is stopped while it
 * is read.
 */
final class ArchiveLimits {
  static final int MAX_DEPTH = 3;
  static final long MAX_ENTRIES = 10_000;
  static final long MAX_EXPANDED = 1L << 30;
  static final double MIN_INFLATE_RATIO = 0.01;
  static final long GRACE = 100 * 1024;

  private ArchiveLimits() {}

  /** Refuses to open an archive at {@code depth} (the outermost is at 0) when that is too deep. */
  static void checkDepth(int depth) throws LimitException {
    if (depth >= MAX_DEPTH) {
      throw new LimitException("archives nested more than " + MAX_DEPTH + " deep");
    }
  }

  /** An archive over one of the limits: the whole archive is unreadable. */
  static final class LimitException extends IOException {
    LimitException(String message) {
      super(message);
    }
  }

  /** What one top-level archive has used of the limits, nested archives included. */
  static final class Budget {
    long entries;
    long expanded;

    void entry() throws LimitException {
      if (++entries > MAX_ENTRIES) {
        throw new LimitException("more than " + MAX_ENTRIES + " entries");
      }
    }
  }

  /** Counts the compressed bytes read. */
  static final class Counting extends java.io.FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      count += c < 0 ? 0 : 1;
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(n, 0);
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long k = super.skip(n);
      count += k;
      return k;
    }
  }

  /**
   * One entry's expanded bytes, checked against the limits as they come; closing it leaves the
   * archive open.
   */
  static final class Guarded extends java.io.FilterInputStream {
    private final Counting raw;
    private final long rawStart;
    private final Budget budget;
    private long out;

    Guarded(InputStream in, Counting raw, Budget budget) {
      super(in);
      this.raw = raw;
      this.rawStart = raw.count;
      this.budget = budget;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        out += n;
        budget.expanded += n;
        if (budget.expanded > MAX_EXPANDED) {
          throw new LimitException("expands to more than 1 GB");
        }
        if (out > GRACE && (raw.count - rawStart) < out * MIN_INFLATE_RATIO) {
          throw new LimitException(
              "an entry expands more than "
                  + Math.round(1 / MIN_INFLATE_RATIO)
                  + " times (a zip bomb?)");
        }
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      return read(new byte[(int) Math.min(n, 8192)]);
    }

    @Override
    public void close() {}
  }
}
