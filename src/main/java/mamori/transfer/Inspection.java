package mamori.transfer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mamori.core.Why;
import mamori.crypto.FingerprintWords;
import mamori.crypto.PackageCrypto;

/**
 * What {@code mamori package inspect} tells of a package without any key (issue 17 point 5): the
 * manifest (every member but keys; the sealed shares only as present), whose key the signature
 * verifies under, whether it expired, and what the registered sender says of its release. The
 * manifest's words come from a file anyone may have made: every one is shown made safe (control
 * characters replaced, numbers masked), and the release is asked only of a registered sender at its
 * registered address.
 *
 * @param signature what the signature verifies under
 * @param sender the registered sender whose key signed it, when {@link Signature#REGISTERED}
 * @param release the sender's answer to the status request (its members), when it answered
 * @param releaseNote why there is no answer, when there is none
 */
public record Inspection(
    Manifest manifest,
    Signature signature,
    Optional<Senders.Sender> sender,
    boolean expired,
    Optional<Map<String, String>> release,
    String releaseNote) {

  /** What the manifest's signature verifies under. */
  public enum Signature {
    /** The key of a sender registered here. */
    REGISTERED,
    /** The key the manifest carries, which no sender registered here has. */
    NOT_REGISTERED,
    /** The key the manifest carries; no store was given to match it with a registered sender. */
    NO_STORE,
    /** Neither: the manifest was changed or signed by someone else. */
    INVALID
  }

  static Inspection of(
      PackageReader reader,
      Optional<List<Senders.Sender>> registered,
      ReleaseClient client,
      Clock clock) {
    Manifest m = reader.manifest();
    Optional<Senders.Sender> sender =
        registered.flatMap(all -> all.stream().filter(s -> s.signed(reader)).findFirst());
    Signature signature;
    if (sender.isPresent()) {
      signature = Signature.REGISTERED;
    } else if (reader.signedBy(m.sender().signingKey())) {
      signature = registered.isPresent() ? Signature.NOT_REGISTERED : Signature.NO_STORE;
    } else {
      signature = Signature.INVALID;
    }
    boolean expired = !clock.instant().isBefore(m.expires());
    Optional<Map<String, String>> release = Optional.empty();
    String note;
    if (sender.isEmpty()) {
      note =
          registered.isEmpty()
              ? "not asked: without a store the sender cannot be matched to a registered one"
              : "not asked: the sender is not registered here";
    } else {
      try {
        release = Optional.of(client.status(sender.get().releaseUrl(), m));
        note = "";
      } catch (PackageRefused e) {
        note = "the sender could not be asked: " + e.getMessage();
      }
    }
    return new Inspection(m, signature, sender, expired, release, note);
  }

  /** The inspection as lines of {@code name: value}, for the command line. */
  public List<String> lines() {
    Manifest m = manifest;
    List<String> out = new ArrayList<>();
    out.add("format: " + Manifest.FORMAT);
    out.add("package: " + m.packageId());
    out.add("sender.tenant: " + safe(m.sender().tenant()));
    out.add("sender.name: " + safe(m.sender().name()));
    String senderKey = PackageCrypto.fingerprint(m.sender().signingKey());
    out.add("sender.signing_key: fingerprint " + senderKey);
    out.add("sender.release_url: " + safe(m.sender().releaseUrl()));
    out.add("recipient.id: " + safe(m.recipient().id()));
    out.add("recipient.name: " + safe(m.recipient().name()));
    out.add("recipient.key_fingerprint: " + m.recipient().keyFingerprint());
    out.add("recipient.key_words: " + FingerprintWords.of(m.recipient().keyFingerprint()));
    out.add("suite: X25519 HKDF-SHA256 AES-256-GCM (32, 1, 2)");
    out.add("purpose: " + safe(m.purpose()));
    out.add("case: " + safe(m.caseRef()));
    out.add("persons: " + m.persons());
    out.add("fields: " + safe(String.join(",", m.fields())));
    out.add("created: " + m.created());
    out.add("expires: " + m.expires() + (expired ? " (expired)" : " (not expired)"));
    out.add("release: " + m.release().code());
    out.add("log.origin: " + safe(m.log().origin()));
    out.add("log.size: " + m.log().size());
    out.add("log.checkpoint: " + (m.log().checkpoint().isPresent() ? "present" : "none"));
    out.add("recipient_share: present");
    out.add("sender_share: " + (m.senderShare().isPresent() ? "present" : "absent"));
    out.add(
        "signature: "
            + switch (signature) {
              case REGISTERED ->
                  "valid, by the registered sender "
                      + sender.map(Senders.Sender::id).orElse("")
                      + " ("
                      + sender.map(Senders.Sender::name).orElse("")
                      + ")";
              case NOT_REGISTERED ->
                  "valid under the key the manifest carries, which is not registered here ("
                      + FingerprintWords.of(senderKey)
                      + ")";
              case NO_STORE ->
                  "valid under the key the manifest carries; without a store it cannot be matched"
                      + " to a registered sender ("
                      + FingerprintWords.of(senderKey)
                      + ")";
              case INVALID -> "INVALID: the manifest was changed or signed by another key";
            });
    sender.ifPresent(s ->
        out.add(
            "release.asked_at: " + s.releaseUrl() + " (the registered address, not the file's)"));
    if (release.isPresent()) {
      release.get().forEach((k, v) -> out.add("release." + k + ": " + v));
    } else {
      out.add("release.state: " + releaseNote);
    }
    return out;
  }

  private static String safe(String text) {
    return Why.textFrom(text, 400);
  }
}
