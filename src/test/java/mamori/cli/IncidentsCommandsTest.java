package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mamori.VaultSession;
import mamori.core.Field;
import mamori.core.Why;
import mamori.incident.IncidentSeeds;
import mamori.log.TestRecords;
import mamori.store.StoreLocation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mamori incidents report|notify|evidence} as the signed-in user, and {@code mamori log
 * verify --export}, through the command line as it is built.
 */
class IncidentsCommandsTest {
  @TempDir Path temp;
  StoreLocation location;
  Path data;

  CliRun incidents(String... args) {
    List<String> all = new ArrayList<>(List.of("incidents"));
    all.addAll(List.of(args));
    all.addAll(List.of("--data", data.toString()));
    return CliRun.with(cl -> {}, all.toArray(String[]::new));
  }

  @BeforeEach
  void anIncidentOfTwoPersons() {
    data = temp.resolve("data");
    location = new StoreLocation.Embedded(data);
    CliLogin.officer(location, temp, temp, "t1");
    try (VaultSession s = VaultSession.open(location, data.resolve("keys"))) {
      var log = s.logs.forTenant("t1");
      List<List<Long>> evidence = new ArrayList<>();
      for (String t : List.of("P-AAA", "P-BBB")) {
        evidence.add(
            List.of(
                log.append(
                    TestRecords.read(
                        "op-1",
                        "con",
                        List.of("e-1"),
                        new Why("resident-tax", "c-1"),
                        t,
                        Set.of(Field.FAMILY_NAME, Field.BIRTH_DATE),
                        Instant.now()))));
      }
      IncidentSeeds.incident(
          s.store.dataSource(), "t1", "i-1", List.of("P-AAA", "P-BBB"), evidence, Instant.now());
    }
  }

  @Test
  void theReport_isWrittenSavedAndSubmitted_asTheSignedInOfficer() throws Exception {
    Path draft = temp.resolve("draft.json");
    CliRun r =
        incidents(
            "report",
            "--tenant",
            "t1",
            "--incident",
            "i-1",
            "--kind",
            "final",
            "--json",
            draft.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String json = Files.readString(draft);
    assertThat(json).contains("\"persons\":2").contains("氏、生年月日");
    // the final report's cause is the officer's to write: refused naming it
    CliRun missing =
        incidents(
            "report",
            "--tenant",
            "t1",
            "--incident",
            "i-1",
            "--kind",
            "final",
            "--save",
            draft.toString());
    assertThat(missing.exit()).isNotZero();
    assertThat(missing.err()).contains("原因 (cause)");
    Files.writeString(
        draft,
        json.replaceAll("\"cause\":\"[^\"]*\"", "\"cause\":\"操作者の不正\"")
            .replaceAll("\"secondaryHarm\":\"[^\"]*\"", "\"secondaryHarm\":\"なし\"")
            .replaceAll("\"responseToPersons\":\"[^\"]*\"", "\"responseToPersons\":\"通知\"")
            .replaceAll("\"publicAnnouncement\":\"[^\"]*\"", "\"publicAnnouncement\":\"未\"")
            .replaceAll("\"recurrence\":\"[^\"]*\"", "\"recurrence\":\"対策\""),
        StandardCharsets.UTF_8);
    Path pdf = temp.resolve("final.pdf");
    CliRun saved =
        incidents(
            "report",
            "--tenant",
            "t1",
            "--incident",
            "i-1",
            "--kind",
            "final",
            "--save",
            draft.toString(),
            "--submit",
            "1",
            "--pdf",
            pdf.toString());
    assertThat(saved.exit()).as(saved.err()).isZero();
    assertThat(saved.out())
        .contains("saved i-1 final version 1, sha256 ")
        .contains("submitted i-1 final version 1");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
          .contains("（確報）", "4.原因", "操作者の不正", "第1版（提出済）");
    }
    CliRun wrongTenant =
        incidents("report", "--tenant", "t9", "--incident", "i-1", "--kind", "final");
    assertThat(wrongTenant.exit()).isEqualTo(2);
  }

  @Test
  void notify_thenTheEvidence_verifiesWithLogVerify_andATamperedOneFails() throws Exception {
    CliRun n = incidents("notify", "--tenant", "t1", "--incident", "i-1");
    assertThat(n.exit()).as(n.err()).isZero();
    assertThat(n.out()).contains("i-1: 2 newly notified in the portal; 2 of 2 affected");
    assertThat(incidents("notify", "--tenant", "t1", "--incident", "i-1").out())
        .contains("0 newly notified");
    Path out = temp.resolve("evidence.json");
    CliRun e =
        incidents(
            "evidence",
            "--tenant",
            "t1",
            "--incident",
            "i-1",
            "--out",
            out.toString(),
            "--uncosigned");
    assertThat(e.exit()).as(e.err()).isZero();
    CliRun vkey = CliRun.of("log", "vkey", "--tenant", "t1", "--data", data.toString());
    String key = vkey.out().lines().findFirst().orElseThrow();
    CliRun ok = CliRun.of("log", "verify", "--export", out.toString(), "--key", key);
    assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
    assertThat(ok.out()).contains(": ok, 2 entries proved").doesNotContain("note:");
    String text = Files.readString(out);
    assertThat(ok.out()).contains("checkpoint cosigned by no witness");
    // a cosigner the file names is its claim until a --witness key checks it
    assertThat(text).contains("\"cosigners\":[]");
    Path claimed = temp.resolve("claimed.json");
    Files.writeString(
        claimed, text.replace("\"cosigners\":[]", "\"cosigners\":[\"witness.example/w9\"]"));
    CliRun c9 = CliRun.of("log", "verify", "--export", claimed.toString(), "--key", key);
    assertThat(c9.exit()).as(c9.out() + c9.err()).isZero();
    assertThat(c9.out())
        .contains(
            "checkpoint the file says is cosigned by witness.example/w9 (claimed by the file, not"
                + " verified)");
    int at = text.indexOf("\"entry\":\"") + 12;
    char c = text.charAt(at);
    Path tampered = temp.resolve("tampered.json");
    Files.writeString(
        tampered, text.substring(0, at) + (c == 'A' ? 'B' : 'A') + text.substring(at + 1));
    CliRun bad = CliRun.of("log", "verify", "--export", tampered.toString());
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.out()).contains("FAILED");
  }

  @Test
  void aStaffMember_cannotNotifyOrSave() {
    CliLogin.staff(location, temp, temp, "t1");
    CliRun n = incidents("notify", "--tenant", "t1", "--incident", "i-1");
    assertThat(n.exit()).isNotZero();
    assertThat(n.err()).contains("security officers");
  }
}
