package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import mamori.generate.PersonGenerator;
import mamori.generate.Resident;
import mamori.generate.Residents;
import mamori.number.InsecureNumberAccess;
import mamori.work.DocumentType;
import mamori.work.SyntheticSlips;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code mamori generate slips} end to end through picocli. */
class GenerateSlipsCommandTest {
  @TempDir Path dir;

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = MamoriCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private List<String> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void png_writesOneImageASlip_andTheAnswerKey() throws IOException {
    Path slips = dir.resolve("slips");
    assertThat(run("generate", "slips", "--count", "3", "--out", slips.toString())).isZero();
    assertThat(files(slips))
        .containsExactly("slip-00001.png", "slip-00002.png", "slip-00003.png", "slips.csv");
    var image =
        ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(slips.resolve("slip-00002.png"))));
    assertThat(image.getWidth()).isEqualTo(1240);
    List<String> csv = Files.readAllLines(slips.resolve("slips.csv"), StandardCharsets.UTF_8);
    assertThat(csv).hasSize(4);
    assertThat(csv.getFirst()).startsWith("slip,payer_corporate_number,payer_name,payee_my_number");
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains("wrote 3 slips (png");
    assertThat(err.toString().replace(dir.toString(), "")).doesNotContainPattern("\\d{12}");
  }

  @Test
  void theAnswerKey_isOwnerOnly_andReplacesAWorldReadableOneWhole() throws IOException {
    Path slips = Files.createDirectories(dir.resolve("again"));
    Path key = slips.resolve(GenerateSlipsCommand.ANSWER_KEY);
    Files.writeString(key, "an earlier run's key\r\n");
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
    assertThat(run("generate", "slips", "--count", "2", "--out", slips.toString())).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
        .isEqualTo("rw-------");
    assertThat(Files.readAllLines(key)).hasSize(3).allMatch(l -> l.startsWith("slip"));
    assertThat(files(slips))
        .as("no temporary file left")
        .containsExactly("slip-00001.png", "slip-00002.png", GenerateSlipsCommand.ANSWER_KEY);
  }

  @Test
  void anAnswerKeyValue_withACommaQuoteOrLineBreak_isQuotedAsRfc4180() {
    DocumentType type = mamori.work.DocumentTypes.builtIn(SyntheticSlips.TYPE);
    String first = type.fields().get(0).id();
    String second = type.fields().get(1).id();
    String third = type.fields().get(2).id();
    String line =
        GenerateSlipsCommand.appendRow(
                new StringBuilder(),
                "slip-00001",
                type,
                Map.of(first, "株式会社\"ミナト\"", second, "港区,芝", third, "一行\n二行"))
            .toString();
    assertThat(line)
        .startsWith("slip-00001,\"株式会社\"\"ミナト\"\"\",\"港区,芝\",\"一行\n二行\",")
        .endsWith("\r\n");
    assertThat(line.chars().filter(c -> c == ',').count())
        .as("one comma between fields, the quoted ones aside")
        .isEqualTo(type.fields().size() + 1);
  }

  @Test
  void pdf_writesOnePdfASlip() throws IOException {
    Path slips = dir.resolve("pdf");
    assertThat(
            run("generate", "slips", "--count", "2", "--out", slips.toString(), "--format", "pdf"))
        .isZero();
    assertThat(files(slips)).containsExactly("slip-00001.pdf", "slip-00002.pdf", "slips.csv");
    try (var doc = Loader.loadPDF(slips.resolve("slip-00001.pdf").toFile())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
    }
  }

  @Test
  void residents_comeFromTheFileGiven_andTheSameSeedGivesTheSameSlips() throws IOException {
    Path persons = dir.resolve("persons.csv");
    PersonGenerator.writeCsv(persons, 200, 9);
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertThat(
            run(
                "generate",
                "slips",
                "--count",
                "2",
                "--out",
                a.toString(),
                "--residents",
                persons.toString()))
        .isZero();
    assertThat(
            run(
                "generate",
                "slips",
                "--count",
                "2",
                "--out",
                b.toString(),
                "--residents",
                persons.toString()))
        .isZero();
    assertThat(Files.readAllBytes(a.resolve("slips.csv")))
        .isEqualTo(Files.readAllBytes(b.resolve("slips.csv")));
    assertThat(Files.readAllBytes(a.resolve("slip-00001.png")))
        .isEqualTo(Files.readAllBytes(b.resolve("slip-00001.png")));
    // each slip's payee is the file's resident of that number: same name, same address
    Map<String, Resident> byNumber = new HashMap<>();
    Residents.readCsv(persons, 200)
        .forEach(r -> byNumber.put(r.myNumber().digits(InsecureNumberAccess.get()), r));
    List<String> key = Files.readAllLines(a.resolve(GenerateSlipsCommand.ANSWER_KEY));
    List<String> header = List.of(key.getFirst().split(","));
    assertThat(key).hasSize(3);
    for (String line : key.subList(1, key.size())) {
      List<String> row = List.of(line.split(",", -1));
      assertThat(row).hasSameSizeAs(header);
      Resident payee = byNumber.get(row.get(header.indexOf("payee_my_number")));
      // the number itself is never a failure's message: found or not
      assertThat(payee).as("%s's payee is a resident of the file", row.getFirst()).isNotNull();
      assertThat(row.get(header.indexOf("payee_family_name"))).isEqualTo(payee.familyName());
      assertThat(row.get(header.indexOf("payee_given_name"))).isEqualTo(payee.givenName());
      assertThat(row.get(header.indexOf("payee_address"))).isEqualTo(payee.address());
    }
  }

  @Test
  void badOptions_areUsageErrors() {
    assertThat(run("generate", "slips", "--count", "0", "--out", dir.toString())).isEqualTo(2);
    assertThat(run("generate", "slips", "--count", "1", "--out", dir.toString(), "--format", "gif"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--format must be png or pdf");
  }
}
