package mamori.witness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The body of an {@code add-checkpoint} request (c2sp.org/tlog-witness, "add-checkpoint"): an old
 * size line {@code old <decimal>}, zero to 63 consistency proof lines of one base64 hash each, an
 * empty line, then the signed checkpoint note, every line ending in a newline. Parsing checks this
 * framing only; the note is left as bytes for the witness to open.
 *
 * @param oldSize the size of the checkpoint the client believes the witness holds
 * @param proof the consistency proof hashes, 32 bytes each (copied)
 * @param note the signed checkpoint note as sent (copied)
 */
record AddCheckpointRequest(long oldSize, List<byte[]> proof, byte[] note) {
  /** "The client MUST NOT send more than 63 consistency proof lines." */
  static final int MAX_PROOF_LINES = 63;

  private static final int HASH_SIZE = 32;

  AddCheckpointRequest {
    proof = proof.stream().map(byte[]::clone).toList();
    note = note.clone();
  }

  @Override
  public List<byte[]> proof() {
    return proof.stream().map(byte[]::clone).toList();
  }

  @Override
  public byte[] note() {
    return note.clone();
  }

  /** Parses a request body; the message of the exception says what is wrong, in a few words. */
  static AddCheckpointRequest parse(byte[] body) throws MalformedRequestException {
    int[] at = {0};
    String first = line(body, at, "the old size line");
    if (!first.startsWith("old ")) {
      throw new MalformedRequestException("malformed request: the first line is not 'old <size>'");
    }
    long oldSize = decimal(first.substring(4));
    List<byte[]> proof = new ArrayList<>();
    for (String l = line(body, at, "the empty line");
        !l.isEmpty();
        l = line(body, at, "the empty line")) {
      if (proof.size() == MAX_PROOF_LINES) {
        throw new MalformedRequestException(
            "malformed request: more than " + MAX_PROOF_LINES + " proof lines");
      }
      proof.add(hash(l));
    }
    if (at[0] == body.length) {
      throw new MalformedRequestException("malformed request: no checkpoint after the empty line");
    }
    return new AddCheckpointRequest(oldSize, proof, Arrays.copyOfRange(body, at[0], body.length));
  }

  /** The next line without its newline, which must be there; header lines are ASCII. */
  private static String line(byte[] body, int[] at, String expected)
      throws MalformedRequestException {
    int start = at[0];
    for (int i = start; i < body.length; i++) {
      if (body[i] == '\n') {
        at[0] = i + 1;
        String line = new String(body, start, i - start, StandardCharsets.ISO_8859_1);
        if (!line.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
          throw new MalformedRequestException(
              "malformed request: a header line is not printable ASCII");
        }
        return line;
      }
      if (i - start > 100) {
        break; // no header line is this long: do not scan a large body for a newline
      }
    }
    throw new MalformedRequestException(
        "malformed request: " + expected + " is missing or unterminated");
  }

  /** An ASCII decimal with no leading zeroes, {@code 0} for zero, as a non-negative long. */
  private static long decimal(String text) throws MalformedRequestException {
    if (!text.matches("0|[1-9][0-9]{0,18}")) {
      throw new MalformedRequestException(
          "malformed request: the old size is not a decimal without leading zeroes");
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new MalformedRequestException("malformed request: the old size is too large");
    }
  }

  /** One hash in standard padded base64, refusing any other spelling of the same bytes. */
  private static byte[] hash(String text) throws MalformedRequestException {
    try {
      byte[] hash = Base64.getDecoder().decode(text);
      if (hash.length == HASH_SIZE && Base64.getEncoder().encodeToString(hash).equals(text)) {
        return hash;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new MalformedRequestException(
        "malformed request: a proof line is not one base64 SHA-256 hash");
  }
}
