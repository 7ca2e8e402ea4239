package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import mamori.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The console's job pages: the officer creates a job, loads two files (one refused) and sees one
 * line for each; a bad deadline shows the form again; a contractor and another tenant get nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleJobsIT {
  ConsoleWorld c;

  @BeforeAll
  void start() throws Exception {
    c = new ConsoleWorld(TestStores.Kind.SQLITE);
  }

  @AfterAll
  void stop() {
    c.close();
  }

  @Test
  void theOfficer_createsAJob_andSeesWhatBecameOfEachFile() throws Exception {
    MockHttpServletResponse created =
        c.send(
            post("/console/jobs/new")
                .with(c.as("city-security-officer"))
                .with(csrf())
                .param("name", "2026年度 源泉徴収票")
                .param("purpose", "withholding-slip-entry")
                .param("type", "withholding-slip")
                .param("deadline", "2099-01-31")
                .param("id", "job-console"));
    assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
    assertThat(created.getRedirectedUrl())
        .isEqualTo("/console/jobs/job-console/documents?created=1");
    MockHttpServletResponse page =
        c.send(
            get("/console/jobs/job-console/documents?created=1")
                .with(c.as("city-security-officer")));
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString()).contains("id=\"created\"", "id=\"documents-form\"");
    MockHttpServletResponse loaded =
        c.send(
            multipart("/console/jobs/job-console/documents")
                .file(
                    new MockMultipartFile(
                        "file",
                        "slip 1234 5678 9018.png",
                        "image/png",
                        AuthorisationMatrixHttpIT.SCAN))
                .file(
                    new MockMultipartFile("file", "letter.png", "image/png", "a letter".getBytes()))
                .with(c.as("city-security-officer"))
                .with(csrf()));
    assertThat(loaded.getStatus()).isEqualTo(200);
    String body = loaded.getContentAsString();
    assertThat(body)
        .contains("id=\"files\"", "slip **** **** 9018.png", "is not a PDF, PNG, JPEG or TIFF")
        .containsPattern("d-[a-z]{14}")
        .doesNotContain("1234 5678 9018");
    // nothing held yet: the job's page has no held section
    assertThat(jobPage()).doesNotContain("id=\"held\"");
    // a document the desk held (the number of another person): listed with its reason, no value
    org.springframework.jdbc.core.simple.JdbcClient.create(
            c.w.context.getBean(mamori.store.Store.class).dataSource())
        .sql(
            "UPDATE work_document SET held_reason = 'document.mismatch', held_at = 0 WHERE"
                + " tenant_id = ? AND job_id = 'job-console'")
        .param(ConsoleWorld.CITY)
        .update();
    assertThat(jobPage())
        .contains(
            "id=\"held\"",
            "Documents held, not accepted: 1",
            "slip **** **** 9018.png",
            "The number belongs to a person whose name and birth date differ");
    assertThat(
            c.send(get("/console/jobs/job-console/documents").with(c.as("con-admin"))).getStatus())
        .isEqualTo(403);
    assertThat(
            c.send(get("/console/jobs/job-console/documents").with(c.as("other-officer")))
                .getStatus())
        .isEqualTo(404);
  }

  private String jobPage() throws Exception {
    MockHttpServletResponse r =
        c.send(
            get("/console/jobs/job-console")
                .with(c.as("city-security-officer"))
                .header("Accept-Language", "en"));
    assertThat(r.getStatus()).isEqualTo(200);
    return r.getContentAsString();
  }

  @Test
  void aBadDeadline_showsTheFormAgain_withTheReason() throws Exception {
    MockHttpServletResponse r =
        c.send(
            post("/console/jobs/new")
                .with(c.as("city-org-admin"))
                .with(csrf())
                .param("name", "x")
                .param("purpose", "withholding-slip-entry")
                .param("type", "withholding-slip")
                .param("deadline", "soon"));
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(r.getContentAsString()).contains("id=\"error\"", "ISO date", "id=\"job-new\"");
  }
}
