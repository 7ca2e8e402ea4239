package mamori.incident;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.NoteException;
import mamori.log.verify.NoteSignature;
import mamori.log.verify.Rfc6962;
import mamori.log.verify.VerifierKey;

/*
 * Design. The export settles the argument "did this happen, and to whom" without trusting Mamori: every
 * entry concerned is the log's own canonical bytes with its RFC 6962 audit path to one checkpoint, and
 * that checkpoint is the newest one the witnesses have cosigned that covers the entries (the newest
 * checkpoint may still be waiting for them; older stored ones are walked back to, at most WALK of them).
 * When no cosigned checkpoint covers them the export is refused (checkpoint.not-cosigned), unless the
 * caller accepts the log's own signatures alone (a tenant without witnesses); the file then says it has
 * no cosigners. The export is logged (incident.evidence-export) before anything is read.
 */
/** The evidence export of an incident, for an auditor or the PPC. */
public final class IncidentEvidence {
  /** The most stored checkpoints walked back from the newest to find a cosigned one. */
  static final int WALK = 64;

  /** The most entries one export holds. */
  public static final int MAX_ENTRIES = 100_000;

  private final IncidentActs acts;
  private final TransparencyLogs logs;
  private final SecurityAlerts alerts;

  public IncidentEvidence(
      DataSource dataSource, TransparencyLogs logs, SecurityAlerts alerts, Clock clock) {
    this.acts = new IncidentActs(dataSource, logs, clock);
    this.logs = logs;
    this.alerts = alerts;
  }

  /**
   * The export, as its JSON's UTF-8 bytes.
   *
   * @param uncosigned whether a checkpoint signed by the log alone will do when none cosigned
   *     covers the entries
   * @throws ReportRefused for a caller who may not (the tenant's officer and auditor may), or
   *     {@code checkpoint.not-cosigned}
   */
  public byte[] export(Principal p, String incident, boolean uncosigned) {
    Incident i = acts.readable(p, incident);
    TreeSet<Long> all = new TreeSet<>();
    List<EvidenceExport.Person> persons = new ArrayList<>();
    String after = "";
    while (true) {
      List<Affected> page = acts.table().affected(i.tenant(), i.id(), after, 500);
      if (page.isEmpty()) {
        break;
      }
      for (Affected a : page) {
        persons.add(new EvidenceExport.Person(a.person().value(), a.evidence()));
        all.addAll(a.evidence());
      }
      after = page.getLast().person().value();
    }
    List<EvidenceExport.Alert> alertEvidence = new ArrayList<>();
    for (String id : acts.table().alerts(i.tenant(), i.id())) {
      List<Long> ev =
          alerts.get(i.tenant().value(), id).map(SecurityAlerts.Alert::evidence).orElse(List.of());
      alertEvidence.add(new EvidenceExport.Alert(id, ev));
      all.addAll(ev);
    }
    if (all.size() > MAX_ENTRIES) {
      throw new ReportRefused(
          ReportRefused.TOO_LARGE, "the incident names more than " + MAX_ENTRIES + " entries");
    }
    TenantLog log = logs.forTenant(i.tenant().value());
    String origin = logs.origin(i.tenant().value());
    List<VerifierKey> own = logs.verifierKeys(i.tenant().value());
    long needed = all.isEmpty() ? 0 : all.last() + 1;
    Chosen chosen = choose(log, own, needed, uncosigned);
    List<Long> covered = all.stream().filter(x -> x >= 0 && x < chosen.size).toList();
    List<Long> uncovered = all.stream().filter(x -> x >= chosen.size).toList();
    List<byte[]> entries = log.entriesAt(covered);
    List<List<byte[]>> proofs = log.inclusionProofs(covered, chosen.size);
    Base64.Encoder b64 = Base64.getEncoder();
    List<EvidenceExport.Entry> out = new ArrayList<>(covered.size());
    for (int k = 0; k < covered.size(); k++) {
      out.add(
          new EvidenceExport.Entry(
              covered.get(k),
              chosen.size,
              b64.encodeToString(entries.get(k)),
              b64.encodeToString(Rfc6962.leafHash(entries.get(k))),
              proofs.get(k).stream().map(b64::encodeToString).toList()));
    }
    EvidenceExport e =
        new EvidenceExport(
            EvidenceExport.SCHEMA,
            i.tenant().value(),
            i.id(),
            acts.clock().instant().toString(),
            p.userId().value(),
            origin,
            own.stream().map(VerifierKey::toString).toList(),
            chosen.note,
            chosen.size,
            chosen.cosigners,
            persons,
            alertEvidence,
            out,
            uncovered);
    byte[] bytes = IncidentReports.JSON.writeValueAsString(e).getBytes(StandardCharsets.UTF_8);
    // logged before it is handed out, with the SHA-256 of the very bytes: comparing a file's hash
    // with this record shows whether persons or entries were removed from it afterwards
    acts.logged(p, Action.INCIDENT_EVIDENCE_EXPORT, caseOf(i.id(), bytes), Optional.empty());
    return bytes;
  }

  /**
   * The logged case of an export: "<id> evidence sha256:<base64url>", as the reports log theirs.
   */
  static String caseOf(String incident, byte[] export) {
    return incident
        + " evidence sha256:"
        + Base64.getUrlEncoder().withoutPadding().encodeToString(IncidentReports.sha256(export));
  }

  private record Chosen(String note, long size, List<String> cosigners) {}

  private static Chosen choose(
      TenantLog log, List<VerifierKey> own, long needed, boolean uncosigned) {
    Optional<String> at = log.checkpoint();
    Chosen newest = null;
    for (int walked = 0; at.isPresent() && walked < WALK; walked++) {
      Chosen c = parse(at.get(), own);
      if (newest == null) {
        newest = c;
      }
      if (c.size < needed) {
        break;
      }
      if (!c.cosigners.isEmpty()) {
        return c;
      }
      if (c.size == 0) {
        break;
      }
      at = log.checkpointAtMost(c.size - 1);
    }
    if (uncosigned && newest != null) {
      return newest;
    }
    throw new ReportRefused(
        ReportRefused.NOT_COSIGNED,
        "no checkpoint cosigned by the witnesses covers the evidence yet; try again once the"
            + " witnesses have cosigned, or export against the log's own signatures");
  }

  private static Chosen parse(String note, List<VerifierKey> own) {
    try {
      Note n = Note.parse(note);
      long size = Checkpoint.parse(n.text()).size();
      List<String> cosigners = new ArrayList<>();
      for (NoteSignature s : n.signatures()) {
        if (own.stream().noneMatch(s::isBy) && !cosigners.contains(s.keyName())) {
          cosigners.add(s.keyName());
        }
      }
      return new Chosen(note, size, cosigners);
    } catch (NoteException e) {
      throw new IllegalStateException("the log's checkpoint is not a note", e);
    }
  }
}
