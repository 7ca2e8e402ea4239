package mamori.witness;

import java.nio.charset.StandardCharsets;

/**
 * What the witness answers to one {@code add-checkpoint} request, ready for any HTTP server: a
 * status, the exact Content-Type, and a UTF-8 body. Bodies hold only public log data (sizes, base64
 * roots, signature lines), never a secret.
 *
 * @param status the HTTP status code
 * @param contentType the Content-Type header, sent as is
 * @param body the response body
 */
public record WitnessAnswer(int status, String contentType, String body) {
  /** Content-Type of signature lines and of error messages. */
  public static final String TEXT = "text/plain; charset=utf-8";

  /** Content-Type of a 409 answer that carries the witness's tree size (c2sp.org/tlog-witness). */
  public static final String TREE_SIZE = "text/x.tlog.size";

  /** The body as UTF-8 bytes. */
  public byte[] bytes() {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  static WitnessAnswer cosigned(String signatureLines) {
    return new WitnessAnswer(200, TEXT, signatureLines);
  }

  /** 409 with the size of the latest checkpoint the witness cosigned for the origin. */
  static WitnessAnswer conflict(long heldSize) {
    return new WitnessAnswer(409, TREE_SIZE, heldSize + "\n");
  }

  static WitnessAnswer error(int status, String message) {
    return new WitnessAnswer(status, TEXT, message + "\n");
  }
}
