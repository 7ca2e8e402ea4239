package mamori.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files only their owner reads: the SQLite database and its {@code -wal} and {@code -shm}, the
 * letters' PDF, key files. On a POSIX file system a file is made {@code rw-------} from the moment
 * it exists, and an existing one is narrowed to that; elsewhere (Windows) the file inherits its
 * folder's ACL, which the data folder's owner decides.
 */
public final class OwnerOnly {
  private OwnerOnly() {}

  /** A new, empty file, owner-only from the start; fails when {@code file} exists. */
  public static Path createFile(Path file) throws IOException {
    if (posix(file)) {
      return Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    return Files.createFile(file);
  }

  /** Narrows an existing file to owner-only; does nothing when it does not exist. */
  public static void restrict(Path file) throws IOException {
    if (Files.exists(file) && posix(file)) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  /**
   * A folder and any missing parents, the folder itself owner-only ({@code rwx------}) from the
   * moment it exists; an existing folder is narrowed to that.
   */
  public static Path createFolder(Path folder) throws IOException {
    Path parent = folder.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (!Files.isDirectory(folder)) {
      if (posix(parent == null ? folder : parent)) {
        Files.createDirectory(
            folder,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } else {
        Files.createDirectory(folder);
      }
    } else if (posix(folder)) {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }
    return folder;
  }

  private static boolean posix(Path p) {
    return p.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
