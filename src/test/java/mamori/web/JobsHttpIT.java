package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import mamori.core.Role;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The job routes through HTTP on one running service: a job created, scans loaded (one good, one
 * refused with its reason), a type loaded and listed, a body over the upload limit refused before
 * it is read, another tenant's job unknown.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobsHttpIT {
  static GateWorld w;
  static String officer;
  static String otherOfficer;
  static String auditor;

  @BeforeAll
  void start() throws Exception {
    w =
        new GateWorld(
            java.nio.file.Files.createTempDirectory("mamori-jobs"), TestStores.Kind.SQLITE);
    w.tenant("j-city", 1, 3);
    w.tenant("k-city", 1, 4);
    officer = w.user("j-city", "j-city", "j-city-officer", Role.SECURITY_OFFICER);
    auditor = w.user("j-city", "j-city", "j-city-auditor", Role.AUDITOR);
    otherOfficer = w.user("k-city", "k-city", "k-city-officer", Role.SECURITY_OFFICER);
  }

  @AfterAll
  void stop() {
    w.close();
  }

  @Test
  void aJob_isCreated_loaded_andRead() throws Exception {
    HttpResponse<String> created =
        w.post(
            "/api/v1/jobs",
            "{\"name\":\"slips\",\"purpose\":\"withholding-slip-entry\",\"type\":\"withholding-slip\","
                + "\"deadline\":\"2099-01-31\",\"id\":\"job-http\"}",
            officer);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    assertThat(created.body())
        .contains(
            "\"id\":\"job-http\"", "\"state\":\"open\"", "\"deadline\":\"2099-01-31T14:59:59Z\"");
    HttpResponse<String> loaded =
        multipart(
            "/api/v1/jobs/job-http/documents",
            officer,
            new byte[][] {AuthorisationMatrixHttpIT.SCAN, "not a scan".getBytes()},
            new String[] {"slip 1234 5678 9018.png", "letter.png"});
    assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
    assertThat(loaded.body())
        .contains("\"loaded\":1", "\"refused\":1", "\"outcome\":\"loaded\"", "\"pages\":1")
        .contains("is not a PDF, PNG, JPEG or TIFF")
        .contains("slip **** **** 9018.png")
        .doesNotContain("1234 5678 9018")
        .containsPattern("\"document\":\"d-[a-z]{14}\"");
    assertThat(w.get("/api/v1/jobs/job-http", auditor).body()).contains("\"name\":\"slips\"");
    assertThat(w.get("/api/v1/jobs", auditor).body()).contains("job-http");
    HttpResponse<String> other = w.get("/api/v1/jobs/job-http", otherOfficer);
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(other.body()).contains("job.unknown");
    HttpResponse<String> foreign =
        multipart(
            "/api/v1/jobs/job-http/documents",
            otherOfficer,
            new byte[][] {AuthorisationMatrixHttpIT.SCAN},
            new String[] {"a.png"});
    assertThat(foreign.statusCode()).isEqualTo(404);
  }

  @Test
  void aBadRequest_getsItsCode() throws Exception {
    HttpResponse<String> purpose =
        w.post(
            "/api/v1/jobs",
            "{\"name\":\"x\",\"purpose\":\"nothing-of-ours\",\"type\":\"withholding-slip\","
                + "\"deadline\":\"2099-01-31\"}",
            officer);
    assertThat(purpose.statusCode()).isEqualTo(400);
    assertThat(purpose.body()).contains("purpose.unknown");
    HttpResponse<String> deadline =
        w.post(
            "/api/v1/jobs",
            "{\"name\":\"x\",\"purpose\":\"withholding-slip-entry\",\"type\":\"withholding-slip\","
                + "\"deadline\":\"soon\"}",
            officer);
    assertThat(deadline.statusCode()).isEqualTo(400);
    assertThat(deadline.body()).contains("\"field\":\"deadline\"");
    HttpResponse<String> badType =
        yaml(
            "/api/v1/job-types",
            AuthorisationMatrixHttpIT.JOB_TYPE.replace("check: text", "check: x"),
            officer);
    assertThat(badType.statusCode()).isEqualTo(400);
    assertThat(badType.body()).contains("line 11").contains("unknown check");
  }

  @Test
  void aType_loads_andIsListed_withTheBuiltIns() throws Exception {
    HttpResponse<String> r = yaml("/api/v1/job-types", AuthorisationMatrixHttpIT.JOB_TYPE, officer);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("\"id\":\"matrix-form\"", "\"version\":1", "\"sha256\":\"");
    String list = w.get("/api/v1/job-types", auditor).body();
    assertThat(list).contains("withholding-slip", "dependants-declaration", "matrix-form");
    assertThat(w.get("/api/v1/job-types", otherOfficer).body()).doesNotContain("matrix-form");
  }

  @Test
  void anUploadOverTheLimit_isRefused_beforeItIsRead() throws Exception {
    String r =
        w.postDeclared(
            "/api/v1/jobs/job-http/documents",
            "multipart/form-data; boundary=x",
            BodyLimit.DOCUMENTS_LIMIT + 1,
            officer);
    assertThat(r).startsWith("HTTP/1.1 413").contains("request.too-large");
  }

  @Test
  void anOperatorsLargeUpload_is403_unread_anOfficersPasses() throws Exception {
    String operator = w.user("j-city", "j-city", "j-city-operator", Role.OPERATOR);
    HttpResponse<String> created =
        w.post(
            "/api/v1/jobs",
            "{\"name\":\"slips\",\"purpose\":\"withholding-slip-entry\","
                + "\"type\":\"withholding-slip\",\"deadline\":\"2099-01-31\",\"id\":\"job-gate\"}",
            officer);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    byte[] tenMegabytes = new byte[10 * 1024 * 1024];
    for (String caller : new String[] {operator, auditor}) {
      HttpResponse<String> r =
          multipart(
              "/api/v1/jobs/job-gate/documents",
              caller,
              new byte[][] {tenMegabytes},
              new String[] {"big.bin"});
      assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
      assertThat(r.body()).contains("request.upload-not-allowed");
    }
    HttpResponse<String> ok =
        multipart(
            "/api/v1/jobs/job-gate/documents",
            officer,
            new byte[][] {tenMegabytes},
            new String[] {"big.bin"});
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    assertThat(ok.body()).contains("\"refused\":1", "is not a PDF, PNG, JPEG or TIFF");
  }

  static HttpResponse<String> yaml(String path, String yaml, String auth) throws Exception {
    return w.postBytes(
        path, "application/yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), auth);
  }

  static HttpResponse<String> multipart(String path, String auth, byte[][] files, String[] names)
      throws Exception {
    String boundary = "jobs-boundary-3";
    var body = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < files.length; i++) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + names[i]
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      body.writeBytes(files[i]);
      body.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    body.writeBytes(
        ("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    return w.postBytes(path, "multipart/form-data; boundary=" + boundary, body.toByteArray(), auth);
  }
}
