package mamori.number.scan;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import mamori.number.NumberScanner;
import mamori.number.scan.ArchiveLimits.Budget;
import mamori.number.scan.ArchiveLimits.Counting;
import mamori.number.scan.ArchiveLimits.Guarded;
import mamori.number.scan.ArchiveLimits.LimitException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;

/**
 * Walks what it is given: a file, or a folder recursively in sorted order, not following symbolic
 * links to folders (so no loop is possible) and saying so for each one it passes over. Each file
 * goes to the scanner its content calls for; a file that fails is reported unreadable with a short
 * reason and the walk goes on. The file's own name is judged too, since a name leaves with the
 * file.
 *
 * <p>A ZIP archive that is not an Office file, and a gzip stream, are scanned entry by entry as
 * they decompress, nested archives included down to {@link ArchiveLimits#MAX_DEPTH} levels; an
 * entry is shown as {@code archive.zip!inner/file.csv}. {@link ArchiveLimits} guard against zip
 * bombs; an archive over a limit is unreadable. PDF and Office entries are copied to a temporary
 * file ({@link TempCopy}: owner-only, deleted after) for their scanners. An archive that cannot be
 * opened (7z, rar, encrypted ZIP) is unreadable, never clean. An Office file too large to load
 * (POI's limits, {@link #DEFAULT_MAX_ENTRY_SIZE} per part, or memory running out) is unreadable
 * too, and the walk goes on. Why a path is unreadable is worded by {@link UnreadableReason}.
 */
final class FileWalker {
  private static final Set<String> OFFICE_ZIP =
      Set.of("docx", "docm", "dotx", "xlsx", "xlsm", "xltx");

  /** POI's limit on one part of an Office file, expanded: a larger document.xml is not loaded. */
  static final long DEFAULT_MAX_ENTRY_SIZE = 200L * 1024 * 1024;

  private final NumberScanner.Listener listener;
  private final CandidateFinder finder;
  private final TextScanner text;
  private final CandidateFinder tsvFinder;
  private final TextScanner tsvText;

  FileWalker(CharTable table, int capacity, NumberScanner.Listener listener) {
    this(table, capacity, listener, DEFAULT_MAX_ENTRY_SIZE);
  }

  FileWalker(CharTable table, int capacity, NumberScanner.Listener listener, long maxEntrySize) {
    ZipSecureFile.setMaxEntrySize(maxEntrySize);
    ZipSecureFile.setMinInflateRatio(ArchiveLimits.MIN_INFLATE_RATIO);
    CharTable tsv = table.breakingOn('\t');
    this.listener = listener;
    this.finder = new CandidateFinder(table);
    this.text = new TextScanner(table, capacity);
    this.tsvFinder = new CandidateFinder(tsv);
    this.tsvText = new TextScanner(tsv, capacity);
  }

  void walk(Path root) {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(root, BasicFileAttributes.class);
    } catch (IOException e) {
      listener.unreadable(root, reason(null, e));
      return;
    }
    visit(root, attrs);
  }

  private void visit(Path path, BasicFileAttributes attrs) {
    if (attrs.isDirectory()) {
      folder(path);
    } else if (attrs.isRegularFile()) {
      file(path, attrs.size());
    } else {
      listener.skipped(path, "not a regular file");
    }
  }

  private void folder(Path dir) {
    List<Path> entries;
    try (Stream<Path> list = Files.list(dir)) {
      entries = list.sorted().toList();
    } catch (IOException e) {
      listener.unreadable(dir, reason(null, e));
      return;
    }
    for (Path entry : entries) {
      try {
        BasicFileAttributes own =
            Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!own.isSymbolicLink()) {
          visit(entry, own);
        } else if (Files.isDirectory(entry)) {
          listener.skipped(entry, "symbolic link to a folder");
        } else if (!Files.exists(entry)) {
          listener.skipped(entry, "broken symbolic link");
        } else {
          visit(entry, Files.readAttributes(entry, BasicFileAttributes.class));
        }
      } catch (IOException e) {
        listener.unreadable(entry, reason(null, e));
      }
    }
  }

  private void file(Path file, long size) {
    Judge judge = judge(file, file);
    FileKind kind = null;
    try {
      kind = FileKind.of(file);
      String ext = FileKind.extension(file);
      switch (kind) {
        case PDF -> PdfScanner.scan(file, judge);
        case OLE2 -> ole2(file, judge);
        case ZIP -> zip(file, file, ext, judge, 0, null);
        case GZIP -> {
          try (InputStream in = Files.newInputStream(file)) {
            gzip(in, file, 1, new Budget());
          }
        }
        case OTHER_ARCHIVE -> throw unsupported();
        case TEXT -> text(Files.newInputStream(file), delimiter(ext), judge);
      }
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      listener.unreadable(file, reason(kind, e));
      return;
    }
    listener.scanned(file, size);
  }

  /** A judge for findings in {@code shown}, having judged its name. */
  private Judge judge(Path shown, Path named) {
    String ext = FileKind.extension(named);
    boolean tsv = ext.equals("tsv") || ext.equals("tab");
    Judge judge = new Judge(tsv ? tsvFinder : finder, shown, listener);
    Path name = named.getFileName();
    if (name != null) {
      judge.judge(name.toString(), null, null, () -> "name");
    }
    return judge;
  }

  private static char delimiter(String ext) {
    return ext.equals("csv") ? ',' : ext.equals("tsv") || ext.equals("tab") ? '\t' : 0;
  }

  private static IOException unsupported() {
    return new IOException(
        "archive format that cannot be opened (7z, rar, xz, bzip2): not scanned");
  }

  /** Scans text from {@code stream}, which it closes. */
  private void text(InputStream stream, char delimiter, Judge judge) throws IOException {
    try (InputStream in = new BufferedInputStream(stream, 1 << 16);
        Reader reader = TextDecoding.reader(in)) {
      (delimiter == '\t' ? tsvText : text).scan(reader, delimiter, judge);
    }
  }

  private void ole2(Path file, Judge judge) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("WordDocument")) {
        DocScanner.scan(root, judge);
      } else if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
        XlsScanner.scan(root, judge);
      } else if (root.hasEntry("EncryptedPackage")) {
        throw new EncryptedDocumentException("encrypted");
      } else {
        text(Files.newInputStream(file), (char) 0, judge);
      }
    }
  }

  /**
   * A ZIP file: an Office file goes to its scanner, any other ZIP is scanned as an archive. One
   * that does not open is unreadable when named like a ZIP or an Office file, and read as text
   * otherwise.
   */
  private void zip(
      Path file, Path shown, String ext, Judge judge, int depth, @Nullable Budget budget)
      throws IOException {
    boolean word;
    boolean excel;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      word = zip.getEntry("word/document.xml") != null;
      excel = zip.getEntry("xl/workbook.xml") != null;
    } catch (IOException e) {
      if (OFFICE_ZIP.contains(ext) || ext.equals("zip") || UnreadableReason.isEncrypted(e)) {
        throw e;
      }
      text(Files.newInputStream(file), (char) 0, judge);
      return;
    }
    if (word) {
      DocxScanner.scan(file, judge);
    } else if (excel) {
      XlsxScanner.scan(file, judge);
    } else {
      ArchiveLimits.checkDepth(depth);
      try (InputStream in = Files.newInputStream(file)) {
        zipEntries(in, shown, depth + 1, budget != null ? budget : new Budget());
      }
    }
  }

  /** Scans each entry of a ZIP archive read from {@code raw}, shown as {@code shown!name}. */
  private void zipEntries(InputStream raw, Path shown, int depth, Budget budget)
      throws IOException {
    Counting counted = new Counting(raw);
    ZipInputStream zin = new ZipInputStream(counted);
    ZipEntry e;
    while ((e = zin.getNextEntry()) != null) {
      if (e.isDirectory()) {
        continue;
      }
      budget.entry();
      entry(new Guarded(zin, counted, budget), inner(shown, e.getName()), depth, budget);
    }
  }

  /**
   * Scans the stream of a gzip file read from {@code raw}, shown as {@code shown!name-without-.gz}.
   */
  private void gzip(InputStream raw, Path shown, int depth, Budget budget) throws IOException {
    Counting counted = new Counting(raw);
    String name = shown.getFileName() == null ? "" : shown.getFileName().toString();
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    String inner =
        lower.endsWith(".tgz")
            ? name.substring(0, name.length() - 4) + ".tar"
            : lower.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    budget.entry();
    entry(
        new Guarded(new GZIPInputStream(counted, 1 << 16), counted, budget),
        inner(shown, inner),
        depth,
        budget);
  }

  private static Path inner(Path archive, String name) {
    return Path.of(archive + "!" + name.replace('\0', '_'));
  }

  /**
   * Scans one entry of an archive. A failure of the entry alone (a corrupt PDF) makes it unreadable
   * and the archive goes on; a limit passed makes the whole archive unreadable.
   */
  private void entry(InputStream in, Path shown, int depth, Budget budget) throws IOException {
    String ext = FileKind.extension(shown);
    Judge judge = judge(shown, shown);
    BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
    b.mark(2048);
    byte[] head = b.readNBytes(1024);
    b.reset();
    FileKind kind = FileKind.of(head);
    try {
      switch (kind) {
        case TEXT -> text(b, delimiter(ext), judge);
        case GZIP -> {
          ArchiveLimits.checkDepth(depth);
          gzip(b, shown, depth + 1, budget);
        }
        case ZIP -> {
          if (OFFICE_ZIP.contains(ext)) {
            TempCopy.scan(b, tmp -> zip(tmp, shown, ext, judge, depth, budget));
          } else {
            ArchiveLimits.checkDepth(depth);
            zipEntries(b, shown, depth + 1, budget);
          }
        }
        case PDF -> TempCopy.scan(b, tmp -> PdfScanner.scan(tmp, judge));
        case OLE2 -> TempCopy.scan(b, tmp -> ole2(tmp, judge));
        case OTHER_ARCHIVE -> throw unsupported();
      }
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof LimitException limit) {
          throw limit;
        }
      }
      if (e instanceof ZipException && UnreadableReason.isEncrypted(e)) {
        throw (ZipException) e;
      }
      listener.unreadable(shown, reason(kind, e));
    }
  }

  private String reason(@Nullable FileKind kind, Throwable e) {
    return UnreadableReason.of(finder, kind, e);
  }
}
