package mamori.bench;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The tokens of a {@code GET /api/v1/persons} answer: {@code {"tokens": [...]}}. */
final class GateTokens {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private GateTokens() {}

  static List<String> of(String body) {
    List<String> out = new ArrayList<>();
    for (JsonNode t : JSON.readTree(body).path("tokens")) {
      out.add(t.asString());
    }
    return out;
  }
}
