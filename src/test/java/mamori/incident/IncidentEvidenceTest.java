package mamori.incident;

import static mamori.incident.IncidentWorld.AUDITOR;
import static mamori.incident.IncidentWorld.OFFICER;
import static mamori.incident.IncidentWorld.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import mamori.core.Action;
import mamori.crypto.SigningKeys;
import mamori.identity.SecurityAlerts;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.NoteSigner;
import mamori.store.TestStores;
import mamori.witness.Witness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The evidence export: cosigned, verifiable offline, tokens only; a tampered export refused. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
@Tag("timed") // it times itself: run alone, in the one-fork execution (docs/testing.md)
class IncidentEvidenceTest {
  @Parameter TestStores.Kind kind;
  @TempDir Path keys;
  @TempDir Path witnessKeys;
  IncidentWorld w;
  IncidentEvidence evidence;
  NoteSigner witness;

  @BeforeEach
  void open() {
    w = new IncidentWorld(kind, keys);
    SecurityAlerts alerts = new SecurityAlerts(w.store.dataSource(), w.clock);
    String alert =
        alerts.raise(
            IncidentWorld.T.value(),
            new SecurityAlerts.Raised(
                "volume.operator",
                "op-1",
                "many reads",
                mamori.core.Severity.HIGH,
                w.evidence.subList(0, 2),
                mamori.core.AlertPolicy.NOTIFY,
                ""));
    w.table.linkAlert(IncidentWorld.T, "i-1", alert);
    evidence = new IncidentEvidence(w.store.dataSource(), w.logs, alerts, w.clock);
    witness =
        Witness.cosigner(SigningKeys.in(witnessKeys), "witness.example/w1", Clock.systemUTC());
  }

  @AfterEach
  void close() {
    w.close();
  }

  /** Has the witness cosign the log's newest checkpoint, once it covers {@code size} entries. */
  void cosign(long size) throws Exception {
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() ->
            w.log.checkpoint().isPresent()
                && Checkpoint.parse(Note.parse(w.log.checkpoint().get()).text()).size() >= size);
    Note note = Note.parse(w.log.checkpoint().orElseThrow());
    long at = Checkpoint.parse(note.text()).size();
    w.log.storeCosigned(at, note.withSignature(witness.sign(note.text())).toString());
  }

  @Test
  void theExport_provesEachEntryAgainstACosignedCheckpoint_andVerifies() throws Exception {
    cosign(3);
    byte[] json = evidence.export(AUDITOR, "i-1", false);
    String text = new String(json, StandardCharsets.UTF_8);
    JsonNode root = IncidentReports.JSON.readTree(json);
    assertThat(root.path("schema").asString()).isEqualTo(EvidenceExport.SCHEMA);
    assertThat(root.path("cosigners").get(0).asString()).isEqualTo("witness.example/w1");
    assertThat(root.path("entries").size()).isEqualTo(3);
    assertThat(root.path("persons").size()).isEqualTo(3);
    assertThat(root.path("alerts").get(0).path("evidence").size()).isEqualTo(2);
    // tokens only
    assertThat(text).contains("P-AAA").doesNotContain("デモ市").doesNotContain("山田");
    // logged before it was made (the export's own record is after the checkpoint used)
    assertThat(w.record(3).action()).isEqualTo(Action.INCIDENT_EVIDENCE_EXPORT.code());
    assertThat(w.record(3).actor()).isEqualTo("auditor");
    // with the SHA-256 of the very bytes handed out, base64url as the reports log theirs
    assertThat(w.record(3).caseRef())
        .isEqualTo(
            "i-1 evidence sha256:"
                + java.util.Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                        java.security.MessageDigest.getInstance("SHA-256").digest(json)));
    EvidenceVerifier.Result r =
        EvidenceVerifier.verify(json, w.logs.verifierKeys("t1"), List.of(witness.verifierKey()));
    assertThat(r.problem()).isEmpty();
    assertThat(r.entries()).isEqualTo(3);
    assertThat(r.witnesses()).containsExactly("witness.example/w1");
    assertThat(r.keysFromFile()).isFalse();
    assertThat(EvidenceVerifier.verify(json, List.of(), List.of()).ok()).isTrue();
    assertThat(EvidenceVerifier.verify(json, List.of(), List.of()).keysFromFile()).isTrue();
  }

  @Test
  void anEntryOfTheExport_isAcceptedByTheIndependentJavaScriptVerifier() throws Exception {
    cosign(3);
    JsonNode root = IncidentReports.JSON.readTree(evidence.export(OFFICER, "i-1", false));
    Path note = keys.resolve("checkpoint.note");
    java.nio.file.Files.writeString(note, root.path("checkpoint").asString());
    Path entry = keys.resolve("entry.json");
    java.nio.file.Files.writeString(
        entry, IncidentReports.JSON.writeValueAsString(root.path("entries").get(1)));
    Process p =
        new ProcessBuilder(
                "node",
                "src/test/js/verify-checkpoint.mjs",
                w.logs.verifierKeys("t1").getFirst().toString(),
                note.toString(),
                entry.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(out.strip()).isEqualTo("ok " + root.path("treeSize").asLong());
  }

  @Test
  void aTamperedExport_isRejected() throws Exception {
    cosign(3);
    byte[] json = evidence.export(OFFICER, "i-1", false);
    var keys = w.logs.verifierKeys("t1");
    // an entry's bytes changed
    ObjectNode changed = (ObjectNode) IncidentReports.JSON.readTree(json);
    ObjectNode e0 = (ObjectNode) changed.path("entries").get(0);
    byte[] entry = Base64.getDecoder().decode(e0.path("entry").asString());
    entry[entry.length - 1] ^= 1;
    e0.put("entry", Base64.getEncoder().encodeToString(entry));
    assertThat(verify(changed, keys).problem()).get().asString().contains("does not hash");
    // the leaf hash changed with it: the proof fails
    e0.put(
        "leafHash", Base64.getEncoder().encodeToString(mamori.log.verify.Rfc6962.leafHash(entry)));
    assertThat(verify(changed, keys).problem()).get().asString().contains("not in the checkpoint");
    // a person's evidence pointed at another person's entry
    ObjectNode swapped = (ObjectNode) IncidentReports.JSON.readTree(json);
    ObjectNode p0 = (ObjectNode) swapped.path("persons").get(0);
    p0.put("token", "P-ZZZ");
    assertThat(verify(swapped, keys).problem()).get().asString().contains("P-ZZZ");
    // the checkpoint's root changed
    ObjectNode forged = (ObjectNode) IncidentReports.JSON.readTree(json);
    forged.put(
        "checkpoint", forged.path("checkpoint").asString().replaceFirst("\n(\\d+)\n", "\n$1\nX"));
    assertThat(verify(forged, keys).ok()).isFalse();
    // a witness who did not cosign
    var other = Witness.cosigner(SigningKeys.in(keys0()), "witness.example/w2", Clock.systemUTC());
    assertThat(EvidenceVerifier.verify(json, keys, List.of(other.verifierKey())).problem())
        .get()
        .asString()
        .contains("not cosigned by the witness witness.example/w2");
    assertThat(EvidenceVerifier.verify("{}".getBytes(StandardCharsets.UTF_8), keys, List.of()).ok())
        .isFalse();
  }

  @TempDir Path otherWitness;

  Path keys0() {
    return otherWitness;
  }

  EvidenceVerifier.Result verify(JsonNode json, List<mamori.log.verify.VerifierKey> keys) {
    return EvidenceVerifier.verify(
        IncidentReports.JSON.writeValueAsBytes(json), keys, List.of(witness.verifierKey()));
  }

  @Test
  void withoutACosignedCheckpoint_theExportIsRefused_unlessTheLogsOwnSignatureWillDo()
      throws Exception {
    await().atMost(Duration.ofSeconds(5)).until(() -> w.log.checkpoint().isPresent());
    assertThatThrownBy(() -> evidence.export(OFFICER, "i-1", false))
        .isInstanceOfSatisfying(
            ReportRefused.class, e -> assertThat(e.code()).isEqualTo(ReportRefused.NOT_COSIGNED));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> Checkpoint.parse(Note.parse(w.log.checkpoint().get()).text()).size() >= 3);
    byte[] json = evidence.export(OFFICER, "i-1", true);
    EvidenceVerifier.Result r = EvidenceVerifier.verify(json, w.logs.verifierKeys("t1"), List.of());
    assertThat(r.ok()).isTrue();
    assertThat(r.cosigners()).isEmpty();
    assertThatThrownBy(() -> evidence.export(STAFF, "i-1", true)).isInstanceOf(ReportRefused.class);
  }
}
