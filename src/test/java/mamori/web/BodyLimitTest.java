package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import mamori.witness.Witness;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class BodyLimitTest {
  private final BodyLimit limit = new BodyLimit(100);

  /** A request whose body comes without a length, as a chunked one does. */
  private static MockHttpServletRequest chunked(String path, String type, byte[] body) {
    MockHttpServletRequest r =
        new MockHttpServletRequest("POST", path) {
          @Override
          public long getContentLengthLong() {
            return -1;
          }

          @Override
          public int getContentLength() {
            return -1;
          }
        };
    r.addHeader("Transfer-Encoding", "chunked");
    r.setContentType(type);
    r.setContent(body);
    return r;
  }

  /** Runs the filter; returns the request the chain saw, or null when it was not called. */
  private HttpServletRequest run(MockHttpServletRequest request, MockHttpServletResponse response)
      throws Exception {
    AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
    limit.doFilter(request, response, (req, res) -> seen.set((HttpServletRequest) req));
    return seen.get();
  }

  @Test
  void aDeclaredLengthOverTheLimit_is413_andTheChainNeverRuns() throws Exception {
    MockHttpServletRequest r = new MockHttpServletRequest("POST", "/api/v1/entrustments");
    r.setContent(new byte[101]);
    MockHttpServletResponse response = new MockHttpServletResponse();
    assertThat(run(r, response)).isNull();
    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getContentAsString()).startsWith("{\"code\":\"request.too-large\"");
    assertThat(response.getHeader("Connection")).isEqualTo("close");
  }

  @Test
  void aDeclaredLengthAtTheLimit_goesOnUntouched() throws Exception {
    MockHttpServletRequest r = new MockHttpServletRequest("POST", "/api/v1/entrustments");
    r.setContent(new byte[100]);
    assertThat(run(r, new MockHttpServletResponse())).isSameAs(r);
  }

  @Test
  void theWitness_takesItsOwnLargerLimit() {
    assertThat(limit.limitFor(Witness.ADD_CHECKPOINT_PATH)).isEqualTo(Witness.MAX_BODY_BYTES);
    assertThat(limit.limitFor("/portal/signin")).isEqualTo(100);
    // a job's scans: the two upload paths only, never their neighbours
    assertThat(limit.limitFor("/api/v1/jobs/job-slips/documents"))
        .isEqualTo(BodyLimit.DOCUMENTS_LIMIT);
    assertThat(limit.limitFor("/console/jobs/job-slips/documents"))
        .isEqualTo(BodyLimit.DOCUMENTS_LIMIT);
    assertThat(limit.limitFor("/api/v1/jobs")).isEqualTo(100);
    assertThat(limit.limitFor("/api/v1/jobs/job-slips/documents/x")).isEqualTo(100);
    assertThat(limit.limitFor("/api/v1/jobs/../users/documents")).isEqualTo(100);
    assertThat(new BodyLimit(2 << 20).limitFor(Witness.ADD_CHECKPOINT_PATH)).isEqualTo(2 << 20);
  }

  @Test
  void aChunkedBody_overTheLimit_is413_andWithinIt_isReadOnceAndPassedOn() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    assertThat(run(chunked("/portal/signin", "application/json", new byte[101]), response))
        .isNull();
    assertThat(response.getStatus()).isEqualTo(413);

    byte[] body = "{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8);
    HttpServletRequest seen =
        run(chunked("/portal/signin", "application/json", body), new MockHttpServletResponse());
    assertThat(seen).isNotNull();
    assertThat(seen.getContentLengthLong()).isEqualTo(body.length);
    assertThat(seen.getInputStream().readAllBytes()).isEqualTo(body);
  }

  @Test
  void aChunkedBody_toTheDocumentsUpload_isHeldToTheGeneralLimit() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    assertThat(
            run(
                chunked("/api/v1/jobs/job-1/documents", "application/pdf", new byte[101]),
                response))
        .isNull();
    assertThat(response.getStatus()).isEqualTo(413);
  }

  @Test
  void aChunkedForm_is411() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    assertThat(
            run(
                chunked(
                    "/signin",
                    "application/x-www-form-urlencoded",
                    "a=b".getBytes(StandardCharsets.UTF_8)),
                response))
        .isNull();
    assertThat(response.getStatus()).isEqualTo(411);
  }

  @Test
  void aRequestWithoutBody_goesOn() throws Exception {
    MockHttpServletRequest r = new MockHttpServletRequest("GET", "/api/v1/status");
    assertThat(run(r, new MockHttpServletResponse())).isSameAs(r);
  }

  @Test
  void aLargeDocumentUpload_isGated_andItsBodyUnreadableUntilTheGatePasses() throws Exception {
    MockHttpServletRequest r = new MockHttpServletRequest("POST", "/api/v1/jobs/job-a/documents");
    r.setContentType("multipart/form-data; boundary=x");
    r.setContent(new byte[10 * 1024 * 1024]);
    HttpServletRequest seen = run(r, new MockHttpServletResponse());
    assertThat(seen).isInstanceOf(BodyLimit.Gated.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(seen::getInputStream)
        .isInstanceOf(IllegalStateException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> seen.getParameter("_csrf"))
        .isInstanceOf(IllegalStateException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(seen::getParts)
        .isInstanceOf(IllegalStateException.class);
    // an anonymous caller or an operator: 403, the chain never runs
    UploadGate gate = new UploadGate(p -> true);
    MockHttpServletResponse refused = new MockHttpServletResponse();
    AtomicReference<HttpServletRequest> after = new AtomicReference<>();
    org.springframework.security.core.context.SecurityContextHolder.getContext()
        .setAuthentication(
            new org.springframework.security.authentication.TestingAuthenticationToken(
                new mamori.identity.Principal(
                    new mamori.core.UserId("u-op"),
                    new mamori.core.TenantId("t"),
                    new mamori.core.OrganisationId("t"),
                    mamori.core.Role.OPERATOR,
                    "test"),
                null));
    try {
      gate.doFilter(seen, refused, (req, res) -> after.set((HttpServletRequest) req));
    } finally {
      org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
    assertThat(after.get()).isNull();
    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(refused.getContentAsString()).contains("request.upload-not-allowed");
  }
}
