package mamori.log.verify;

import java.util.List;

/**
 * A note whose text at least one trusted key has signed, and no trusted key's signature on it
 * failed.
 *
 * @param note the note as parsed, unknown signatures included
 * @param verifiedBy the trusted keys whose signatures verified, in the order of their lines
 */
public record VerifiedNote(Note note, List<VerifierKey> verifiedBy) {

  /** Copies the list. */
  public VerifiedNote {
    verifiedBy = List.copyOf(verifiedBy);
  }

  /** The signed text, now trusted. */
  public String text() {
    return note.text();
  }
}
