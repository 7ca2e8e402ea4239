package mamori.crypto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/*
 * Design. A backup of the data folder is the copy most likely to leave the building (a disk image, a
 * sync to another site, the USB stick of the Amagasaki story). If the root key file lies in that folder,
 * the copy opens every person's data; if the log's signing keys do, whoever holds it can sign a
 * rewritten history. So the key folder is placed apart: `serve` refuses a key folder inside the data
 * folder unless told that this is accepted, and `keys check` says for each key where it is and what a
 * copy of the data folder alone would give away. Paths are compared after resolving symbolic links, so
 * a link inside the data folder that points outside is outside, and one outside that points in is in.
 */
/** Where the keys are, against where the data is. */
public final class KeyPlacement {
  /** The key folder's name inside the data folder when none is given. */
  public static final String DEFAULT_FOLDER = "keys";

  private KeyPlacement() {}

  /** The key folder: {@code keys} when given, else {@code <data>/keys}. */
  public static Path folder(Path data, @Nullable Path keys) {
    return keys != null ? keys : data.resolve(DEFAULT_FOLDER);
  }

  /**
   * Whether {@code inner} is {@code outer} or lies within it, after resolving symbolic links as far
   * as the paths exist.
   */
  public static boolean within(Path inner, Path outer) {
    return real(inner).startsWith(real(outer));
  }

  /** The absolute path with every existing part's links resolved; the rest as written. */
  static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException e) {
      return absolute;
    }
  }

  /**
   * What {@code keys check} reports.
   *
   * @param lines one line per key and one verdict, for people
   * @param exposed whether a copy of the data folder alone would open data or sign the log
   */
  public record Report(List<String> lines, boolean exposed) {
    public Report {
      lines = List.copyOf(lines);
    }
  }

  /**
   * Inspects where the root key and the log's signing keys are.
   *
   * @param data the data folder (the embedded store's, or the folder a PostgreSQL installation
   *     keeps beside it)
   * @param embedded whether the persons' data is in {@code data} (SQLite) rather than in a database
   * @param keyFolder the key folder in use
   * @param root the root key's configuration
   */
  public static Report inspect(Path data, boolean embedded, Path keyFolder, RootKeyConfig root) {
    List<String> lines = new ArrayList<>();
    boolean keysInData = within(keyFolder, data);
    lines.add(
        "data folder: "
            + real(data)
            + (embedded ? " (holds the persons' encrypted data)" : " (the data is in PostgreSQL)"));
    lines.add(
        "key folder:  "
            + real(keyFolder)
            + (keysInData ? "  INSIDE the data folder" : "  outside the data folder"));
    boolean rootExposed;
    switch (root) {
      case RootKeyConfig.KeyFile file -> {
        rootExposed = within(file.file(), data) && Files.exists(file.file());
        lines.add(
            "root key:    file "
                + real(file.file())
                + (Files.exists(file.file()) ? "" : " (not made yet: made on the first start)")
                + (within(file.file(), data) ? "  INSIDE the data folder" : ""));
      }
      case RootKeyConfig.Pkcs11 token -> {
        rootExposed = false;
        lines.add("root key:    " + token + " (never leaves the token)");
      }
    }
    List<String> signing = signingKeys(keyFolder);
    lines.add(
        "log signing keys: "
            + (signing.isEmpty()
                ? "none yet in " + real(keyFolder)
                : signing.size()
                    + " in "
                    + real(keyFolder)
                    + " ("
                    + String.join(", ", signing)
                    + ")"));
    boolean signingExposed = keysInData && !signing.isEmpty();
    if (rootExposed && embedded) {
      lines.add(
          "a copy of the data folder alone: OPENS every person's data (it holds the root key with"
              + " the data it wraps)"
              + (signingExposed ? " and can sign a rewritten log" : ""));
    } else if (rootExposed) {
      lines.add(
          "a copy of the data folder alone: holds the root key: with a copy of the database it"
              + " opens every person's data"
              + (signingExposed ? "; it can sign a rewritten log" : ""));
    } else if (signingExposed) {
      lines.add(
          "a copy of the data folder alone: opens no person's data, but can sign a rewritten log");
    } else if (keysInData) {
      lines.add(
          "a copy of the data folder alone: opens nothing yet, but the keys will be made inside it"
              + " on the first start");
    } else {
      lines.add(
          "a copy of the data folder alone: opens nothing and signs nothing (keep a backup of the"
              + " keys apart: mamori keys check lists them)");
    }
    return new Report(lines, keysInData || rootExposed);
  }

  /** The private signing keys in the folder, by file name. */
  private static List<String> signingKeys(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".key") && !n.equals(RootKeyConfig.FILE_NAME))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new KeyException("cannot list the key folder " + folder + ": " + e.getMessage(), e);
    }
  }
}
