package mamori.witness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import mamori.crypto.SigningKeys;
import mamori.log.verify.NoteSigner;
import mamori.log.verify.NoteVerifier;
import mamori.log.verify.SignatureType;
import mamori.log.verify.VerifierKey;

/**
 * A C2SP tlog-witness over one store: it follows the logs it is configured with (each log is the
 * origin named by its verifier keys) and cosigns each of their checkpoints with its own Ed25519
 * {@code cosignature/v1} key only after checking that it extends the checkpoint it cosigned before.
 * HTTP servers hand it the request body of {@code POST <prefix>/add-checkpoint} and send back the
 * {@link WitnessAnswer}. Thread-safe.
 *
 * <p>Limits: a body of at most {@value #MAX_BODY_BYTES} bytes (413 beyond), and at most {@value
 * #MAX_CONCURRENT} requests at once (503 beyond, at once rather than queued).
 */
public final class Witness {
  /** The path of {@code add-checkpoint} under the Mamori web app and the standalone witness. */
  public static final String ADD_CHECKPOINT_PATH = "/witness/add-checkpoint";

  /** The name of the witness key pair in the key folder. */
  public static final String KEY_FILE_NAME = "witness";

  /**
   * The cosigner name used when none is given: a schema-less URL, as c2sp.org/tlog-cosignature
   * asks.
   */
  public static final String DEFAULT_NAME = "mamori.localhost/witness";

  /** The largest request body accepted, in bytes. */
  public static final int MAX_BODY_BYTES = 1 << 20;

  static final int MAX_CONCURRENT = 64;

  private final AddCheckpoint addCheckpoint;
  private final VerifierKey verifierKey;
  private final Set<String> origins;
  private final Semaphore permits = new Semaphore(MAX_CONCURRENT);

  private Witness(AddCheckpoint addCheckpoint, VerifierKey verifierKey, Set<String> origins) {
    this.addCheckpoint = addCheckpoint;
    this.verifierKey = verifierKey;
    this.origins = origins;
  }

  /**
   * A witness storing its state in {@code dataSource} (migrated with V3__witness.sql), cosigning
   * with {@code cosigner}, and following the logs whose keys are {@code logKeys}: keys with the
   * same name are keys of one log, whose origin is that name.
   *
   * @throws IllegalArgumentException if the cosigner is not a {@code cosignature/v1} signer, no log
   *     is given, or an origin is longer than 255 bytes
   */
  public static Witness create(
      DataSource dataSource, NoteSigner cosigner, Collection<VerifierKey> logKeys, Clock clock) {
    if (cosigner.verifierKey().type() != SignatureType.COSIGNATURE_V1) {
      throw new IllegalArgumentException("a witness cosigns with an Ed25519 cosignature/v1 key");
    }
    if (logKeys.isEmpty()) {
      throw new IllegalArgumentException("a witness follows at least one log");
    }
    Map<String, List<VerifierKey>> byOrigin = new LinkedHashMap<>();
    for (VerifierKey key : logKeys) {
      checkName(key.name());
      byOrigin.computeIfAbsent(key.name(), n -> new ArrayList<>()).add(key);
    }
    Map<String, NoteVerifier> logs = new LinkedHashMap<>();
    byOrigin.forEach((origin, keys) -> logs.put(origin, NoteVerifier.of(keys)));
    var core = new AddCheckpoint(new WitnessStore(dataSource), cosigner, logs, clock);
    return new Witness(core, cosigner.verifierKey(), Set.copyOf(logs.keySet()));
  }

  /**
   * The witness's cosigner named {@code name}, with the Ed25519 key pair {@value #KEY_FILE_NAME} of
   * {@code keys}, made on first use; the same folder and name give the same verifier key every
   * time.
   */
  public static NoteSigner cosigner(SigningKeys keys, String name, Clock clock) {
    checkName(name);
    KeyPair pair = keys.loadOrCreate(KEY_FILE_NAME, SigningKeys.Algorithm.ED25519);
    return NoteSigner.cosignatureV1(name, pair.getPrivate(), pair.getPublic(), clock);
  }

  /**
   * Checks a cosigner name or log origin: a key name of c2sp.org/signed-note (no spaces, no plus
   * signs, no control characters) of 1 to 255 bytes.
   *
   * @throws IllegalArgumentException if it is not one
   */
  public static void checkName(String name) {
    int bytes = name.getBytes(StandardCharsets.UTF_8).length;
    if (bytes == 0
        || bytes > 255
        || name.codePoints()
            .anyMatch(c ->
                c == '+'
                    || c < 0x20
                    || c == 0x7f
                    || c == 0x85
                    || Character.isWhitespace(c)
                    || Character.isSpaceChar(c))) {
      throw new IllegalArgumentException(
          "a witness or log name is 1 to 255 bytes without spaces, '+' or control characters: "
              + name);
    }
  }

  /** The verifier key (C2SP vkey, type 0x04) that checks this witness's cosignatures. */
  public VerifierKey verifierKey() {
    return verifierKey;
  }

  /** The origins of the logs this witness follows. */
  public Set<String> origins() {
    return origins;
  }

  /**
   * Answers one {@code add-checkpoint} request, reading at most {@value #MAX_BODY_BYTES} + 1 bytes
   * of {@code body}. A 200 answer is sent only after the checkpoint is stored.
   */
  public WitnessAnswer addCheckpoint(InputStream body) throws IOException {
    if (!permits.tryAcquire()) {
      return WitnessAnswer.error(503, "the witness is busy; try again shortly");
    }
    try {
      byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        return WitnessAnswer.error(
            413, "the request body is larger than " + MAX_BODY_BYTES + " bytes");
      }
      return addCheckpoint(bytes);
    } finally {
      permits.release();
    }
  }

  WitnessAnswer addCheckpoint(byte[] body) {
    try {
      return addCheckpoint.apply(AddCheckpointRequest.parse(body));
    } catch (MalformedRequestException e) {
      return WitnessAnswer.error(400, e.getMessage());
    }
  }
}
