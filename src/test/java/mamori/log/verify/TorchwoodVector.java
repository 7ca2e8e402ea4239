package mamori.log.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The published ML-DSA-44 {@code subtree/v1} cosignature made by filippo.io/torchwood and used in
 * transparency-dev/formats (TestMLDSAVerifyTorchwood): key, signature line, and the subtree [8, 13)
 * of the log {@code example.com/log} it signs.
 */
record TorchwoodVector(String vkey, String line, String origin, long start, long end, String root) {

  static TorchwoodVector load() throws IOException {
    Map<String, String> fields = new HashMap<>();
    try (InputStream in = TorchwoodVector.class.getResourceAsStream("torchwood-mldsa44.txt")) {
      assertThat(in).as("torchwood-mldsa44.txt").isNotNull();
      for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!row.startsWith("#") && !row.isBlank()) {
          int space = row.indexOf(' ');
          fields.put(row.substring(0, space), row.substring(space + 1));
        }
      }
    }
    return new TorchwoodVector(
        fields.get("vkey"), fields.get("line"), "example.com/log", 8, 13, fields.get("root"));
  }
}
