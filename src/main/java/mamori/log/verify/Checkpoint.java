package mamori.log.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The text of a C2SP checkpoint (c2sp.org/tlog-checkpoint): the log's origin, its tree size and the
 * RFC 6962 root at that size, each on its own line, then optional non-empty extension lines.
 *
 * <p>A {@code Checkpoint} is immutable and well-formed: a non-empty origin without control
 * characters, a size of at least 0, a 32-byte root. It says nothing about who signed it; open the
 * note with a {@link NoteVerifier} first.
 *
 * @param origin the log's identity, such as {@code mamori.example/log/tenant-1}
 * @param size the number of leaves
 * @param root the 32-byte root hash at that size (copied in and out)
 * @param extensions the extension lines, without newlines
 */
public record Checkpoint(String origin, long size, byte[] root, List<String> extensions) {

  /** Checks and copies the parts; throws IllegalArgumentException if one is malformed. */
  public Checkpoint {
    if (!isLine(origin)) {
      throw new IllegalArgumentException("a checkpoint origin is one non-empty line");
    }
    if (size < 0) {
      throw new IllegalArgumentException("a tree size is not negative");
    }
    if (root.length != Rfc6962.HASH_SIZE) {
      throw new IllegalArgumentException("a root hash has 32 bytes");
    }
    if (!extensions.stream().allMatch(Checkpoint::isLine)) {
      throw new IllegalArgumentException("an extension line is one non-empty line");
    }
    root = root.clone();
    extensions = List.copyOf(extensions);
  }

  /** A checkpoint without extension lines. */
  public Checkpoint(String origin, long size, byte[] root) {
    this(origin, size, root, List.of());
  }

  /**
   * Parses checkpoint text: at least three lines, each ending in a newline, the size in decimal
   * without leading zeros, the root in standard padded base64.
   */
  public static Checkpoint parse(String text) throws NoteException {
    if (!Note.isText(text)) {
      throw new NoteException("malformed checkpoint: not note text ending in a newline");
    }
    List<String> lines =
        new ArrayList<>(Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1)));
    if (lines.size() < 3 || lines.stream().anyMatch(String::isEmpty)) {
      throw new NoteException("malformed checkpoint: fewer than three lines, or an empty line");
    }
    String size = lines.get(1);
    if (!size.matches("0|[1-9][0-9]{0,18}")) {
      throw new NoteException(
          "malformed checkpoint: the size is not a decimal without leading zeros");
    }
    long treeSize;
    try {
      treeSize = Long.parseLong(size);
    } catch (NumberFormatException e) {
      throw new NoteException("malformed checkpoint: the size is too large");
    }
    byte[] root =
        Encoding.base64(lines.get(2))
            .filter(r -> r.length == Rfc6962.HASH_SIZE)
            .orElseThrow(() ->
                new NoteException("malformed checkpoint: the root is not 32 bytes of base64"));
    return new Checkpoint(lines.get(0), treeSize, root, lines.subList(3, lines.size()));
  }

  /** The root hash (a copy). */
  @Override
  public byte[] root() {
    return root.clone();
  }

  /** The checkpoint text, the note text that gets signed. */
  public String text() {
    StringBuilder text =
        new StringBuilder()
            .append(origin)
            .append('\n')
            .append(size)
            .append('\n')
            .append(Encoding.base64(root))
            .append('\n');
    extensions.forEach(line -> text.append(line).append('\n'));
    return text.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Checkpoint c
        && origin.equals(c.origin)
        && size == c.size
        && Arrays.equals(root, c.root)
        && extensions.equals(c.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(origin, size, Arrays.hashCode(root), extensions);
  }

  /** Origin, size and base64 root on one line, for messages. */
  @Override
  public String toString() {
    return origin + " size " + size + " root " + Encoding.base64(root);
  }

  static boolean isLine(String line) {
    return !line.isEmpty() && line.indexOf('\n') < 0 && Encoding.isNoteText(line);
  }
}
