package mamori.work;

import java.util.Objects;

/**
 * One file given to a job: its name as the caller had it (only ever stored masked) and its bytes.
 * What it is (PDF, PNG, JPEG or TIFF) is read from the bytes, never from the name.
 */
public record Upload(String name, byte[] bytes) {
  public Upload {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Upload u && u.name.equals(name) && java.util.Arrays.equals(u.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + java.util.Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Upload[" + Jobs.source(name) + ", " + bytes.length + " bytes]";
  }
}
