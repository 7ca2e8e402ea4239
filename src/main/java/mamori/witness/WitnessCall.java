package mamori.witness;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.NoteException;
import mamori.log.verify.NoteSignature;
import mamori.log.verify.NoteVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log's conversation with one witness (c2sp.org/tlog-witness, client side). It remembers the
 * size the witness last accepted, starting from 0 ("If a client doesn't have information on the
 * latest cosigned checkpoint, it MAY initially make a request with an old size of zero to obtain
 * it"); on a 409 with {@code text/x.tlog.size} it takes the witness's size and retries once more
 * with a proof from there. A returned cosignature counts only if it verifies with the witness's
 * key; lines of other keys are ignored ("The client MUST ignore any cosignatures from unknown
 * keys"). Never throws: a witness that is down or refuses is logged (a WARN when it starts failing,
 * then quiet until it recovers).
 */
final class WitnessCall {
  private static final Logger LOG = LoggerFactory.getLogger(WitnessCall.class);
  static final int MAX_ATTEMPTS = 3;
  static final int MAX_RESPONSE_BYTES = 64 * 1024;

  /** The consistency proof of the log from one size to a larger one. */
  interface Proofs {
    List<byte[]> consistency(long fromSize, long toSize);
  }

  private final WitnessEndpoint witness;
  private final HttpClient http;
  private final Duration timeout;
  private final Proofs proofs;
  private final Refusals refusals;
  private volatile long acceptedSize;
  private boolean failing;
  private boolean refusing;

  /** Hears when a witness starts refusing a log's checkpoints (once until it cosigns again). */
  interface Refusals {
    Refusals NONE = (witness, why) -> {};

    void refused(WitnessEndpoint witness, String why);
  }

  WitnessCall(WitnessEndpoint witness, HttpClient http, Duration timeout, Proofs proofs) {
    this(witness, http, timeout, proofs, Refusals.NONE);
  }

  WitnessCall(
      WitnessEndpoint witness,
      HttpClient http,
      Duration timeout,
      Proofs proofs,
      Refusals refusals) {
    this.witness = witness;
    this.http = http;
    this.timeout = timeout;
    this.proofs = proofs;
    this.refusals = refusals;
  }

  /** The size the witness last accepted or said it holds; 0 before the first answer. */
  long acceptedSize() {
    return acceptedSize;
  }

  /**
   * Asks for a cosignature on {@code note}, the signed {@code checkpoint}; empty if none was had.
   */
  synchronized List<NoteSignature> cosign(Note note, Checkpoint checkpoint) {
    try {
      for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        long old = acceptedSize;
        if (old > checkpoint.size()) {
          return failed(
              "it holds size " + old + ", beyond this checkpoint of size " + checkpoint.size());
        }
        List<byte[]> proof =
            old == 0 || old == checkpoint.size()
                ? List.of()
                : proofs.consistency(old, checkpoint.size());
        HttpResponse<InputStream> response =
            http.send(request(old, proof, note), HttpResponse.BodyHandlers.ofInputStream());
        String body;
        try (InputStream in = response.body()) {
          body = new String(in.readNBytes(MAX_RESPONSE_BYTES), StandardCharsets.UTF_8);
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() == 200) {
          List<NoteSignature> cosignatures = verified(note, body);
          if (cosignatures.isEmpty()) {
            return refused("its answer is not a valid cosignature: no line by its key verifies");
          }
          acceptedSize = checkpoint.size();
          refusing = false;
          if (failing) {
            LOG.info("witness {} cosigns {} again", witness.key().name(), checkpoint.origin());
            failing = false;
          }
          return cosignatures;
        }
        if (response.statusCode() == 409
            && type.startsWith(WitnessAnswer.TREE_SIZE)
            && body.matches("(0|[1-9][0-9]{0,18})\n")) {
          long held = Long.parseLong(body.strip());
          if (held == old) {
            return refused(
                "409 Conflict at the size it holds: a fork of " + checkpoint.origin() + "?");
          }
          acceptedSize = held;
          continue;
        }
        return refused(response.statusCode() + ": " + firstLine(body));
      }
      return refused("it kept answering 409 Conflict");
    } catch (IOException | RuntimeException e) {
      return failed(e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    } catch (NoteException e) {
      return refused("its answer is not a valid cosignature: " + e.getMessage());
    }
  }

  private HttpRequest request(long old, List<byte[]> proof, Note note) {
    StringBuilder body = new StringBuilder("old ").append(old).append('\n');
    proof.forEach(hash -> body.append(Base64.getEncoder().encodeToString(hash)).append('\n'));
    body.append('\n').append(note);
    return HttpRequest.newBuilder(witness.addCheckpointUrl())
        .timeout(timeout)
        .header("Content-Type", "text/plain; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
        .build();
  }

  /**
   * The witness's cosignature: "the client MAY concatenate it to the checkpoint" and verify. Each
   * line by the witness's key is verified on its own, over the checkpoint, and the first that
   * verifies is the one kept, so a witness answering with a valid and a broken line (in either
   * order) still yields exactly one valid line; lines by other keys are ignored.
   *
   * @return the one line kept, or empty if no line by the witness's key verifies
   * @throws NoteException if the answer is not signature lines
   */
  private List<NoteSignature> verified(Note note, String lines) throws NoteException {
    Note answer = Note.parse(note.text() + "\n" + lines);
    NoteVerifier verifier = NoteVerifier.of(witness.key());
    for (NoteSignature line : answer.signatures()) {
      if (!line.isBy(witness.key())) {
        continue;
      }
      try {
        verifier.verify(Note.of(note.text(), List.of(line)));
        return List.of(line);
      } catch (NoteException invalid) {
        LOG.debug(
            "witness {} returned a line that does not verify: {}",
            witness.key().name(),
            invalid.getMessage());
      }
    }
    return List.of();
  }

  /**
   * The witness answered but did not cosign (an error status, a fork, a line that does not verify):
   * told to the refusals once until it cosigns again, and logged as a failure.
   */
  private List<NoteSignature> refused(String why) {
    if (!refusing) {
      refusing = true;
      try {
        refusals.refused(witness, why);
      } catch (RuntimeException e) {
        LOG.warn("telling of witness {}'s refusal failed: {}", witness.key().name(), e.toString());
      }
    }
    return failed(why);
  }

  private List<NoteSignature> failed(String why) {
    if (!failing) {
      LOG.warn(
          "witness {} at {} did not cosign: {}",
          witness.key().name(),
          witness.submissionPrefix(),
          why);
      failing = true;
    } else {
      LOG.debug("witness {} still does not cosign: {}", witness.key().name(), why);
    }
    return List.of();
  }

  private static String firstLine(String body) {
    int nl = body.indexOf('\n');
    String line = nl < 0 ? body : body.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) + "..." : line;
  }
}
