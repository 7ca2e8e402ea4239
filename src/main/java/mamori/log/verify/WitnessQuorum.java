package mamori.log.verify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A list of witnesses and how many of them must cosign a checkpoint for it to count as published
 * (c2sp.org/tlog-cosignature, {@code cosignature/v1}). A cosignature counts only when it is by a
 * listed key (name and key ID both) and verifies over this very checkpoint text: one by a key not
 * on the list, one replayed from another checkpoint or made for another log (the origin is in the
 * signed text) is not counted, and neither is a second line by the same key. A listed key whose
 * line does not verify is not counted either; it does not make the note unreadable, since the log's
 * own signature is checked apart ({@link NoteVerifier}). Immutable and thread-safe.
 */
public final class WitnessQuorum {
  private final List<VerifierKey> witnesses;
  private final int quorum;

  private WitnessQuorum(List<VerifierKey> witnesses, int quorum) {
    this.witnesses = witnesses;
    this.quorum = quorum;
  }

  /**
   * {@code quorum} of {@code witnesses}.
   *
   * @throws IllegalArgumentException if a key is not a {@code cosignature/v1} key, a key is listed
   *     twice (under any name), or the quorum is negative or larger than the list
   */
  public static WitnessQuorum of(Collection<VerifierKey> witnesses, int quorum) {
    Set<String> seen = new HashSet<>();
    for (VerifierKey w : witnesses) {
      if (w.type() != SignatureType.COSIGNATURE_V1) {
        throw new IllegalArgumentException("a witness key is a cosignature/v1 key: " + w);
      }
      // by the public key alone: a cosignature does not sign the witness's name, so one key
      // listed under two names would have its line copied under the other and count twice
      if (!seen.add(java.util.HexFormat.of().formatHex(w.publicKey()))) {
        throw new IllegalArgumentException("a witness is listed twice: " + w);
      }
    }
    if (quorum < 0 || quorum > witnesses.size()) {
      throw new IllegalArgumentException(
          "a quorum is from 0 to the number of witnesses (" + witnesses.size() + ")");
    }
    return new WitnessQuorum(List.copyOf(witnesses), quorum);
  }

  /** The listed witnesses. */
  public List<VerifierKey> witnesses() {
    return witnesses;
  }

  /** How many must cosign. */
  public int quorum() {
    return quorum;
  }

  /** The listed witnesses whose cosignature on the note's text verifies, in the list's order. */
  public List<VerifierKey> cosigners(Note note) {
    List<VerifierKey> counted = new ArrayList<>();
    for (VerifierKey w : witnesses) {
      if (note.signatures().stream()
          .anyMatch(line -> line.isBy(w) && w.verifies(note.text(), line.signature()))) {
        counted.add(w);
      }
    }
    return counted;
  }

  /**
   * The cosigners of the note if there are at least {@link #quorum} of them.
   *
   * @throws NoteException naming how many cosigned and how many are required
   */
  public List<VerifierKey> check(Note note) throws NoteException {
    List<VerifierKey> counted = cosigners(note);
    if (counted.size() < quorum) {
      throw new NoteException(
          "not enough witness cosignatures: "
              + counted.size()
              + " of the "
              + quorum
              + " required (of "
              + witnesses.size()
              + " listed)");
    }
    return counted;
  }
}
