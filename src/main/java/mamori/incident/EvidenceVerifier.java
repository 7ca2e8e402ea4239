package mamori.incident;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mamori.log.AccessRecord;
import mamori.log.AccessRecordCodec;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.MerkleProofs;
import mamori.log.verify.Note;
import mamori.log.verify.NoteException;
import mamori.log.verify.NoteVerifier;
import mamori.log.verify.ProofException;
import mamori.log.verify.Rfc6962;
import mamori.log.verify.VerifiedNote;
import mamori.log.verify.VerifierKey;
import tools.jackson.core.JacksonException;

/**
 * Checks an evidence export ({@link EvidenceExport}) offline, trusting nothing in it but what the
 * caller's keys verify: the checkpoint carries a valid signature by every log key given and a valid
 * cosignature by every witness key given; every entry's bytes hash to its leaf hash, its audit path
 * leads to the checkpoint's root, and it decodes as an access record; every affected person's
 * evidence is an entry that names that person's token; every index an alert names is an entry or
 * listed as not covered yet. Used by {@code mamori log verify --export FILE}.
 */
public final class EvidenceVerifier {
  private EvidenceVerifier() {}

  /**
   * What the check found: the entries verified, the witnesses whose cosignatures verified, whether
   * the log keys came from the file itself (then they prove only that the file holds together), and
   * the first problem, if any.
   */
  public record Result(
      int entries,
      List<String> witnesses,
      List<String> cosigners,
      boolean keysFromFile,
      Optional<String> problem) {
    public boolean ok() {
      return problem.isEmpty();
    }
  }

  /**
   * Verifies {@code json}; {@code logKeys} empty means the keys the file names are used (and said
   * so), {@code witnessKeys} are the witnesses whose cosignatures are required.
   */
  public static Result verify(
      byte[] json, List<VerifierKey> logKeys, List<VerifierKey> witnessKeys) {
    EvidenceExport e;
    try {
      e = IncidentReports.JSON.readValue(json, EvidenceExport.class);
    } catch (JacksonException | NullPointerException x) {
      return fail(0, List.of(), List.of(), logKeys.isEmpty(), "the file is not an evidence export");
    }
    if (!EvidenceExport.SCHEMA.equals(e.schema())) {
      return fail(0, List.of(), List.of(), logKeys.isEmpty(), "unknown schema " + e.schema());
    }
    boolean fromFile = logKeys.isEmpty();
    List<VerifierKey> keys = new ArrayList<>(logKeys);
    List<String> cosigners = e.cosigners() == null ? List.of() : e.cosigners();
    try {
      if (fromFile) {
        for (String k : e.logKeys()) {
          keys.add(VerifierKey.parse(k));
        }
      }
      if (keys.isEmpty()) {
        return fail(0, List.of(), cosigners, fromFile, "no log key to verify the checkpoint with");
      }
      Note note = Note.parse(e.checkpoint());
      VerifiedNote byLog = NoteVerifier.of(keys).verify(note);
      for (VerifierKey k : keys) {
        if (!byLog.verifiedBy().contains(k)) {
          return fail(
              0,
              List.of(),
              cosigners,
              fromFile,
              "the checkpoint lacks the signature of " + k.name());
        }
      }
      List<String> witnesses = new ArrayList<>();
      for (VerifierKey w : witnessKeys) {
        try {
          NoteVerifier.of(List.of(w)).verify(note);
          witnesses.add(w.name());
        } catch (NoteException x) {
          return fail(
              0,
              witnesses,
              cosigners,
              fromFile,
              "the checkpoint is not cosigned by the witness " + w.name() + ": " + x.getMessage());
        }
      }
      Checkpoint c = Checkpoint.parse(note.text());
      if (!c.origin().equals(e.origin()) || c.size() != e.treeSize()) {
        return fail(
            0, witnesses, cosigners, fromFile, "the checkpoint is not the one the file names");
      }
      Set<Long> indexes = new HashSet<>();
      int n = 0;
      long previous = -1;
      java.util.Map<Long, String> tokens = new java.util.HashMap<>();
      Base64.Decoder b64 = Base64.getDecoder();
      for (EvidenceExport.Entry x : e.entries()) {
        if (x.leafIdx() <= previous || x.treeSize() != c.size()) {
          return fail(
              n,
              witnesses,
              cosigners,
              fromFile,
              "entry " + x.leafIdx() + " is out of order or of another tree");
        }
        previous = x.leafIdx();
        byte[] entry = b64.decode(x.entry());
        byte[] leaf = Rfc6962.leafHash(entry);
        if (!MessageDigest.isEqual(leaf, b64.decode(x.leafHash()))) {
          return fail(
              n,
              witnesses,
              cosigners,
              fromFile,
              "entry " + x.leafIdx() + " does not hash to its leaf hash (it was changed)");
        }
        List<byte[]> proof = x.proof().stream().map(b64::decode).toList();
        try {
          MerkleProofs.verifyInclusion(x.leafIdx(), c.size(), leaf, proof, c.root());
        } catch (ProofException p) {
          return fail(
              n,
              witnesses,
              cosigners,
              fromFile,
              "entry " + x.leafIdx() + " is not in the checkpoint's tree: " + p.getMessage());
        }
        AccessRecord r;
        try {
          r = AccessRecordCodec.decode(entry);
        } catch (RuntimeException p) {
          return fail(
              n,
              witnesses,
              cosigners,
              fromFile,
              "entry " + x.leafIdx() + " is not an access record");
        }
        tokens.put(x.leafIdx(), r.personToken());
        indexes.add(x.leafIdx());
        n++;
      }
      Set<Long> uncovered = new HashSet<>(e.uncovered());
      for (EvidenceExport.Person p : e.persons()) {
        for (long i : p.evidence()) {
          if (uncovered.contains(i)) {
            continue;
          }
          if (!indexes.contains(i) || !p.token().equals(tokens.get(i))) {
            return fail(
                n,
                witnesses,
                cosigners,
                fromFile,
                "the evidence " + i + " of person " + p.token() + " is not an entry naming them");
          }
        }
      }
      for (EvidenceExport.Alert a : e.alerts()) {
        for (long i : a.evidence()) {
          if (!indexes.contains(i) && !uncovered.contains(i)) {
            return fail(
                n,
                witnesses,
                cosigners,
                fromFile,
                "the evidence " + i + " of alert " + a.id() + " is missing");
          }
        }
      }
      for (long i : uncovered) {
        if (i < c.size()) {
          return fail(
              n,
              witnesses,
              cosigners,
              fromFile,
              "entry " + i + " is covered by the checkpoint but left out");
        }
      }
      return new Result(n, witnesses, cosigners, fromFile, Optional.empty());
    } catch (NoteException | IllegalArgumentException | NullPointerException x) {
      return fail(
          0, List.of(), cosigners, fromFile, "the checkpoint does not verify: " + x.getMessage());
    }
  }

  private static Result fail(
      int entries, List<String> witnesses, List<String> cosigners, boolean fromFile, String why) {
    return new Result(
        entries, List.copyOf(witnesses), List.copyOf(cosigners), fromFile, Optional.of(why));
  }
}
