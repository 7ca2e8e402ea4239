package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import mamori.number.Masking;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mamori jobs create|add-documents|types} as the signed-in officer; no number printed. */
class JobsCommandTest {
  @TempDir Path temp;
  StoreLocation location;

  @BeforeEach
  void signIn() {
    location = TestStores.fresh(TestStores.Kind.SQLITE);
    CliLogin.officer(location, temp, temp, "t-city");
  }

  @AfterEach
  void drop() {
    System.clearProperty(LoginCommand.CliUser.SETTING);
    TestStores.drop(location);
  }

  private CliRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--data", ((StoreLocation.Embedded) location).folder().toString()));
    CliRun r = CliRun.of(all.toArray(String[]::new));
    assertThat(Masking.holdsIndividualNumber(r.out() + r.err())).as("a number printed").isFalse();
    return r;
  }

  @Test
  void theOfficer_createsAJob_andLoadsAFolder_seeingEachRefusal() throws Exception {
    CliRun created =
        run(
            "jobs",
            "create",
            "--tenant",
            "t-city",
            "--name",
            "2026年度 源泉徴収票",
            "--purpose",
            "withholding-slip-entry",
            "--type",
            "withholding-slip",
            "--deadline",
            "2099-01-31",
            "--id",
            "job-cli");
    assertThat(created.exit()).as(created.err()).isZero();
    assertThat(created.lines())
        .contains(
            "job: job-cli (open)",
            "type: withholding-slip v1",
            "deadline: 2099-01-31T23:59:59+09:00");
    Path dir = Files.createDirectories(temp.resolve("scans"));
    BufferedImage img = new BufferedImage(60, 85, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(img, "png", png);
    Files.write(dir.resolve("slip-1.png"), png.toByteArray());
    Files.write(dir.resolve("slip 1234 5678 9018.png"), png.toByteArray());
    Files.writeString(dir.resolve("letter.png"), "a letter, not a scan");
    Files.writeString(dir.resolve("notes.txt"), "not taken");
    CliRun added = run("jobs", "add-documents", "--tenant", "t-city", "job-cli", dir.toString());
    assertThat(added.exit()).as(added.err()).isEqualTo(1);
    assertThat(added.lines())
        .contains(
            "refused: letter.png: is not a PDF, PNG, JPEG or TIFF file (read from its bytes, not its name)",
            "2 loaded (2 pages), 1 refused, of 3 files");
    CliRun unknown = run("jobs", "add-documents", "--tenant", "t-city", "job-none", dir.toString());
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("job.unknown");
  }

  @Test
  void aFileLargerThanTheLimit_isRefusedBeforeItIsRead() throws Exception {
    CliRun created =
        run(
            "jobs",
            "create",
            "--tenant",
            "t-city",
            "--id",
            "job-big",
            "--name",
            "大きな束",
            "--purpose",
            "withholding-slip-entry",
            "--type",
            "withholding-slip",
            "--deadline",
            "2099-01-31");
    assertThat(created.exit()).as(created.err()).isZero();
    Path dir = Files.createDirectory(temp.resolve("big"));
    // sparse: one byte over the limit on the disk's word, no gigabyte written
    try (var f = new java.io.RandomAccessFile(dir.resolve("huge.pdf").toFile(), "rw")) {
      f.setLength(mamori.work.Jobs.MAX_FILE_BYTES + 1);
    }
    BufferedImage img = new BufferedImage(60, 85, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(img, "png", png);
    Files.write(dir.resolve("slip-1.png"), png.toByteArray());
    CliRun added = run("jobs", "add-documents", "--tenant", "t-city", "job-big", dir.toString());
    assertThat(added.exit()).as(added.err()).isEqualTo(1);
    assertThat(added.lines())
        .contains(
            "refused: huge.pdf: was not read: is larger than 1024 MB",
            "1 loaded (1 pages), 1 refused, of 2 files");
  }

  @Test
  void types_areListed_andACitysTypeLoads() throws Exception {
    Path file = temp.resolve("form.yaml");
    Files.writeString(file, mamori.work.WorkFixtures.typeFile("city-form"));
    CliRun loaded = run("jobs", "types", "load", "--tenant", "t-city", file.toString());
    assertThat(loaded.exit()).as(loaded.err()).isZero();
    assertThat(loaded.out())
        .startsWith("loaded city-form v1 (1 pages, 2 parts, 4 fields), sha256 ");
    CliRun listed = run("jobs", "types", "list", "--tenant", "t-city");
    assertThat(listed.lines()).hasSize(3);
    assertThat(listed.out())
        .contains("withholding-slip\tv1", "dependants-declaration\tv1", "city-form\tv1");
    Files.writeString(file, Files.readString(file).replace("check: text", "check: roman"));
    CliRun bad = run("jobs", "types", "load", "--tenant", "t-city", file.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("line 11").contains("unknown check 'roman'");
  }
}
