package mamori.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import mamori.store.Store;
import mamori.identity.Principal;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/*
 * The baseline of `mamori bench read`, and nothing else: it hands out a person's stored row, still
 * encrypted, with no purpose, no entrustment check, no decryption and no log entry, so it would break
 * promise 2 anywhere but in the benchmark. It exists only when `mamori.bench.plain=true`, which only
 * BenchReadCommand sets, on the service it starts over its own store of synthetic persons; the normal
 * service has no such route (BenchReadCommandTest proves it). It goes through the same HTTP stack and
 * the same bearer sign-in as the authorised read, so the ratio measures what the gate adds: the
 * entrustment chain, the decryption and the log.
 */
/** {@code GET /api/v1/bench/plain/{token}}: one SELECT of a person's row bytes, for the benchmark only. */
@RestController
@ConditionalOnProperty(name = PlainReadController.PROPERTY, havingValue = "true")
class PlainReadController {
  static final String PROPERTY = "mamori.bench.plain";
  static final String PATH = "/api/v1/bench/plain/";
  private static final String SELECT = "SELECT p.token, p.version, p.fields FROM org_person_token o"
      + " JOIN person p ON p.tenant_id = o.tenant_id AND p.token = o.own_token"
      + " WHERE o.tenant_id = ? AND o.organisation_id = ? AND o.token = ?";

  private final Store store;

  PlainReadController(Store store) {
    this.store = store;
  }

  record Row(String token, int version, Map<String, String> fields) {}

  @GetMapping(path = PATH + "{token}", produces = "application/json")
  ResponseEntity<Row> read(@AuthenticationPrincipal Principal p, @PathVariable String token) throws SQLException {
    // raw JDBC: the baseline is the cheapest read there is, so the ratio measures only what the gate adds
    try (Connection c = store.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(SELECT)) {
      s.setString(1, p.tenantId());
      s.setString(2, p.organisationId());
      s.setString(3, token);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return ResponseEntity.notFound().build();
        }
        byte[] fields = rs.getBytes(3);
        return ResponseEntity.ok(new Row(token, rs.getInt(2),
            Map.of("fields", fields == null ? "" : Base64.getEncoder().encodeToString(fields))));
      }
    }
  }
}
