package mamori.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where the service keeps the packages it made for download: {@code <data>/packages/<id>.mpkg}, a
 * folder only the service's user can open (each file is owner-only too, {@link PackageWriter}).
 */
public final class PackageFolder {
  private final Path folder;

  public PackageFolder(Path data) {
    this.folder = data.resolve("packages");
  }

  /**
   * The folder, made owner-only ({@code rwx------}) when it does not exist, narrowed when it does.
   */
  public Path folder() {
    try {
      if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        if (!Files.isDirectory(folder)) {
          Files.createDirectories(
              folder,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      } else {
        Files.createDirectories(folder);
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException("the packages' folder cannot be made: " + folder, e);
    }
  }

  /**
   * The file of package {@code id}.
   *
   * @throws IllegalArgumentException when {@code id} is not a package id (32 lower-case hex)
   */
  public Path file(String id) {
    if (!Manifest.PACKAGE_ID.matcher(id).matches()) {
      throw new IllegalArgumentException("a package id is 32 lower-case hex digits");
    }
    return folder().resolve(id + ".mpkg");
  }
}
