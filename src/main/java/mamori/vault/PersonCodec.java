package mamori.vault;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import mamori.core.Field;
import org.jspecify.annotations.Nullable;

/**
 * The byte forms of a person record: the canonical form that its fingerprint covers, the normalised
 * name and birth date its blind index covers, and the framing of its sealed fields in one column
 * ({@code [field ordinal: 1 byte][length: 2 bytes][sealed field]} per field, in {@link Field}
 * order).
 */
final class PersonCodec {
  static final int MAX_FIELD_BYTES = 4096;
  private static final Field[] FIELDS = Field.values();
  private static final int NUMBER = Field.MY_NUMBER.ordinal();

  private PersonCodec() {}

  /**
   * Every field's value, length-prefixed, in {@link Field} order: equal records give equal bytes.
   */
  static byte[] canonical(Map<Field, String> values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    for (Field f : FIELDS) {
      byte[] v =
          Objects.requireNonNull(values.get(f), "a person has every field")
              .getBytes(StandardCharsets.UTF_8);
      out.write(v.length >>> 24);
      out.write(v.length >>> 16);
      out.write(v.length >>> 8);
      out.write(v.length);
      out.writeBytes(v);
    }
    return out.toByteArray();
  }

  /**
   * Family name, given name and birth date as the name index sees them: NFKC, no spaces, lower
   * case.
   */
  static String nameBirth(String familyName, String givenName, LocalDate birthDate) {
    return squeeze(familyName) + " " + squeeze(givenName) + " " + birthDate;
  }

  private static String squeeze(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC)
        .replaceAll("\\s+", "")
        .toLowerCase(Locale.ROOT);
  }

  /**
   * The sealed fields, indexed by ordinal, as one column value; a {@code null} number (erased) is
   * left out of the frame.
   */
  static byte[] frame(byte[] @Nullable [] sealed) {
    int size = 0;
    for (int i = 0; i < sealed.length; i++) {
      byte[] s = sealed[i];
      if (s == null && i != NUMBER) {
        throw new IllegalArgumentException("field " + FIELDS[i].column() + " is missing");
      }
      size += s == null ? 0 : 3 + s.length;
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    for (int i = 0; i < sealed.length; i++) {
      byte[] s = sealed[i];
      if (s == null) {
        continue;
      }
      if (s.length > 0xffff) {
        throw new IllegalArgumentException("field " + FIELDS[i].column() + " is too long");
      }
      out.put((byte) i).putShort((short) s.length).put(s);
    }
    return out.array();
  }

  /**
   * The sealed fields of a column value, indexed by ordinal; the number's is {@code null} when only
   * the number was erased.
   */
  static byte[] @Nullable [] unframe(byte[] column) {
    byte[][] sealed = new byte[FIELDS.length][];
    ByteBuffer in = ByteBuffer.wrap(column);
    try {
      while (in.hasRemaining()) {
        int ordinal = in.get();
        int length = Short.toUnsignedInt(in.getShort());
        if (ordinal < 0 || ordinal >= FIELDS.length || sealed[ordinal] != null) {
          throw new IllegalStateException(
              "a stored person record is damaged (field " + ordinal + ")");
        }
        sealed[ordinal] = new byte[length];
        in.get(sealed[ordinal]);
      }
    } catch (java.nio.BufferUnderflowException e) {
      throw new IllegalStateException("a stored person record is damaged (cut short)", e);
    }
    for (int i = 0; i < sealed.length; i++) {
      if (sealed[i] == null && i != NUMBER) {
        throw new IllegalStateException("a stored person record lacks field " + FIELDS[i].column());
      }
    }
    return sealed;
  }
}
