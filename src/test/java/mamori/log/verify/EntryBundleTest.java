package mamori.log.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Entry bundles read and written byte by byte: the lengths are written here by hand, so the format
 * is not checked against itself; every malformed bundle is refused with the place of the fault.
 */
class EntryBundleTest {
  static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = (byte) b[i];
    }
    return out;
  }

  static byte[] filled(int length, int value) {
    byte[] out = new byte[length];
    Arrays.fill(out, (byte) value);
    return out;
  }

  static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      b.writeBytes(p);
    }
    return b.toByteArray();
  }

  /** An entry of 300 bytes (length 0x012C), one of 0 bytes and one of 2 ("ab"). */
  static final byte[] LONG = filled(300, 0x5A);

  static final byte[] THREE = concat(bytes(0x01, 0x2C), LONG, bytes(0, 0), bytes(0, 2, 'a', 'b'));

  record Seen(int k, int offset, int length) {}

  @Test
  void visit_handsEachEntryWithItsOffsetAndLength_andCountsThem() throws Exception {
    List<Seen> seen = new ArrayList<>();
    int n =
        EntryBundle.visit(
            THREE,
            (k, b, offset, length) -> {
              assertThat(b).isSameAs(THREE);
              seen.add(new Seen(k, offset, length));
            });
    assertThat(n).isEqualTo(3);
    assertThat(seen).containsExactly(new Seen(0, 2, 300), new Seen(1, 304, 0), new Seen(2, 306, 2));
  }

  @Test
  void anEmptyBundle_holdsNoEntries() throws Exception {
    assertThat(EntryBundle.visit(new byte[0], (k, b, o, l) -> {})).isZero();
    assertThat(EntryBundle.split(new byte[0])).isEmpty();
  }

  @Test
  void anEmptyEntryLast_isAnEntry() throws Exception {
    assertThat(EntryBundle.split(bytes(0, 1, 'x', 0, 0)))
        .containsExactly(new byte[] {'x'}, new byte[0]);
    assertThat(EntryBundle.split(bytes(0, 0))).containsExactly(new byte[0]);
  }

  @Test
  void lengthsUseBothBytes_bigEndian() throws Exception {
    byte[] big = filled(0x8001, 7);
    List<byte[]> got = EntryBundle.split(concat(bytes(0x80, 0x01), big, bytes(0, 1, 9)));
    assertThat(got).hasSize(2);
    assertThat(got.get(0)).isEqualTo(big);
    assertThat(got.get(1)).containsExactly(9);
    byte[] max = filled(EntryBundle.MAX_ENTRY, 3);
    assertThat(EntryBundle.split(concat(bytes(0xFF, 0xFF), max))).containsExactly(max);
  }

  @Test
  void split_copiesEachEntry() throws Exception {
    List<byte[]> got = EntryBundle.split(THREE);
    assertThat(got).hasSize(3);
    assertThat(got.get(0)).isEqualTo(LONG);
    assertThat(got.get(1)).isEmpty();
    assertThat(got.get(2)).isEqualTo("ab".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void aFullBundleOf256_isRead_andA257thIsRefused() throws Exception {
    byte[][] entries = new byte[257][];
    for (int i = 0; i < entries.length; i++) {
      entries[i] = new byte[] {(byte) i};
    }
    byte[] full = EntryBundle.join(entries, 0, 256);
    assertThat(EntryBundle.visit(full, (k, b, o, l) -> {})).isEqualTo(256);
    byte[] over = EntryBundle.join(entries, 0, 257);
    List<Integer> seen = new ArrayList<>();
    EntryBundle.MalformedException e =
        catchThrowableOfType(
            EntryBundle.MalformedException.class,
            () -> EntryBundle.visit(over, (k, b, o, l) -> seen.add(k)));
    assertThat(e).hasMessage("holds more than 256 entries (3 bytes follow)");
    assertThat(e.entries()).isEqualTo(256);
    assertThat(seen).hasSize(256);
    assertThat(seen.get(255)).isEqualTo(255);
  }

  @Test
  void aBundleCutInsideALength_isRefused() {
    EntryBundle.MalformedException e =
        catchThrowableOfType(
            EntryBundle.MalformedException.class,
            () -> EntryBundle.split(concat(bytes(0, 2, 'a', 'b', 0, 0), bytes(0))));
    assertThat(e).hasMessage("ends inside the length of entry 2");
    assertThat(e.entries()).isEqualTo(2);
    assertThatThrownBy(() -> EntryBundle.split(bytes(1)))
        .isInstanceOf(EntryBundle.MalformedException.class)
        .hasMessage("ends inside the length of entry 0");
  }

  @Test
  void aLengthClaimingMoreThanRemains_isRefused() {
    // the second entry says 5 bytes, 4 follow
    EntryBundle.MalformedException e =
        catchThrowableOfType(
            EntryBundle.MalformedException.class,
            () -> EntryBundle.split(bytes(0, 1, 'x', 0, 5, 'a', 'b', 'c', 'd')));
    assertThat(e).hasMessage("entry 1's length says 5 bytes but 4 remain");
    assertThat(e.entries()).isEqualTo(1);
    // a bundle cut inside its last entry
    assertThatThrownBy(() -> EntryBundle.split(Arrays.copyOf(THREE, THREE.length - 1)))
        .isInstanceOf(EntryBundle.MalformedException.class)
        .hasMessage("entry 2's length says 2 bytes but 1 remain");
    assertThatThrownBy(() -> EntryBundle.split(bytes(0x01, 0x2C, 1, 2)))
        .hasMessage("entry 0's length says 300 bytes but 2 remain");
  }

  @Test
  void join_writesEachLengthAndItsBytes_fromTo() {
    byte[][] entries = {bytes('q'), LONG, new byte[0], bytes('a', 'b'), bytes('z')};
    assertThat(EntryBundle.join(entries, 1, 4)).isEqualTo(THREE);
    assertThat(EntryBundle.join(entries, 0, 1)).containsExactly(0, 1, 'q');
    assertThat(EntryBundle.join(entries, 4, 5)).containsExactly(0, 1, 'z');
    assertThat(EntryBundle.join(entries, 2, 2)).isEmpty();
    assertThat(EntryBundle.join(new byte[][] {filled(0x8001, 1)}, 0, 1))
        .startsWith(0x80, 0x01, 1)
        .hasSize(0x8003);
  }

  @Test
  void join_takesAnEntryOf65535Bytes_andRefusesOneOf65536() {
    byte[] max = filled(EntryBundle.MAX_ENTRY, 4);
    byte[] joined = EntryBundle.join(new byte[][] {max, bytes('a')}, 0, 2);
    assertThat(joined).hasSize(2 + 65_535 + 3);
    assertThat(Arrays.copyOf(joined, 2)).containsExactly(0xFF, 0xFF);
    assertThat(Arrays.copyOfRange(joined, 2, 65_537)).isEqualTo(max);
    assertThat(Arrays.copyOfRange(joined, 65_537, 65_540)).containsExactly(0, 1, 'a');
    assertThatThrownBy(() -> EntryBundle.join(new byte[][] {bytes('a'), new byte[65_536]}, 0, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an entry in a bundle is at most 65535 bytes, not 65536");
    // an entry outside the range is not looked at
    assertThat(EntryBundle.join(new byte[][] {bytes('a'), new byte[65_536]}, 0, 1))
        .containsExactly(0, 1, 'a');
  }

  @Test
  void prefix_answersTheFirstEntriesBytes_theBundleItselfWhenWhole() throws Exception {
    assertThat(EntryBundle.prefix(THREE, 3)).isSameAs(THREE);
    assertThat(EntryBundle.prefix(THREE, 2)).isEqualTo(Arrays.copyOf(THREE, 304));
    assertThat(EntryBundle.prefix(THREE, 1)).isEqualTo(Arrays.copyOf(THREE, 302));
    assertThat(EntryBundle.prefix(THREE, 0)).isEmpty();
    assertThat(EntryBundle.prefix(THREE, 4)).isNull();
    byte[] empty = new byte[0];
    assertThat(EntryBundle.prefix(empty, 0)).isSameAs(empty);
    assertThat(EntryBundle.prefix(empty, 1)).isNull();
    byte[] emptyLast = bytes(0, 1, 'x', 0, 0);
    assertThat(EntryBundle.prefix(emptyLast, 2)).isSameAs(emptyLast);
    assertThat(EntryBundle.prefix(emptyLast, 1)).containsExactly(0, 1, 'x');
    byte[] big = concat(bytes(0x80, 0x01), filled(0x8001, 2), bytes(0, 1, 9));
    assertThat(EntryBundle.prefix(big, 1)).hasSize(0x8003);
  }

  @Test
  void prefix_refusesTheMalformedPartItReads() {
    EntryBundle.MalformedException e =
        catchThrowableOfType(
            EntryBundle.MalformedException.class, () -> EntryBundle.prefix(bytes(0, 1, 'x', 0), 2));
    assertThat(e).hasMessage("ends inside the length of entry 1");
    assertThat(e.entries()).isEqualTo(1);
    // one byte more than remains, at the first entry and after one
    e =
        catchThrowableOfType(
            EntryBundle.MalformedException.class,
            () -> EntryBundle.prefix(bytes(0, 3, 'a', 'b'), 1));
    assertThat(e).hasMessage("entry 0's length says 3 bytes but 2 remain");
    assertThat(e.entries()).isZero();
    e =
        catchThrowableOfType(
            EntryBundle.MalformedException.class,
            () -> EntryBundle.prefix(bytes(0, 1, 'x', 0, 3, 'a', 'b'), 2));
    assertThat(e).hasMessage("entry 1's length says 3 bytes but 2 remain");
    assertThat(e.entries()).isEqualTo(1);
    // what lies beyond the prefix is not read
    assertThat(
            catchThrowableOfType(
                EntryBundle.MalformedException.class,
                () -> EntryBundle.prefix(bytes(0, 1, 'x', 0, 3, 'a', 'b'), 1)))
        .isNull();
  }
}
