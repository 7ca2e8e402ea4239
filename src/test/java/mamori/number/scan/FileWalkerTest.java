package mamori.number.scan;

import static mamori.number.scan.Fixtures.A;
import static mamori.number.scan.Fixtures.B;
import static mamori.number.scan.Fixtures.MASK_A;
import static mamori.number.scan.Fixtures.MASK_B;
import static mamori.number.scan.Fixtures.grouped;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import mamori.number.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWalkerTest {
  @TempDir Path dir;
  private final Fixtures.Recorder recorder = new Fixtures.Recorder();

  private void walk(Path path) {
    new FileWalker(Fixtures.TABLE, 256, recorder).walk(path);
  }

  /**
   * Each finding as {@code FILE-NAME:LOCATION: MASKED CONFIDENCE (REASON)}, checked for full
   * numbers.
   */
  private List<String> lines() {
    recorder.lines();
    return recorder.findings.stream()
        .map(f ->
            dir.relativize(f.path())
                + ":"
                + f.location()
                + ": "
                + f.masked()
                + " "
                + f.confidence()
                + " ("
                + f.reason()
                + ")")
        .toList();
  }

  @Test
  void folders_areWalkedRecursively_inSortedOrder() throws IOException {
    Files.createDirectories(dir.resolve("a/z"));
    Files.writeString(dir.resolve("b.txt"), "x " + A + "\n");
    Files.writeString(dir.resolve("a/c.txt"), "x " + B + "\n");
    Files.writeString(dir.resolve("a/z/d.txt"), "nothing\n");
    Files.writeString(dir.resolve("a/b.txt"), "x\n" + grouped(A, " ") + "\n");
    walk(dir);
    assertThat(lines())
        .containsExactly(
            "a/b.txt:line 2: " + MASK_A + " medium (grouped 4-4-4)",
            "a/c.txt:line 1: " + MASK_B + " medium (12 digits)",
            "b.txt:line 1: " + MASK_A + " medium (12 digits)");
    assertThat(recorder.scanned)
        .extracting(p -> dir.relativize(p).toString())
        .containsExactly("a/b.txt", "a/c.txt", "a/z/d.txt", "b.txt");
    assertThat(recorder.unreadable).isEmpty();
  }

  @Test
  void symbolicLinkToAFolder_isSkippedAndSaid_soLoopsEnd() throws IOException {
    Files.writeString(dir.resolve("a.txt"), A);
    Files.createSymbolicLink(dir.resolve("loop"), dir);
    walk(dir);
    assertThat(recorder.skipped).containsExactly("loop: symbolic link to a folder");
    assertThat(recorder.findings).hasSize(1);
  }

  @Test
  void symbolicLinkToAFile_isScanned_andABrokenOneSkipped() throws IOException {
    Path target = Files.writeString(dir.resolve("real.txt"), A);
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Files.createSymbolicLink(sub.resolve("link.txt"), target);
    Files.createSymbolicLink(sub.resolve("broken.txt"), dir.resolve("gone.txt"));
    walk(sub);
    assertThat(lines()).containsExactly("sub/link.txt:line 1: " + MASK_A + " medium (12 digits)");
    assertThat(recorder.skipped).containsExactly("broken.txt: broken symbolic link");
  }

  @Test
  void missingPath_isUnreadable() {
    walk(dir.resolve("missing.csv"));
    assertThat(recorder.unreadable).containsExactly("missing.csv: no such file or folder");
    assertThat(recorder.scanned).isEmpty();
  }

  @Test
  void unreadableFile_isReported_andTheOthersAreStillScanned() throws IOException {
    Files.writeString(dir.resolve("a.pdf"), "%PDF-1.7\nnot really a PDF\n");
    Files.writeString(dir.resolve("b.txt"), A);
    walk(dir);
    assertThat(recorder.unreadable).hasSize(1).first().asString().startsWith("a.pdf: ");
    assertThat(lines()).containsExactly("b.txt:line 1: " + MASK_A + " medium (12 digits)");
  }

  @Test
  void encryptedPdf_isUnreadable_becauseEncrypted() throws IOException {
    Documents.pdf(dir.resolve("locked.pdf"), List.of(List.of(A)), "secret");
    walk(dir);
    assertThat(recorder.unreadable).containsExactly("locked.pdf: encrypted");
  }

  @Test
  void encryptedOfficeFile_isUnreadable_becauseEncrypted() throws IOException {
    Documents.ole2(dir.resolve("locked.xlsx"), "EncryptedPackage");
    walk(dir);
    assertThat(recorder.unreadable).containsExactly("locked.xlsx: encrypted");
  }

  @Test
  void wordDocumentThatIsCorrupt_isUnreadable() throws IOException {
    Documents.ole2(dir.resolve("broken.doc"), "WordDocument");
    walk(dir);
    assertThat(recorder.unreadable).hasSize(1).first().asString().startsWith("broken.doc: ");
  }

  @Test
  void corruptDocx_isUnreadable() throws IOException {
    Documents.zip(dir.resolve("broken.docx"), "word/document.xml", "<not-word/>");
    walk(dir);
    assertThat(recorder.unreadable).hasSize(1).first().asString().startsWith("broken.docx: ");
  }

  @Test
  void truncatedZip_isUnreadableWhenNamedLikeOffice_andTextOtherwise() throws IOException {
    Files.write(
        dir.resolve("cut.xlsx"),
        ("PK\u0003\u0004 truncated " + A).getBytes(StandardCharsets.US_ASCII));
    Files.write(
        dir.resolve("cut.bin"),
        ("PK\u0003\u0004 truncated " + A).getBytes(StandardCharsets.US_ASCII));
    walk(dir);
    assertThat(recorder.unreadable).hasSize(1).first().asString().startsWith("cut.xlsx: ");
    assertThat(lines()).containsExactly("cut.bin:line 1: " + MASK_A + " medium (12 digits)");
  }

  @Test
  void filesAreTypedByContent_notByName() throws IOException {
    Documents.pdf(dir.resolve("report.txt"), List.of(List.of("x", "ID " + A)), null);
    walk(dir);
    assertThat(lines())
        .containsExactly("report.txt:page 1 line 2: " + MASK_A + " medium (12 digits)");
  }

  @Test
  void aNumberInTheFileName_isAFinding() throws IOException {
    Files.writeString(dir.resolve("staff-" + A + ".txt"), "nothing\n");
    walk(dir);
    assertThat(recorder.findings)
        .extracting(Finding::location, Finding::masked)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("name", MASK_A));
  }

  @Test
  void shiftJisCsv_withAJapaneseHeader_isHigh() throws IOException {
    String csv =
        "氏名,個人番号,電話\r\n山田太郎," + A + ",090-1234-5678\r\n佐藤花子,\"" + grouped(B, "-") + "\",\r\n";
    Files.write(dir.resolve("staff.csv"), csv.getBytes(TextDecoding.CP932));
    walk(dir);
    assertThat(lines())
        .containsExactly(
            "staff.csv:line 2: " + MASK_A + " high (header 個人番号)",
            "staff.csv:line 3: " + MASK_B + " high (header 個人番号)");
  }

  @Test
  void utf8CsvWithABom_readsItsFirstHeader() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = ("my_number,name\n" + A + ",Yamada\n").getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(dir.resolve("bom.csv"))) {
      out.write(bom);
      out.write(body);
    }
    walk(dir);
    assertThat(lines()).containsExactly("bom.csv:line 2: " + MASK_A + " high (header my_number)");
  }

  @Test
  void workbooksAndDocuments_areDispatchedByContent() throws IOException {
    Documents.workbook(dir.resolve("a.xlsx"), true, List.of("S"), List.of(List.of(List.of(A))));
    Documents.workbook(dir.resolve("b.xls"), false, List.of("S"), List.of(List.of(List.of(B))));
    Documents.zip(dir.resolve("c.zip"), "notes.txt", "an archive entry with no number");
    walk(dir);
    assertThat(lines())
        .containsExactly(
            "a.xlsx:sheet S cell A1: " + MASK_A + " medium (12 digits)",
            "b.xls:sheet S cell A1: " + MASK_B + " medium (12 digits)");
    assertThat(recorder.scanned).hasSize(3);
  }

  @Test
  void binaryFile_yieldsItsAsciiDigitRuns() throws IOException {
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (noise[i] & 0x7F | 0x80);
    }
    byte[] number = (" " + A + " ").getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(number, 0, noise, 2000, number.length);
    Files.write(dir.resolve("blob.bin"), noise);
    walk(dir);
    assertThat(recorder.findings).extracting(Finding::masked).containsExactly(MASK_A);
  }

  /** {@code count} numbers made from a seed, never printed. */
  private static List<String> numbers(int count) {
    Random random = new Random(42);
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(Fixtures.number(String.format("%011d", random.nextLong(100_000_000_000L))));
    }
    return out;
  }

  private static String masked(String n) {
    return "****-****-" + n.substring(8);
  }

  @Test
  void sixThousandNumbersOnOneLine_areEachFoundOnce_withSpacesOrTabs() throws IOException {
    List<String> numbers = numbers(6000);
    Files.writeString(dir.resolve("a-spaces.txt"), "個人番号 " + String.join(" ", numbers) + "\n");
    Files.writeString(dir.resolve("b-tabs.txt"), "個人番号\t" + String.join("\t", numbers) + "\n");
    new FileWalker(Fixtures.TABLE, ScanEngine.DEFAULT_CAPACITY, recorder).walk(dir);
    recorder.lines();
    assertThat(Files.size(dir.resolve("a-spaces.txt"))).isGreaterThan(ScanEngine.DEFAULT_CAPACITY);
    for (String file : List.of("a-spaces.txt", "b-tabs.txt")) {
      List<Finding> found =
          recorder.findings.stream().filter(f -> f.path().endsWith(file)).toList();
      assertThat(found).hasSize(6000);
      assertThat(found)
          .extracting(Finding::masked)
          .isEqualTo(numbers.stream().map(FileWalkerTest::masked).toList());
      assertThat(found)
          .allSatisfy(f -> {
            assertThat(f.location()).isEqualTo("line 1");
            assertThat(f.reason()).isEqualTo("context 個人番号");
          });
    }
  }

  private static void zipOf(Path file, String... namesAndContents) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }

  @Test
  void zipArchive_hasItsEntriesScanned_withTheirNames() throws IOException {
    zipOf(
        dir.resolve("leak.zip"),
        "inner/staff.csv",
        "name,my_number\nYamada," + A + "\n",
        "b.txt",
        "x " + B);
    walk(dir);
    assertThat(lines())
        .containsExactly(
            "leak.zip!inner/staff.csv:line 2: " + MASK_A + " high (header my_number)",
            "leak.zip!b.txt:line 1: " + MASK_B + " medium (12 digits)");
    assertThat(recorder.unreadable).isEmpty();
    assertThat(recorder.scanned).hasSize(1);
  }

  @Test
  void nestedZipAndGzip_areScanned_andOfficeFilesInThem() throws IOException {
    Path docs = Files.createDirectory(dir.resolve("tmp"));
    zipOf(docs.resolve("inner.zip"), "deep.txt", "x " + A);
    Documents.workbook(docs.resolve("book.xlsx"), true, List.of("S"), List.of(List.of(List.of(B))));
    try (ZipOutputStream zip =
        new ZipOutputStream(Files.newOutputStream(dir.resolve("outer.zip")))) {
      for (String name : List.of("inner.zip", "book.xlsx")) {
        zip.putNextEntry(new ZipEntry("d/" + name));
        Files.copy(docs.resolve(name), zip);
        zip.closeEntry();
      }
    }
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("leak.csv.gz")))) {
      out.write(("my_number\n" + B + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Files.walk(docs).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    walk(dir);
    assertThat(lines())
        .containsExactly(
            "leak.csv.gz!leak.csv:line 2: " + MASK_B + " high (header my_number)",
            "outer.zip!d/inner.zip!deep.txt:line 1: " + MASK_A + " medium (12 digits)",
            "outer.zip!d/book.xlsx:sheet S cell A1: " + MASK_B + " medium (12 digits)");
    assertThat(recorder.unreadable).isEmpty();
  }

  @Test
  void encryptedZip_andArchivesThatCannotBeOpened_areUnreadable() throws IOException {
    Path zip = dir.resolve("locked.zip");
    zipOf(zip, "a.txt", "x " + A);
    byte[] bytes = Files.readAllBytes(zip);
    bytes[6] |= 1; // the local header's "encrypted" flag
    for (int i = 0; i + 4 < bytes.length; i++) {
      if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
        bytes[i + 8] |= 1; // and the central directory's
      }
    }
    Files.write(zip, bytes);
    Files.write(
        dir.resolve("m.7z"),
        new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0, 4, 1, 2});
    Files.write(
        dir.resolve("n.rar"),
        "Rar!\u001a\u0007\u0001\u0000 more".getBytes(StandardCharsets.ISO_8859_1));
    walk(dir);
    assertThat(recorder.unreadable)
        .containsExactly(
            "locked.zip: encrypted",
            "m.7z: archive format that cannot be opened (7z, rar, xz, bzip2): not scanned",
            "n.rar: archive format that cannot be opened (7z, rar, xz, bzip2): not scanned");
    assertThat(recorder.findings).isEmpty();
  }

  @Test
  void zipBomb_isUnreadable() throws IOException {
    try (ZipOutputStream zip =
        new ZipOutputStream(Files.newOutputStream(dir.resolve("bomb.zip")))) {
      zip.putNextEntry(new ZipEntry("zeros.txt"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 50; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    Files.writeString(dir.resolve("next.txt"), "x " + A);
    walk(dir);
    assertThat(recorder.unreadable)
        .hasSize(1)
        .first()
        .asString()
        .startsWith(
            "bomb.zip: archive too large to read safely: an entry expands more than 100 times");
    assertThat(lines()).containsExactly("next.txt:line 1: " + MASK_A + " medium (12 digits)");
  }

  @Test
  void utf16WithoutABom_isDetected_inBothByteOrders() throws IOException {
    String csv = "name,my_number\r\nYamada," + A + "\r\n";
    Files.write(dir.resolve("be.csv"), csv.getBytes(StandardCharsets.UTF_16BE));
    Files.write(dir.resolve("le.csv"), csv.getBytes(StandardCharsets.UTF_16LE));
    walk(dir);
    assertThat(lines())
        .containsExactly(
            "be.csv:line 2: " + MASK_A + " high (header my_number)",
            "le.csv:line 2: " + MASK_A + " high (header my_number)");
  }

  /** A .docx whose document.xml expands to {@code megabytes} MB of text, written as a stream. */
  private static void hugeDocx(Path file, int megabytes, boolean compressible) throws IOException {
    try (ZipOutputStream zip =
        new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
      zip.setLevel(1);
      String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                  + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                  + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                  + ".wordprocessingml.document.main+xml\"/></Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("_rels/.rels"));
      zip.write(
          ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                  + "officeDocument\" Target=\"word/document.xml\"/></Relationships>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><w:document xmlns:w=\"" + w + "\"><w:body><w:p><w:r><w:t>")
              .getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[1 << 20];
      Random random = new Random(1);
      for (int i = 0; i < megabytes; i++) {
        for (int k = 0; k < chunk.length; k++) {
          chunk[k] = compressible ? (byte) 'a' : (byte) ('a' + random.nextInt(26));
        }
        zip.write(chunk);
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  @Test
  void docxExpandingTo300Megabytes_isUnreadable_andTheNextFileIsStillScanned() throws IOException {
    hugeDocx(dir.resolve("a-huge.docx"), 300, true);
    Files.writeString(dir.resolve("b.txt"), "x " + A);
    walk(dir);
    assertThat(recorder.unreadable).containsExactly("a-huge.docx: too large to read safely");
    assertThat(lines()).containsExactly("b.txt:line 1: " + MASK_A + " medium (12 digits)");
  }

  @Test
  void docxPartOverTheEntrySizeLimit_isUnreadable() throws IOException {
    hugeDocx(dir.resolve("a-big.docx"), 3, false);
    Files.writeString(dir.resolve("b.txt"), "x " + A);
    new FileWalker(Fixtures.TABLE, 256, recorder, 1L << 20).walk(dir);
    new FileWalker(Fixtures.TABLE, 256, new Fixtures.Recorder()); // puts POI's default limit back
    assertThat(recorder.unreadable).containsExactly("a-big.docx: too large to read safely");
    assertThat(lines()).containsExactly("b.txt:line 1: " + MASK_A + " medium (12 digits)");
  }
}
