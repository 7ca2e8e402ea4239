package mamori.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import mamori.entrustment.EntrustmentContracts;
import mamori.witness.Witness;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/*
 * Design. The limit is decided before the application reads a byte. A declared Content-Length over
 * the limit is refused at once (413) and the body is never read; Tomcat then discards at most
 * server.tomcat.max-swallow-size of it and closes the connection. A body without a length (chunked)
 * is read here, at most limit + 1 bytes: past the limit it is refused the same way, otherwise the
 * request goes on with those bytes, so nothing after this filter ever holds more than the limit. A
 * form posted without a length is refused (411): browsers always send one, and Tomcat parses form
 * parameters from its own stream, which this filter cannot count (its own max-http-form-post-size is
 * set to the same limit as a second line). Registered first, before Spring Security, so that an
 * anonymous caller cannot make any later filter read a large body either.
 */
/**
 * Every request body is bounded: {@link #DEFAULT_LIMIT} bytes (the setting {@code
 * mamori.web.max-body}), the witness's {@code add-checkpoint} {@link Witness#MAX_BODY_BYTES}, an
 * entrustment's contract upload {@link #CONTRACT_LIMIT}, the open package release calls {@link
 * PackageReleaseController#PACKAGE_BODY}, the public found page's photo {@link
 * FoundController#BODY_LIMIT}. A larger body gets 413 with {@code {"code":"request.too-large",...}}
 * before it is read.
 */
final class BodyLimit extends OncePerRequestFilter {
  static final int DEFAULT_LIMIT = 64 * 1024;
  static final String TOO_LARGE = "request.too-large";
  static final String LENGTH_REQUIRED = "request.length-required";

  private final long limit;

  BodyLimit(long limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("mamori.web.max-body is at least 1 byte");
    }
    this.limit = limit;
  }

  /**
   * The most bytes of a body to an entrustment's contract upload ({@code POST
   * /api/v1/entrustments/{id}/contract} and the console's form): a PDF of {@link
   * EntrustmentContracts#MAX_BYTES} and 64 KiB for a multipart form's headers and other fields.
   * Only these two paths take it, deliberately: raising the general limit would let any caller make
   * the service read megabytes on every endpoint.
   */
  static final long CONTRACT_LIMIT = EntrustmentContracts.MAX_BYTES + 64 * 1024L;

  /** The two contract upload paths (an entrustment id is letters, digits and hyphens). */
  private static final java.util.regex.Pattern CONTRACT_UPLOAD =
      java.util.regex.Pattern.compile("/(api/v1|console)/entrustments/[A-Za-z0-9-]{1,64}/contract");

  /**
   * The most bytes of a body to a job's document upload ({@code POST /api/v1/jobs/{id}/documents}
   * and the console's form): 64 MiB of scans and 64 KiB for the form's headers. Only these two
   * paths take it; a larger batch goes in several requests or by {@code mamori jobs add-documents}.
   */
  static final long DOCUMENTS_LIMIT = 64L * 1024 * 1024 + 64 * 1024;

  /** The request attribute marking a large document upload that UploadGate must pass. */
  static final String GATED = BodyLimit.class.getName() + ".gated";

  /** The request attribute UploadGate sets once it has passed the caller. */
  static final String APPROVED = BodyLimit.class.getName() + ".approved";

  /** The two document upload paths (a job id is a-z, 0-9 and '-'). */
  static final java.util.regex.Pattern DOCUMENTS_UPLOAD =
      java.util.regex.Pattern.compile("/(api/v1|console)/jobs/[a-z0-9-]{1,32}/documents");

  /** The most bytes a body to {@code path} may have. */
  long limitFor(String path) {
    return limitFor(path, DOCUMENTS_UPLOAD.matcher(path).matches());
  }

  private long limitFor(String path, boolean documents) {
    if (PackageReleaseController.OPEN.matcher(path).matches()) {
      // open to anyone holding a package id: an answer is 44 characters
      return Math.min(limit, PackageReleaseController.PACKAGE_BODY);
    }
    if (path.equals(FoundController.PATH)) {
      // open to anyone, but throttled per address before the body is read (FoundGate)
      return Math.max(limit, FoundController.BODY_LIMIT);
    }
    if (path.equals(Witness.ADD_CHECKPOINT_PATH)) {
      return Math.max(limit, Witness.MAX_BODY_BYTES);
    }
    if (documents) {
      return Math.max(limit, DOCUMENTS_LIMIT);
    }
    return CONTRACT_UPLOAD.matcher(path).matches() ? Math.max(limit, CONTRACT_LIMIT) : limit;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI();
    boolean documents = DOCUMENTS_UPLOAD.matcher(path).matches();
    long max = limitFor(path, documents);
    long declared = request.getContentLengthLong();
    if (declared > max) {
      refuse(response, 413, TOO_LARGE, "the request body is larger than " + max + " bytes");
      return;
    }
    if (declared > limit && documents) {
      // who may send this much is known only after Spring Security: UploadGate decides
      request.setAttribute(GATED, Boolean.TRUE);
      chain.doFilter(new Gated(request), response);
      return;
    }
    if (declared >= 0 || request.getHeader("Transfer-Encoding") == null) {
      chain.doFilter(request, response);
      return;
    }
    if (documents) {
      // a body without a length is read here, before its sender is known: the general limit
      max = limit;
    }
    String type = request.getContentType();
    if (type != null
        && (type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
            || type.toLowerCase(Locale.ROOT).startsWith("multipart/"))) {
      refuse(response, 411, LENGTH_REQUIRED, "a form is sent with its Content-Length");
      return;
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE));
    }
    if (body.length > max) {
      refuse(response, 413, TOO_LARGE, "the request body is larger than " + max + " bytes");
      return;
    }
    chain.doFilter(new Buffered(request, body), response);
  }

  static void refuse(HttpServletResponse response, int status, String code, String message)
      throws IOException {
    response.setStatus(status);
    // the rest of the body is not wanted: the connection ends after this answer
    response.setHeader("Connection", "close");
    response.setHeader("Cache-Control", "no-store");
    // the answer comes before Spring Security's filters, so it carries their headers itself
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", WebSecurity.CSP);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    byte[] json =
        ("{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    response.setContentLength(json.length);
    response.getOutputStream().write(json);
    response.flushBuffer();
  }

  /**
   * A large upload whose body cannot be read, in any way, until UploadGate has passed its caller:
   * if a path ever misses the gate, reading fails instead of taking the bytes.
   */
  static final class Gated extends HttpServletRequestWrapper {
    Gated(HttpServletRequest request) {
      super(request);
    }

    private void approved() {
      if (getAttribute(APPROVED) == null) {
        throw new IllegalStateException("a large upload's body is read only after UploadGate");
      }
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      approved();
      return super.getInputStream();
    }

    @Override
    public BufferedReader getReader() throws IOException {
      approved();
      return super.getReader();
    }

    @Override
    public String getParameter(String name) {
      approved();
      return super.getParameter(name);
    }

    @Override
    public java.util.Map<String, String[]> getParameterMap() {
      approved();
      return super.getParameterMap();
    }

    @Override
    public java.util.Enumeration<String> getParameterNames() {
      approved();
      return super.getParameterNames();
    }

    @Override
    public String[] getParameterValues(String name) {
      approved();
      return super.getParameterValues(name);
    }

    @Override
    public java.util.Collection<jakarta.servlet.http.Part> getParts()
        throws IOException, ServletException {
      approved();
      return super.getParts();
    }

    @Override
    public jakarta.servlet.http.Part getPart(String name) throws IOException, ServletException {
      approved();
      return super.getPart(name);
    }
  }

  /** A request whose chunked body was read here, within the limit. */
  private static final class Buffered extends HttpServletRequestWrapper {
    private final byte[] body;

    Buffered(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body was already read");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }
}
