package mamori.log.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * The path of a C2SP tlog-tiles resource below the log prefix: a Merkle tile {@code
 * tile/<L>/<N>[.p/<W>]} or an entry bundle {@code tile/entries/<N>[.p/<W>]}, with the index N in
 * groups of three digits, all but the last prefixed by {@code x} ({@code x001/x234/067}).
 *
 * <p>Tile {@code N} at level {@code L} holds hashes {@code N*256} to {@code N*256 + W - 1} of tree
 * level {@code 8L}; each is the root of {@code 256^L} consecutive leaves. A full tile has 256
 * hashes and no suffix; a partial one has 1 to 255. An entry bundle goes with the level-0 tile of
 * the same index.
 *
 * @param entries whether this is an entry bundle rather than a Merkle tile
 * @param level the tile level, 0 to 63 (0 for an entry bundle)
 * @param index the tile index N
 * @param width the number of hashes or entries, 1 to 256 (256 is a full tile)
 */
public record TilePath(boolean entries, int level, long index, int width) {
  /** The width of a full tile. */
  public static final int FULL_WIDTH = 256;

  /** The highest tile level. */
  public static final int MAX_LEVEL = 63;

  /** Checks the parts; throws IllegalArgumentException if one is out of range. */
  public TilePath {
    if (level < 0 || level > MAX_LEVEL || (entries && level != 0)) {
      throw new IllegalArgumentException("a tile level is 0 to 63, and 0 for entry bundles");
    }
    if (index < 0 || width < 1 || width > FULL_WIDTH) {
      throw new IllegalArgumentException("a tile index is not negative and a width is 1 to 256");
    }
  }

  /** The Merkle tile {@code tile/<level>/<index>} of {@code width} hashes. */
  public static TilePath tile(int level, long index, int width) {
    return new TilePath(false, level, index, width);
  }

  /** The entry bundle {@code tile/entries/<index>} of {@code width} entries. */
  public static TilePath entryBundle(long index, int width) {
    return new TilePath(true, 0, index, width);
  }

  /**
   * Parses a path such as {@code tile/0/x001/x234/067.p/112} or {@code tile/entries/000}, strictly:
   * no leading zeros in the level or width, no redundant {@code x000} group, width 1 to 255 after
   * {@code .p/}, level at most 63.
   *
   * @throws IllegalArgumentException if the path is not exactly such a path
   */
  public static TilePath parse(String path) {
    String[] parts = path.split("/", -1);
    if (parts.length < 3 || !parts[0].equals("tile")) {
      throw bad(path);
    }
    boolean entries = parts[1].equals("entries");
    if (!entries && !parts[1].matches("0|[1-9][0-9]?")) {
      throw bad(path);
    }
    int level = entries ? 0 : Integer.parseInt(parts[1]);
    int end = parts.length;
    int width = FULL_WIDTH;
    if (parts[end - 2].endsWith(".p")) {
      if (!parts[end - 1].matches("[1-9][0-9]{0,2}")
          || Integer.parseInt(parts[end - 1]) >= FULL_WIDTH) {
        throw bad(path);
      }
      width = Integer.parseInt(parts[end - 1]);
      parts[end - 2] = parts[end - 2].substring(0, parts[end - 2].length() - 2);
      end--;
    }
    long index = 0;
    for (int i = 2; i < end; i++) {
      boolean last = i == end - 1;
      if (!parts[i].matches(last ? "[0-9]{3}" : "x[0-9]{3}")
          || (i == 2 && !last && parts[i].equals("x000"))) {
        throw bad(path);
      }
      try {
        index =
            Math.addExact(
                Math.multiplyExact(index, 1000),
                Integer.parseInt(parts[i].substring(last ? 0 : 1)));
      } catch (ArithmeticException e) {
        throw bad(path);
      }
    }
    if (level > MAX_LEVEL) {
      throw bad(path);
    }
    return new TilePath(entries, level, index, width);
  }

  /** Whether this is a partial tile (fewer than 256 hashes or entries). */
  public boolean isPartial() {
    return width < FULL_WIDTH;
  }

  /** The index, at tree level {@code 8 * level}, of this tile's first hash. */
  public long firstHash() {
    return Math.multiplyExact(index, FULL_WIDTH);
  }

  /** The first leaf index this tile covers. Throws ArithmeticException beyond 2^63. */
  public long startEntry() {
    return times256Pow(index, level + 1);
  }

  /**
   * One past the last leaf index this tile's hashes cover. Throws ArithmeticException beyond 2^63.
   */
  public long endEntry() {
    return Math.addExact(startEntry(), times256Pow(width, level));
  }

  /** The path, such as {@code tile/1/x001/x234/067.p/17}. */
  @Override
  public String toString() {
    StringBuilder n = new StringBuilder(String.format("%03d", index % 1000));
    for (long rest = index / 1000; rest > 0; rest /= 1000) {
      n.insert(0, String.format("x%03d/", rest % 1000));
    }
    return "tile/"
        + (entries ? "entries" : Integer.toString(level))
        + "/"
        + n
        + (isPartial() ? ".p/" + width : "");
  }

  /** The number of hashes a tree of {@code treeSize} leaves has at tile level {@code level}. */
  public static long hashesAt(int level, long treeSize) {
    return 8 * level >= Long.SIZE ? 0 : treeSize >>> (8 * level);
  }

  /** The number of full tiles at {@code level} in a tree of {@code treeSize} leaves. */
  public static long fullTiles(int level, long treeSize) {
    return hashesAt(level, treeSize) / FULL_WIDTH;
  }

  /** The width of the partial tile at {@code level}, or 0 if that level has none. */
  public static int partialWidth(int level, long treeSize) {
    return (int) (hashesAt(level, treeSize) % FULL_WIDTH);
  }

  /** The partial tiles a log of {@code treeSize} leaves serves, lowest level first. */
  public static List<TilePath> partialTiles(long treeSize) {
    List<TilePath> tiles = new ArrayList<>();
    for (int level = 0; level <= MAX_LEVEL && hashesAt(level, treeSize) > 0; level++) {
      if (partialWidth(level, treeSize) > 0) {
        tiles.add(tile(level, fullTiles(level, treeSize), partialWidth(level, treeSize)));
      }
    }
    return tiles;
  }

  /**
   * The tile, as wide as a tree of {@code treeSize} leaves has it, that holds hash {@code
   * hashIndex} of tree level {@code 8 * level}.
   *
   * @throws IllegalArgumentException if that tree has no such hash yet
   */
  public static TilePath containing(int level, long hashIndex, long treeSize) {
    if (hashIndex < 0 || hashIndex >= hashesAt(level, treeSize)) {
      throw new IllegalArgumentException(
          "the tree of size " + treeSize + " has no hash " + hashIndex + " at tile level " + level);
    }
    long tile = hashIndex / FULL_WIDTH;
    return tile(
        level,
        tile,
        tile < fullTiles(level, treeSize) ? FULL_WIDTH : partialWidth(level, treeSize));
  }

  /** The entry bundle, as wide as a tree of {@code treeSize} leaves has it, that holds an entry. */
  public static TilePath entryBundleContaining(long entryIndex, long treeSize) {
    TilePath tile = containing(0, entryIndex, treeSize);
    return entryBundle(tile.index(), tile.width());
  }

  private static long times256Pow(long n, int power) {
    long result = n;
    for (int i = 0; i < power && result != 0; i++) {
      result = Math.multiplyExact(result, FULL_WIDTH);
    }
    return result;
  }

  private static IllegalArgumentException bad(String path) {
    return new IllegalArgumentException("not a tlog-tiles path: " + path);
  }
}
