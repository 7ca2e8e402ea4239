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
import mamori.number.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWalkerTest {
  @TempDir Path dir;
  private final Fixtures.Recorder recorder = new Fixtures.Recorder();

  private void walk(Path path) {
    new FileWalker(Fixtures.TABLE, 256, recorder).walk(path);
  }

  /** Each finding as {@code FILE-NAME:LOCATION: MASKED CONFIDENCE (REASON)}, checked for full numbers. */
  private List<String> lines() {
    recorder.lines();
    return recorder.findings.stream().map(f -> dir.relativize(f.path()) + ":" + f.location() + ": " + f.masked()
        + " " + f.confidence() + " (" + f.reason() + ")").toList();
  }

  @Test
  void folders_areWalkedRecursively_inSortedOrder() throws IOException {
    Files.createDirectories(dir.resolve("a/z"));
    Files.writeString(dir.resolve("b.txt"), "x " + A + "\n");
    Files.writeString(dir.resolve("a/c.txt"), "x " + B + "\n");
    Files.writeString(dir.resolve("a/z/d.txt"), "nothing\n");
    Files.writeString(dir.resolve("a/b.txt"), "x\n" + grouped(A, " ") + "\n");
    walk(dir);
    assertThat(lines()).containsExactly(
        "a/b.txt:line 2: " + MASK_A + " medium (grouped 4-4-4)",
        "a/c.txt:line 1: " + MASK_B + " medium (12 digits)",
        "b.txt:line 1: " + MASK_A + " medium (12 digits)");
    assertThat(recorder.scanned).extracting(p -> dir.relativize(p).toString())
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
    Files.write(dir.resolve("cut.xlsx"), ("PK\u0003\u0004 truncated " + A).getBytes(StandardCharsets.US_ASCII));
    Files.write(dir.resolve("cut.bin"), ("PK\u0003\u0004 truncated " + A).getBytes(StandardCharsets.US_ASCII));
    walk(dir);
    assertThat(recorder.unreadable).hasSize(1).first().asString().startsWith("cut.xlsx: ");
    assertThat(lines()).containsExactly("cut.bin:line 1: " + MASK_A + " medium (12 digits)");
  }

  @Test
  void filesAreTypedByContent_notByName() throws IOException {
    Documents.pdf(dir.resolve("report.txt"), List.of(List.of("x", "ID " + A)), null);
    walk(dir);
    assertThat(lines()).containsExactly("report.txt:page 1 line 2: " + MASK_A + " medium (12 digits)");
  }

  @Test
  void aNumberInTheFileName_isAFinding() throws IOException {
    Files.writeString(dir.resolve("staff-" + A + ".txt"), "nothing\n");
    walk(dir);
    assertThat(recorder.findings).extracting(Finding::location, Finding::masked).containsExactly(
        org.assertj.core.groups.Tuple.tuple("name", MASK_A));
  }

  @Test
  void shiftJisCsv_withAJapaneseHeader_isHigh() throws IOException {
    String csv = "氏名,個人番号,電話\r\n山田太郎," + A + ",090-1234-5678\r\n佐藤花子,\"" + grouped(B, "-") + "\",\r\n";
    Files.write(dir.resolve("staff.csv"), csv.getBytes(TextDecoding.CP932));
    walk(dir);
    assertThat(lines()).containsExactly(
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
    Documents.zip(dir.resolve("c.zip"), "notes.txt", "compressed, so not readable as text");
    walk(dir);
    assertThat(lines()).containsExactly(
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
}
