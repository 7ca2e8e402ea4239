package mamori.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import mamori.identity.Principal;
import mamori.store.Store;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/*
 * The baseline of `mamori bench read`, and nothing else: it hands out a person's stored row, still
 * encrypted, with no purpose, no entrustment check, no decryption and no log entry, so it would break
 * promise 2 anywhere but in the benchmark. It is deliberately no Spring component (no @Controller, no
 * @Configuration), so the component scan of the service that serve and demo start never finds it: only
 * ReadBench adds this class as a source of the service it starts over its own store of synthetic
 * persons, and no setting can turn the route on elsewhere (PlainReadControllerIT proves both). It goes
 * through the same server, filters and bearer sign-in as the authorised read, so the ratio measures what
 * the gate adds: the entrustment chain, the decryption and the log.
 */
/**
 * {@code GET /api/v1/bench/plain/{token}}: one SELECT of a person's row bytes, for the benchmark
 * only.
 */
final class PlainReadController {
  static final String PATH = "/api/v1/bench/plain/";
  private static final String SELECT =
      "SELECT p.token, p.version, p.fields FROM org_person_token o"
          + " JOIN person p ON p.tenant_id = o.tenant_id AND p.token = o.own_token"
          + " WHERE o.tenant_id = ? AND o.organisation_id = ? AND o.token = ?";

  record Row(String token, int version, Map<String, String> fields) {}

  /** The route, a bean of the benchmark's own service only. */
  @Bean
  RouterFunction<ServerResponse> plainRead(Store store) {
    return RouterFunctions.route().GET(PATH + "{token}", request -> read(store, request)).build();
  }

  private static ServerResponse read(Store store, ServerRequest request) throws SQLException {
    if (!(request.principal().orElse(null) instanceof Authentication a
        && a.getPrincipal() instanceof Principal p)) {
      return ServerResponse.status(401).build();
    }
    String token = request.pathVariable("token");
    // raw JDBC: the baseline is the cheapest read there is, so the ratio measures only what the
    // gate adds
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(SELECT)) {
      s.setString(1, p.tenantId().value());
      s.setString(2, p.organisationId().value());
      s.setString(3, token);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return ServerResponse.notFound().build();
        }
        byte[] fields = rs.getBytes(3);
        return ServerResponse.ok()
            .contentType(MediaType.APPLICATION_JSON)
            .body(
                new Row(
                    token,
                    rs.getInt(2),
                    Map.of(
                        "fields",
                        fields == null ? "" : Base64.getEncoder().encodeToString(fields))));
      }
    }
  }
}
