package mamori.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Records written by version 1 of the codec (access-records-v1.txt) still decode and encode to the same bytes. */
class AccessRecordFixtureTest {

  static Map<String, byte[]> fixture() throws IOException {
    Map<String, byte[]> records = new LinkedHashMap<>();
    try (InputStream in = AccessRecordFixtureTest.class.getResourceAsStream("access-records-v1.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] parts = line.strip().split(" ");
          records.put(parts[0], HexFormat.of().parseHex(parts[1]));
        }
      }
    }
    return records;
  }

  @Test
  void everyRecord_decodesAndEncodesToTheSameBytes() throws IOException {
    Map<String, byte[]> records = fixture();
    assertThat(records).hasSize(11);
    records.forEach((name, bytes) ->
        assertThat(AccessRecordCodec.encode(AccessRecordCodec.decode(bytes))).as(name).isEqualTo(bytes));
  }
}
