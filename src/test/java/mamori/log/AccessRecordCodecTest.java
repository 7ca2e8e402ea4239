package mamori.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import mamori.core.Field;
import mamori.core.Why;
import org.junit.jupiter.api.Test;

/** The canonical entry encoding of docs/log-format.md, with its published example. */
class AccessRecordCodecTest {
  static final byte[] SALT = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");

  static AccessRecord example() {
    return new AccessRecord(
        "u-42",
        "entry-co",
        List.of("e-1", "e-7"),
        "resident-tax",
        "case-2026-001",
        "read",
        "T7QK-M2P9-XC4H",
        List.of("name", "address", "name"),
        "allow",
        Instant.parse("2026-11-23T09:00:00Z"),
        SALT);
  }

  // docs/log-format.md shows these bytes; change both together or not at all
  static final String EXAMPLE_HEX =
      "0101"
          + "000475"
          + "2d3432"
          + "0008656e7472792d636f"
          + "0002"
          + "0003652d31"
          + "0003652d37"
          + "000c7265736964656e742d746178"
          + "000d636173652d323032362d303031"
          + "000472656164"
          + "000e5437514b2d4d3250392d58433448"
          + "0002"
          + "0007616464726573 73".replace(" ", "")
          + "00046e616d65"
          + "0005616c6c6f77"
          + "000001a207a23280"
          + "10"
          + "000102030405060708090a0b0c0d0e0f";

  @Test
  void example_encodesToThePublishedBytes() {
    assertThat(HexFormat.of().formatHex(AccessRecordCodec.encode(example())))
        .isEqualTo(EXAMPLE_HEX);
  }

  @Test
  void decode_givesTheSameRecordBack() {
    AccessRecord r = example();
    assertThat(AccessRecordCodec.decode(AccessRecordCodec.encode(r))).isEqualTo(r);
    assertThat(r.fields()).containsExactly("address", "name");
  }

  @Test
  void aRecordLongerThanABundleEntryCanBe_isRefused_andOneJustWithin_encodes() {
    // 64 entrustment ids of 1,022 bytes: 64 * (2 + 1,022) bytes of chain alone, past 65,535
    List<String> longChain = java.util.Collections.nCopies(64, "e".repeat(1_022));
    AccessRecord tooLong =
        new AccessRecord(
            "u",
            "o",
            longChain,
            "p",
            "c",
            "read",
            "t",
            List.of("name"),
            "allow",
            Instant.EPOCH,
            SALT);
    assertThatThrownBy(() -> AccessRecordCodec.encode(tooLong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than the 65535 an entry of the log may have");
    AccessRecord within =
        new AccessRecord(
            "u",
            "o",
            longChain.subList(0, 63),
            "p",
            "c",
            "read",
            "t",
            List.of("name"),
            "allow",
            Instant.EPOCH,
            SALT);
    assertThat(AccessRecordCodec.encode(within).length).isLessThanOrEqualTo(65_535);
  }

  @Test
  void japaneseText_roundTrips() {
    AccessRecord r =
        new AccessRecord(
            "職員1",
            "尼崎市",
            List.of(),
            "住民税",
            "案件",
            "read",
            "",
            List.of("氏名"),
            "deny:chain.unapproved",
            Instant.EPOCH,
            SALT);
    assertThat(AccessRecordCodec.decode(AccessRecordCodec.encode(r))).isEqualTo(r);
  }

  @Test
  void twoRecordsDifferingOnlyInSalt_encodeDifferently() {
    Why why = new Why("p", "c");
    AccessRecord a =
        TestRecords.read("u", "o", List.of(), why, "t", Set.of(Field.FAMILY_NAME), Instant.EPOCH);
    AccessRecord b =
        TestRecords.read("u", "o", List.of(), why, "t", Set.of(Field.FAMILY_NAME), Instant.EPOCH);
    assertThat(AccessRecordCodec.encode(a)).isNotEqualTo(AccessRecordCodec.encode(b));
    assertThat(a.salt()).hasSize(16);
  }

  @Test
  void trailingBytes_areRefused() {
    byte[] bytes =
        Arrays.copyOf(
            AccessRecordCodec.encode(example()), AccessRecordCodec.encode(example()).length + 1);
    assertThatThrownBy(() -> AccessRecordCodec.decode(bytes))
        .hasMessage("trailing bytes after the record");
  }

  @Test
  void truncatedBytes_areRefused() {
    byte[] full = AccessRecordCodec.encode(example());
    for (int n = 0; n < full.length; n++) {
      byte[] cut = Arrays.copyOf(full, n);
      assertThatThrownBy(() -> AccessRecordCodec.decode(cut))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void unknownVersion_isRefused() {
    byte[] bytes = AccessRecordCodec.encode(example());
    bytes[0] = 2;
    assertThatThrownBy(() -> AccessRecordCodec.decode(bytes)).hasMessage("unknown entry version");
  }

  @Test
  void unsortedFields_areRefused_soThereIsOneEncodingOnly() {
    String hex =
        EXAMPLE_HEX.replace(
            "0007616464726573" + "73" + "00046e616d65", "00046e616d65" + "0007616464726573" + "73");
    assertThatThrownBy(() -> AccessRecordCodec.decode(HexFormat.of().parseHex(hex)))
        .hasMessage("fields are not sorted and distinct");
  }

  @Test
  void invalidUtf8_isRefused() {
    String hex = EXAMPLE_HEX.replaceFirst("000475" + "2d3432", "000475ff3432");
    assertThatThrownBy(() -> AccessRecordCodec.decode(HexFormat.of().parseHex(hex)))
        .hasMessage("a record field is not UTF-8");
  }

  @Test
  void shortSalt_andLongFields_areRefused() {
    assertThatThrownBy(() ->
            new AccessRecord(
                "u",
                "o",
                List.of(),
                "p",
                "c",
                "a",
                "t",
                List.of(),
                "allow",
                Instant.EPOCH,
                new byte[15]))
        .hasMessageContaining("salt must be 16 to 64 bytes");
    AccessRecord huge =
        new AccessRecord(
            "u",
            "o",
            List.of(),
            "p",
            "x".repeat(1025),
            "a",
            "t",
            List.of(),
            "allow",
            Instant.EPOCH,
            new byte[16]);
    assertThatThrownBy(() -> AccessRecordCodec.encode(huge))
        .hasMessageContaining("longer than 1024 bytes");
  }

  @Test
  void aFieldHoldingAMyNumber_isRefused_becauseTheLogCanNeverForgetIt() {
    assertThatThrownBy(() -> new Why("p", "case of 1234.5678.9018"))
        .isInstanceOf(Why.Invalid.class);
    assertThatThrownBy(() ->
            TestRecords.read(
                "u", "o", List.of(), new Why("p", "c"), "1234/5678/9018", Set.of(), Instant.EPOCH))
        .hasMessage("an access record field holds what looks like a My Number");
  }

  @Test
  void aRecordWrittenUnderOlderRules_stillDecodes_withoutATypedWhy() {
    AccessRecord old =
        new AccessRecord(
            "u",
            "o",
            List.of(),
            "p",
            "line\nforged",
            "read",
            "t",
            List.of(),
            "allow",
            Instant.EPOCH,
            new byte[16]);
    AccessRecord back = AccessRecordCodec.decode(AccessRecordCodec.encode(old));
    assertThat(back.caseRef()).isEqualTo("line\nforged");
    assertThat(back.why()).isEmpty();
  }

  @Test
  void toString_neverShowsTheSalt() {
    assertThat(example().toString())
        .doesNotContain("000102")
        .contains("entry-co", "resident-tax", "allow");
  }
}
