package mamori.witness;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import mamori.log.verify.SignatureType;
import mamori.log.verify.VerifierKey;

/**
 * A witness a log sends its checkpoints to: the submission prefix ({@code add-checkpoint} is posted
 * to {@code <prefix>/add-checkpoint}) and the witness's {@code cosignature/v1} verifier key.
 * Written in configuration as {@code <url>|<vkey>}, several separated by commas, for example in
 * {@code
 * mamori.log.witnesses.<tenant>=https://witness.example/witness|witness.example/w1+1a2b3c4d+BA...}.
 *
 * @param submissionPrefix an http or https URL without query or fragment
 * @param key the witness's verifier key
 */
public record WitnessEndpoint(URI submissionPrefix, VerifierKey key) {

  /**
   * Checks the parts; throws IllegalArgumentException if the URL is not http(s) or the key is not
   * 0x04.
   */
  public WitnessEndpoint {
    String scheme = submissionPrefix.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme)
        || submissionPrefix.getHost() == null
        || submissionPrefix.getRawQuery() != null
        || submissionPrefix.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "a witness URL is http(s)://host[:port][/prefix]: " + submissionPrefix);
    }
    if (key.type() != SignatureType.COSIGNATURE_V1) {
      throw new IllegalArgumentException(
          "a witness key is a cosignature/v1 (0x04) verifier key: " + key.name());
    }
  }

  /** Parses {@code <url>|<vkey>}. */
  public static WitnessEndpoint parse(String text) {
    String t = text.strip();
    int bar = t.indexOf('|');
    if (bar < 0) {
      throw new IllegalArgumentException("a witness is written <url>|<vkey>, not: " + t);
    }
    URI url;
    try {
      url = URI.create(t.substring(0, bar).strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a witness URL is malformed: " + t.substring(0, bar), e);
    }
    return new WitnessEndpoint(url, VerifierKey.parse(t.substring(bar + 1).strip()));
  }

  /** Parses a comma-separated list of {@code <url>|<vkey>}; blank entries are skipped. */
  public static List<WitnessEndpoint> parseList(String text) {
    List<WitnessEndpoint> out = new ArrayList<>();
    for (String part : text.split(",")) {
      if (!part.isBlank()) {
        out.add(parse(part));
      }
    }
    return List.copyOf(out);
  }

  /** The URL {@code add-checkpoint} is posted to. */
  public URI addCheckpointUrl() {
    String prefix = submissionPrefix.toString();
    return URI.create(
        (prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix)
            + "/add-checkpoint");
  }

  /** The configuration form {@code <url>|<vkey>}. */
  @Override
  public String toString() {
    return submissionPrefix + "|" + key;
  }
}
