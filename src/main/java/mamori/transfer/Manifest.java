package mamori.transfer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import mamori.core.Reason;
import mamori.crypto.PackageCrypto;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The clear, signed part of a package (docs/package-format.md, "The manifest"): who sends it to
 * whom, why, how many persons with which fields, until when, how it is released, where the sender's
 * log stood, and the recipient's sealed share. Written once in member order; read strictly (every
 * member of the right kind, ids and keys of the right length), so that a crafted manifest is
 * refused with its reason before anything else is done with it.
 */
public record Manifest(
    String packageId,
    Sender sender,
    Recipient recipient,
    String purpose,
    String caseRef,
    long persons,
    List<String> fields,
    Instant created,
    Instant expires,
    Mode release,
    LogPoint log,
    PackageCrypto.Sealed recipientShare,
    Optional<PackageCrypto.Sealed> senderShare) {

  public static final String FORMAT = "mamori-package/1";
  static final Pattern PACKAGE_ID = Pattern.compile("[0-9a-f]{32}");
  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** How the package's release share reaches the recipient. */
  public enum Mode {
    /** Released online by the sender, on request, to the registered recipient only. */
    ONLINE("online"),
    /** Sealed to the recipient inside the file: it cannot be killed once sent. */
    OFFLINE("offline");

    private final String code;

    Mode(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static Optional<Mode> ofCode(String code) {
      for (Mode m : values()) {
        if (m.code.equals(code)) {
          return Optional.of(m);
        }
      }
      return Optional.empty();
    }
  }

  /** The sender: its tenant, name, raw Ed25519 package key and where releases are asked. */
  public record Sender(String tenant, String name, byte[] signingKey, String releaseUrl) {
    public Sender {
      signingKey = signingKey.clone();
    }

    @Override
    public byte[] signingKey() {
      return signingKey.clone();
    }
  }

  /** The recipient: its id and name at the sender, and its key's SHA-256 fingerprint (hex). */
  public record Recipient(String id, String name, String keyFingerprint) {}

  /** Where the sender's log stood once the package's records were in it. */
  public record LogPoint(String origin, long size, Optional<String> checkpoint) {}

  public Manifest {
    fields = List.copyOf(fields);
    if (!idOfPackage(packageId)) {
      throw new IllegalArgumentException(
          "a package id is 32 lower-case hex digits, never twelve decimal digits in a row");
    }
    if (release == Mode.OFFLINE && senderShare.isEmpty()) {
      throw new IllegalArgumentException("an offline package carries its sender share");
    }
    if (release == Mode.ONLINE && senderShare.isPresent()) {
      throw new IllegalArgumentException("an online package never carries its sender share");
    }
    created = created.truncatedTo(ChronoUnit.SECONDS);
    expires = expires.truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * Whether {@code id} is a package id: 32 lower-case hex digits, with no run that reads as a My
   * Number (the id is printed, shown and logged in the clear; Mamori draws its ids again until none
   * holds one, and refuses a package from elsewhere whose id does).
   */
  public static boolean idOfPackage(String id) {
    return PACKAGE_ID.matcher(id).matches() && !mamori.core.NumberText.holdsNumber(id);
  }

  /** The 16 bytes of the package id. */
  public byte[] idBytes() {
    return HexFormat.of().parseHex(packageId);
  }

  /** The manifest's bytes as written into the file (UTF-8 JSON, members in the format's order). */
  public byte[] toBytes() {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("package", packageId);
    ObjectNode s = root.putObject("sender");
    s.put("tenant", sender.tenant());
    s.put("name", sender.name());
    s.put("signing_key", b64(sender.signingKey()));
    s.put("release_url", sender.releaseUrl());
    ObjectNode r = root.putObject("recipient");
    r.put("id", recipient.id());
    r.put("name", recipient.name());
    r.put("key_fingerprint", recipient.keyFingerprint());
    ObjectNode suite = root.putObject("suite");
    suite.put("kem", 32);
    suite.put("kdf", 1);
    suite.put("aead", 2);
    root.put("purpose", purpose);
    root.put("case", caseRef);
    root.put("persons", persons);
    ArrayNode f = root.putArray("fields");
    fields.forEach(f::add);
    root.put("created", created.toString());
    root.put("expires", expires.toString());
    root.put("release", release.code());
    ObjectNode l = root.putObject("log");
    l.put("origin", log.origin());
    l.put("size", log.size());
    if (log.checkpoint().isPresent()) {
      l.put("checkpoint", log.checkpoint().get());
    } else {
      l.putNull("checkpoint");
    }
    sealed(root.putObject("recipient_share"), recipientShare);
    senderShare.ifPresent(share -> sealed(root.putObject("sender_share"), share));
    return JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads a manifest's bytes.
   *
   * @throws PackageRefused ({@code package.malformed}) for anything but a well-formed manifest of
   *     this format
   */
  public static Manifest parse(byte[] bytes) {
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JacksonException e) {
      throw malformed("the manifest is not JSON");
    }
    if (root == null || !root.isObject()) {
      throw malformed("the manifest is not a JSON object");
    }
    if (!FORMAT.equals(text(root, "format"))) {
      throw malformed("the manifest is not of the format " + FORMAT);
    }
    String id = text(root, "package");
    if (!idOfPackage(id)) {
      throw malformed(
          "the package id is not 32 lower-case hex digits without twelve decimal digits in a row");
    }
    JsonNode s = object(root, "sender");
    JsonNode r = object(root, "recipient");
    JsonNode suite = object(root, "suite");
    if (integer(suite, "kem") != 32 || integer(suite, "kdf") != 1 || integer(suite, "aead") != 2) {
      throw malformed("the manifest names a suite other than X25519, HKDF-SHA256, AES-256-GCM");
    }
    String fingerprint = text(r, "key_fingerprint");
    if (!FINGERPRINT.matcher(fingerprint).matches()) {
      throw malformed("the recipient's key fingerprint is not 64 lower-case hex digits");
    }
    byte[] signingKey = bytes(s, "signing_key", PackageCrypto.KEY_BYTES);
    JsonNode fieldsNode = root.get("fields");
    if (fieldsNode == null || !fieldsNode.isArray() || fieldsNode.isEmpty()) {
      throw malformed("the manifest names no fields");
    }
    List<String> fields = new ArrayList<>();
    for (JsonNode f : fieldsNode) {
      if (!f.isString()) {
        throw malformed("a field of the manifest is not a string");
      }
      fields.add(f.asString());
    }
    long persons = integer(root, "persons");
    if (persons < 0) {
      throw malformed("the manifest's count of persons is negative");
    }
    Mode mode =
        Mode.ofCode(text(root, "release"))
            .orElseThrow(() -> malformed("the manifest's release is neither online nor offline"));
    JsonNode l = object(root, "log");
    JsonNode cp = l.get("checkpoint");
    Optional<String> checkpoint;
    if (cp == null || cp.isNull()) {
      checkpoint = Optional.empty();
    } else if (cp.isString()) {
      checkpoint = Optional.of(cp.asString());
    } else {
      throw malformed("the manifest's log checkpoint is not text");
    }
    Optional<PackageCrypto.Sealed> senderShare =
        root.has("sender_share") ? Optional.of(sealed(root, "sender_share")) : Optional.empty();
    if ((mode == Mode.OFFLINE) != senderShare.isPresent()) {
      throw malformed("an offline package carries its sender share, an online one never does");
    }
    return new Manifest(
        id,
        new Sender(text(s, "tenant"), text(s, "name"), signingKey, text(s, "release_url")),
        new Recipient(text(r, "id"), text(r, "name"), fingerprint),
        text(root, "purpose"),
        text(root, "case"),
        persons,
        fields,
        instant(root, "created"),
        instant(root, "expires"),
        mode,
        new LogPoint(text(l, "origin"), integer(l, "size"), checkpoint),
        sealed(root, "recipient_share"),
        senderShare);
  }

  private static void sealed(ObjectNode node, PackageCrypto.Sealed sealed) {
    node.put("enc", b64(sealed.enc()));
    node.put("ct", b64(sealed.ct()));
  }

  private static PackageCrypto.Sealed sealed(JsonNode root, String name) {
    JsonNode n = object(root, name);
    byte[] enc = bytes(n, "enc", PackageCrypto.KEY_BYTES);
    byte[] ct = bytes(n, "ct", PackageCrypto.KEY_BYTES + PackageCrypto.TAG_BYTES);
    return new PackageCrypto.Sealed(enc, ct);
  }

  private static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  private static JsonNode object(JsonNode root, String name) {
    JsonNode n = root.get(name);
    if (n == null || !n.isObject()) {
      throw malformed("the manifest lacks the object " + name);
    }
    return n;
  }

  private static String text(JsonNode root, String name) {
    JsonNode n = root.get(name);
    if (n == null || !n.isString()) {
      throw malformed("the manifest lacks the text " + name);
    }
    return n.asString();
  }

  private static long integer(JsonNode root, String name) {
    JsonNode n = root.get(name);
    if (n == null || !n.isIntegralNumber() || !n.canConvertToLong()) {
      throw malformed("the manifest lacks the whole number " + name);
    }
    return n.asLong();
  }

  private static byte[] bytes(JsonNode root, String name, int length) {
    byte[] b;
    try {
      b = Base64.getDecoder().decode(text(root, name));
    } catch (IllegalArgumentException e) {
      throw malformed("the manifest's " + name + " is not Base64");
    }
    if (b.length != length) {
      throw malformed("the manifest's " + name + " is not " + length + " bytes");
    }
    return b;
  }

  private static Instant instant(JsonNode root, String name) {
    try {
      return Instant.parse(text(root, name));
    } catch (DateTimeParseException e) {
      throw malformed("the manifest's " + name + " is not an instant");
    }
  }

  private static PackageRefused malformed(String message) {
    return new PackageRefused(Reason.PACKAGE_MALFORMED, message);
  }
}
