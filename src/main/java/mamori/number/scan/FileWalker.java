package mamori.number.scan;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import mamori.number.NumberScanner;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;

/**
 * Walks what it is given: a file, or a folder recursively in sorted order, not following symbolic links
 * to folders (so no loop is possible) and saying so for each one it passes over. Each file goes to the
 * scanner its content calls for; a file that fails is reported unreadable with a short reason and the
 * walk goes on. The file's own name is judged too, since a name leaves with the file.
 */
final class FileWalker {
  private static final Set<String> OFFICE_ZIP = Set.of("docx", "docm", "dotx", "xlsx", "xlsm", "xltx");

  private final NumberScanner.Listener listener;
  private final CandidateFinder finder;
  private final TextScanner text;
  private final CandidateFinder tsvFinder;
  private final TextScanner tsvText;

  FileWalker(CharTable table, int capacity, NumberScanner.Listener listener) {
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
        BasicFileAttributes own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
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
    String ext = FileKind.extension(file);
    boolean tsv = ext.equals("tsv") || ext.equals("tab");
    Judge judge = new Judge(tsv ? tsvFinder : finder, file, listener);
    Path name = file.getFileName();
    if (name != null) {
      judge.judge(name.toString(), null, null, () -> "name");
    }
    FileKind kind = null;
    try {
      kind = FileKind.of(file);
      switch (kind) {
        case PDF -> PdfScanner.scan(file, judge);
        case OLE2 -> ole2(file, judge);
        case ZIP -> zip(file, ext, judge);
        case TEXT -> text(file, ext.equals("csv") ? ',' : tsv ? '\t' : 0, judge);
      }
    } catch (Exception | StackOverflowError e) {
      listener.unreadable(file, reason(kind, e));
      return;
    }
    listener.scanned(file, size);
  }

  private void text(Path file, char delimiter, Judge judge) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
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
        text(file, (char) 0, judge);
      }
    }
  }

  private void zip(Path file, String ext, Judge judge) throws IOException {
    boolean word;
    boolean excel;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      word = zip.getEntry("word/document.xml") != null;
      excel = zip.getEntry("xl/workbook.xml") != null;
    } catch (IOException e) {
      if (OFFICE_ZIP.contains(ext)) {
        throw e;
      }
      word = false;
      excel = false;
    }
    if (word) {
      DocxScanner.scan(file, judge);
    } else if (excel) {
      XlsxScanner.scan(file, judge);
    } else {
      text(file, (char) 0, judge);
    }
  }

  /** A few words on why a path could not be read, with any number in them masked. */
  private String reason(@Nullable FileKind kind, Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof InvalidPasswordException || e instanceof EncryptedDocumentException) {
      return "encrypted";
    }
    String message = e.getMessage() == null ? "" : e.getMessage().strip().lines().findFirst().orElse("");
    if (message.isEmpty()) {
      message = e.getClass().getSimpleName();
    } else if (message.length() > 160) {
      message = message.substring(0, 160) + "...";
    }
    String what = kind == null ? "" : switch (kind) {
      case PDF -> "invalid PDF: ";
      case OLE2 -> "invalid Office 97-2003 file: ";
      case ZIP -> "invalid Office Open XML file: ";
      case TEXT -> "";
    };
    return finder.maskAll(what + message);
  }
}
