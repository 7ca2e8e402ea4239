package mamori.vault;

import static mamori.vault.PersonCsvFixtures.HEADER;
import static mamori.vault.PersonCsvFixtures.OPTIONS;
import static mamori.vault.PersonCsvFixtures.number;
import static mamori.vault.PersonCsvFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import mamori.number.Masking;
import mamori.vault.PersonCsvReader.Reject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectsFileTest {
  @TempDir Path dir;

  private List<String> filesIn() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void importedFilesRejects_areWrittenWithBomHeaderAndPhysicalLines_andNoFullNumber()
      throws IOException {
    String n = number(42);
    String wrongCheck = n.substring(0, 11) + (n.charAt(11) - '0' + 1) % 10;
    String csv =
        HEADER
            + row(1).replace("兵庫県尼崎市", "\"兵庫県\r\n\r\n尼崎市").replace("12-5,", "12-5\",")
            + row(n, "=1+1")
            + row(2)
            + row(wrongCheck, "山田")
            + row(n, "山田")
            + row(n, "山田");
    Path input = dir.resolve("people.csv");
    Files.writeString(input, csv);
    try (PersonCsvReader reader = PersonCsvReader.open(input, OPTIONS);
        RejectsFile rejects = RejectsFile.forInput(input)) {
      for (PersonCsvReader.Batch b = reader.next(2); !b.isEmpty(); b = reader.next(2)) {
        rejects.addAll(b.rejects());
      }
      assertThat(rejects.count()).isEqualTo(4);
      assertThat(rejects.commit()).contains(dir.resolve("people.csv.rejects.csv"));
    }
    byte[] bytes = Files.readAllBytes(dir.resolve("people.csv.rejects.csv"));
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    assertThat(Masking.holdsIndividualNumber(text)).isFalse();
    assertThat(text.replaceAll("\\d", "").contains("****-****-")).isTrue();
    String last4 = n.substring(8);
    assertThat(text.split("\r\n"))
        .containsExactly(
            "line,reason,my_number_masked",
            "2,address: control character U+000D,****-****-" + number(1).substring(8),
            "5,family_name: starts with '=' like a spreadsheet formula,****-****-" + last4,
            "7,my_number: check digit does not match,****-****-" + wrongCheck.substring(8),
            "9,my_number: duplicate of line 8,****-****-" + last4);
    assertThat(filesIn()).containsExactly("people.csv", "people.csv.rejects.csv");
  }

  @Test
  void fieldsThatLookLikeFormulas_areNeutralised_andNumbersMasked() {
    assertThat(RejectsFile.field("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
    assertThat(RejectsFile.field("-2+3")).isEqualTo("'-2+3");
    assertThat(RejectsFile.field("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
    String n = number(77);
    assertThat(Masking.holdsIndividualNumber(RejectsFile.field("seen " + n))).isFalse();
  }

  @Test
  void aRunWithoutRejects_writesNothing_andRemovesAnEarlierRunsFile() throws IOException {
    Path input = dir.resolve("p.csv");
    Files.writeString(input, "x");
    Files.writeString(RejectsFile.pathFor(input), "old");
    try (RejectsFile rejects = RejectsFile.forInput(input)) {
      assertThat(rejects.commit()).isEmpty();
    }
    assertThat(filesIn()).containsExactly("p.csv");
  }

  @Test
  void aNewRun_replacesTheEarlierFileWhole() throws IOException {
    Path input = dir.resolve("p.csv");
    Files.writeString(RejectsFile.pathFor(input), "old,old,old\r\n".repeat(100));
    try (RejectsFile rejects = RejectsFile.forInput(input)) {
      rejects.add(new Reject(3, "sex: empty", ""));
      rejects.commit();
    }
    assertThat(Files.readString(RejectsFile.pathFor(input)))
        .isEqualTo("\uFEFFline,reason,my_number_masked\r\n3,sex: empty,\r\n");
    assertThat(filesIn()).containsExactly("p.csv.rejects.csv");
  }

  @Test
  void closingWithoutCommit_leavesNoFileBehind_andKeepsTheEarlierOne() throws IOException {
    Path input = dir.resolve("p.csv");
    Files.writeString(RejectsFile.pathFor(input), "old");
    try (RejectsFile rejects = RejectsFile.forInput(input)) {
      rejects.add(new Reject(3, "sex: empty", ""));
    }
    assertThat(filesIn()).containsExactly("p.csv.rejects.csv");
    assertThat(Files.readString(RejectsFile.pathFor(input))).isEqualTo("old");
  }
}
