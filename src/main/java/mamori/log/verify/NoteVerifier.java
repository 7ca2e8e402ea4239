package mamori.log.verify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Opens signed notes with a fixed set of trusted keys, by the rules of c2sp.org/signed-note: a
 * signature line whose key name and key ID (both) match no trusted key is ignored; a line that
 * matches one is verified, and if it fails the whole note is refused (the spec lets a verifier
 * choose; Mamori fails closed); repeated lines by one key count once, as in Go's sumdb/note; and at
 * least one trusted signature must verify. Immutable and thread-safe.
 */
public final class NoteVerifier {
  private final List<VerifierKey> keys;

  private NoteVerifier(List<VerifierKey> keys) {
    this.keys = keys;
  }

  /**
   * A verifier trusting {@code keys}.
   *
   * @throws IllegalArgumentException if two keys share both name and key ID: their signature lines
   *     could not be told apart
   */
  public static NoteVerifier of(Collection<VerifierKey> keys) {
    Set<String> ids = new HashSet<>();
    for (VerifierKey key : keys) {
      if (!ids.add(key.name() + "+" + key.keyId())) {
        throw new IllegalArgumentException(
            "two trusted keys share the name and key ID " + key.name());
      }
    }
    return new NoteVerifier(List.copyOf(keys));
  }

  /** A verifier trusting {@code keys}. */
  public static NoteVerifier of(VerifierKey... keys) {
    return of(List.of(keys));
  }

  /** The trusted keys. */
  public List<VerifierKey> keys() {
    return keys;
  }

  /** Parses and verifies a signed note. */
  public VerifiedNote open(String signedNote) throws NoteException {
    return verify(Note.parse(signedNote));
  }

  /** Parses and verifies a signed note from its UTF-8 bytes. */
  public VerifiedNote open(byte[] signedNote) throws NoteException {
    return verify(Note.parse(signedNote));
  }

  /** Verifies a parsed note. */
  public VerifiedNote verify(Note note) throws NoteException {
    List<VerifierKey> verified = new ArrayList<>();
    for (NoteSignature line : note.signatures()) {
      Optional<VerifierKey> key = keys.stream().filter(line::isBy).findFirst();
      if (key.isEmpty() || verified.contains(key.get())) {
        continue;
      }
      if (!key.get().verifies(note.text(), line.signature())) {
        throw new NoteException("invalid signature for trusted key " + line);
      }
      verified.add(key.get());
    }
    if (verified.isEmpty()) {
      throw new NoteException("no trusted key signed the note");
    }
    return new VerifiedNote(note, verified);
  }
}
