package mamori.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /v3/api-docs}: the OpenAPI 3.1 description of the JSON API, written by hand. */
@RestController
class ApiDocsController {
  private final String doc;

  ApiDocsController() {
    try (InputStream in = ApiDocsController.class.getResourceAsStream("/openapi/mamori.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi/mamori.json is missing from the classpath");
      }
      doc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping(path = "/v3/api-docs", produces = "application/json")
  String apiDocs() {
    return doc;
  }
}
