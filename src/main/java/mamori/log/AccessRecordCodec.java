package mamori.log;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mamori.log.verify.EntryBundle;

/**
 * The canonical byte form of an {@link AccessRecord}, version 1, as specified in
 * docs/log-format.md:
 *
 * <pre>
 * entry   = version(0x01) kind(0x01 = access) string actor, string organisation, list chain,
 *           string purpose, string case, string action, string personToken, list fields,
 *           string decision, int64 timeMillis, bytes salt
 * string  = uint16 length (big-endian) || UTF-8 bytes, at most 1,024 bytes
 * list    = uint16 count || string...           (fields sorted and distinct)
 * bytes   = uint8 length || bytes
 * int64   = 8 bytes big-endian, milliseconds since 1970-01-01T00:00:00Z
 * </pre>
 *
 * One record has exactly one encoding, and decoding refuses anything else (trailing bytes, bad
 * UTF-8, unsorted fields, an unknown version), so the leaf hash of a record is a function of the
 * record alone.
 */
public final class AccessRecordCodec {
  public static final byte VERSION = 1;
  public static final byte KIND_ACCESS = 1;
  static final int MAX_STRING = 1_024;
  static final int MAX_LIST = 1_024;

  private AccessRecordCodec() {}

  /**
   * The canonical bytes of {@code r}.
   *
   * @throws IllegalArgumentException when they would be longer than {@link EntryBundle#MAX_ENTRY}
   *     (65,535) bytes: the log stores entries in C2SP entry bundles, whose lengths are uint16
   */
  public static byte[] encode(AccessRecord r) {
    var out = new ByteArrayOutputStream(160);
    out.write(VERSION);
    out.write(KIND_ACCESS);
    string(out, r.actor());
    string(out, r.organisation());
    list(out, r.chain());
    string(out, r.purpose());
    string(out, r.caseRef());
    string(out, r.action());
    string(out, r.personToken());
    list(out, r.fields());
    string(out, r.decision());
    out.writeBytes(ByteBuffer.allocate(8).putLong(r.time().toEpochMilli()).array());
    byte[] salt = r.salt();
    out.write(salt.length);
    out.writeBytes(salt);
    if (out.size() > EntryBundle.MAX_ENTRY) {
      throw new IllegalArgumentException(
          "the record encodes to "
              + out.size()
              + " bytes, more than the "
              + EntryBundle.MAX_ENTRY
              + " an entry of the log may have");
    }
    return out.toByteArray();
  }

  /**
   * Decodes canonical bytes.
   *
   * @throws IllegalArgumentException when the bytes are not exactly one canonical version-1 record
   */
  public static AccessRecord decode(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      if (in.get() != VERSION) {
        throw new IllegalArgumentException("unknown entry version");
      }
      if (in.get() != KIND_ACCESS) {
        throw new IllegalArgumentException("not an access record");
      }
      String actor = string(in);
      String organisation = string(in);
      List<String> chain = list(in);
      String purpose = string(in);
      String caseRef = string(in);
      String action = string(in);
      String token = string(in);
      List<String> fields = list(in);
      String decision = string(in);
      Instant time = Instant.ofEpochMilli(in.getLong());
      byte[] salt = new byte[Byte.toUnsignedInt(in.get())];
      in.get(salt);
      if (in.hasRemaining()) {
        throw new IllegalArgumentException("trailing bytes after the record");
      }
      if (!fields.equals(fields.stream().distinct().sorted().toList())) {
        throw new IllegalArgumentException("fields are not sorted and distinct");
      }
      return new AccessRecord(
          actor,
          organisation,
          chain,
          purpose,
          caseRef,
          action,
          token,
          fields,
          decision,
          time,
          salt);
    } catch (java.nio.BufferUnderflowException e) {
      throw new IllegalArgumentException("truncated record");
    }
  }

  private static void string(ByteArrayOutputStream out, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    if (b.length > MAX_STRING) {
      throw new IllegalArgumentException("a record field is longer than " + MAX_STRING + " bytes");
    }
    out.write(b.length >>> 8);
    out.write(b.length & 0xFF);
    out.writeBytes(b);
  }

  private static void list(ByteArrayOutputStream out, List<String> items) {
    if (items.size() > MAX_LIST) {
      throw new IllegalArgumentException("a record list has more than " + MAX_LIST + " items");
    }
    out.write(items.size() >>> 8);
    out.write(items.size() & 0xFF);
    items.forEach(s -> string(out, s));
  }

  private static String string(ByteBuffer in) {
    int n = Short.toUnsignedInt(in.getShort());
    if (n > MAX_STRING) {
      throw new IllegalArgumentException("a record field is longer than " + MAX_STRING + " bytes");
    }
    byte[] b = new byte[n];
    in.get(b);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("a record field is not UTF-8");
    }
  }

  private static List<String> list(ByteBuffer in) {
    int n = Short.toUnsignedInt(in.getShort());
    if (n > MAX_LIST) {
      throw new IllegalArgumentException("a record list has more than " + MAX_LIST + " items");
    }
    List<String> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      items.add(string(in));
    }
    return items;
  }
}
