package mamori.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import mamori.log.TransparencyLogs;
import mamori.log.WitnessPolicy;
import mamori.log.verify.VerifierKey;

/**
 * Who vouches for a tenant's log, as the public sees it: the log's origin and its own verifier
 * keys, the witnesses' {@code cosignature/v1} keys with their fingerprints, the number of
 * cosignatures a published checkpoint carries ({@code min(k, n)}) and the configured minimum of
 * witnesses. Keys only: a resident or a journalist compares the fingerprints with those the
 * witnesses publish elsewhere.
 *
 * @param origin the log's origin line
 * @param log the log's verifier keys, Ed25519 first
 * @param quorum the cosignatures a published checkpoint carries
 * @param minimum the configured minimum of witnesses
 * @param witnesses the witnesses, in configuration order
 */
record LogWitnesses(
    String origin, List<String> log, int quorum, int minimum, List<Witness> witnesses) {

  /** A witness: its key name, its vkey and the lowercase hex SHA-256 of the vkey's UTF-8 text. */
  record Witness(String name, String vkey, String fingerprint) {}

  static LogWitnesses of(TransparencyLogs logs, String tenant, int minimum) {
    WitnessPolicy policy = logs.forTenant(tenant).witnessPolicy();
    return new LogWitnesses(
        logs.origin(tenant),
        logs.verifierKeys(tenant).stream().map(VerifierKey::toString).toList(),
        policy.required(),
        minimum,
        policy.witnesses().stream()
            .map(k -> new Witness(k.name(), k.toString(), fingerprint(k.toString())))
            .toList());
  }

  /** The vkeys of the witnesses, for the pages' {@code data-witnesses}. */
  List<String> vkeys() {
    return witnesses.stream().map(Witness::vkey).toList();
  }

  /** The fingerprint of a key: lowercase hex SHA-256 of its UTF-8 text. */
  static String fingerprint(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
