package mamori.log.verify;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A C2SP signed note as written: a text ending in a newline, a blank line, and one or more
 * signature lines {@code — <key name> base64(key ID || signature)}. Parsing checks the format only;
 * the text must not be trusted until a {@link NoteVerifier} has checked the signatures.
 *
 * <p>Limits: at most {@value #MAX_BYTES} bytes of UTF-8 and {@value #MAX_SIGNATURES} signature
 * lines (the spec asks verifiers to accept at least 16, and an ML-DSA-44 cosignature line takes
 * about 3.3 kB).
 */
public final class Note {
  /** The largest note accepted, in bytes. */
  public static final int MAX_BYTES = 1 << 20;

  /** The most signature lines accepted. */
  public static final int MAX_SIGNATURES = 100;

  private static final String SIGNATURE_PREFIX = "\u2014 ";

  private final String text;
  private final List<NoteSignature> signatures;

  private Note(String text, List<NoteSignature> signatures) {
    this.text = text;
    this.signatures = List.copyOf(signatures);
  }

  /**
   * A note of {@code text} with {@code signatures}, in order; with no signatures yet, it is the
   * start of a note to be signed ({@link #withSignature}).
   *
   * @throws IllegalArgumentException if the text does not end in a newline or has control
   *     characters, or there are more than {@value #MAX_SIGNATURES} signatures
   */
  public static Note of(String text, List<NoteSignature> signatures) {
    if (!isText(text)) {
      throw new IllegalArgumentException(
          "note text ends in a newline and has no control characters");
    }
    if (signatures.size() > MAX_SIGNATURES) {
      throw new IllegalArgumentException("a note has at most " + MAX_SIGNATURES + " signatures");
    }
    return new Note(text, signatures);
  }

  /** Parses a signed note from its UTF-8 bytes. */
  public static Note parse(byte[] utf8) throws NoteException {
    if (utf8.length > MAX_BYTES) {
      throw new NoteException("malformed note: longer than " + MAX_BYTES + " bytes");
    }
    return parse(
        Encoding.utf8(utf8).orElseThrow(() -> new NoteException("malformed note: not UTF-8")));
  }

  /** Parses a signed note. */
  public static Note parse(String note) throws NoteException {
    if (note.length() > MAX_BYTES || Encoding.utf8(note).length > MAX_BYTES) {
      throw new NoteException("malformed note: longer than " + MAX_BYTES + " bytes");
    }
    if (!Encoding.isNoteText(note)) {
      throw new NoteException("malformed note: control characters or broken UTF-16");
    }
    int split = note.lastIndexOf("\n\n");
    if (split < 0 || !note.endsWith("\n") || split + 2 == note.length()) {
      throw new NoteException("malformed note: no blank line followed by signature lines");
    }
    String text = note.substring(0, split + 1);
    List<NoteSignature> signatures = new ArrayList<>();
    for (String line : note.substring(split + 2, note.length() - 1).split("\n", -1)) {
      if (signatures.size() == MAX_SIGNATURES) {
        throw new NoteException("malformed note: more than " + MAX_SIGNATURES + " signatures");
      }
      signatures.add(
          signatureLine(line)
              .orElseThrow(() -> new NoteException("malformed note: bad signature line")));
    }
    return new Note(text, signatures);
  }

  private static Optional<NoteSignature> signatureLine(String line) {
    if (!line.startsWith(SIGNATURE_PREFIX)) {
      return Optional.empty();
    }
    int space = line.indexOf(' ', SIGNATURE_PREFIX.length());
    if (space < 0) {
      return Optional.empty();
    }
    String name = line.substring(SIGNATURE_PREFIX.length(), space);
    return Encoding.base64(line.substring(space + 1))
        .filter(idAndSignature -> idAndSignature.length >= 5 && Encoding.isKeyName(name))
        .map(b ->
            new NoteSignature(
                name, ByteBuffer.wrap(b, 0, 4).getInt(), Arrays.copyOfRange(b, 4, b.length)));
  }

  /** The signed text, final newline included, blank line excluded. */
  public String text() {
    return text;
  }

  /** The signature lines, in order, duplicates and unknown keys included. */
  public List<NoteSignature> signatures() {
    return signatures;
  }

  /** This note with {@code signature} added, replacing any line by the same key name and ID. */
  public Note withSignature(NoteSignature signature) {
    List<NoteSignature> kept = new ArrayList<>();
    for (NoteSignature s : signatures) {
      if (!(s.keyName().equals(signature.keyName()) && s.keyId() == signature.keyId())) {
        kept.add(s);
      }
    }
    kept.add(signature);
    return of(text, kept);
  }

  /** The note as written: text, blank line, signature lines. */
  @Override
  public String toString() {
    StringBuilder note = new StringBuilder(text).append('\n');
    signatures.forEach(s -> note.append(s.line()));
    return note.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Note n && text.equals(n.text) && signatures.equals(n.signatures);
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + signatures.hashCode();
  }

  static boolean isText(String text) {
    return text.endsWith("\n") && Encoding.isNoteText(text);
  }
}
