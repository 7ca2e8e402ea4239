package mamori.web;

import static mamori.web.ConsoleWorld.CITY;
import static mamori.web.ConsoleWorld.DIGITS;
import static mamori.web.ConsoleWorld.PURPOSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.entrustment.Entrustment;
import mamori.log.AccessRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The console's and desk's main flow on a running service: staff find a person by number and reveal
 * it (logged by the gate), the security officer approves, suspends and revokes (only with a CSRF
 * token and a confirmation), another tenant's ids are 404, and a contractor's operator works only
 * in scope.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConsoleFlowIT {
  abstract mamori.store.TestStores.Kind kind();

  static final Pattern RESULT =
      Pattern.compile("/console/persons/([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\\?");
  static final Pattern DESK_TOKEN =
      Pattern.compile("/desk/persons/([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\\?");
  ConsoleWorld c;

  @BeforeAll
  void start() throws Exception {
    c = new ConsoleWorld(kind());
  }

  @AfterAll
  void stop() {
    c.close();
  }

  MockHttpServletResponse send(RequestBuilder request) throws Exception {
    MockHttpServletResponse r = c.mvc.perform(request).andReturn().getResponse();
    r.setCharacterEncoding("UTF-8");
    return r;
  }

  String tokenByNumber(String user) throws Exception {
    MockHttpServletResponse r =
        send(
            post("/console/persons/search")
                .with(c.as(user))
                .with(csrf())
                .param("purpose", PURPOSE)
                .param("case", "flow-1")
                .param("number", ConsoleWorld.typed(DIGITS)));
    assertThat(r.getStatus()).isEqualTo(200);
    Matcher m = RESULT.matcher(r.getContentAsString());
    assertThat(m.find()).as("a result links to the person").isTrue();
    return m.group(1);
  }

  @Test
  void staffFindByNumber_openMasked_thenReveal_eachStepLoggedByTheGate() throws Exception {
    long before = c.log(CITY).size();
    String token = tokenByNumber("city-staff");
    MockHttpServletResponse search =
        send(
            post("/console/persons/search")
                .with(c.as("city-staff"))
                .with(csrf())
                .param("purpose", PURPOSE)
                .param("case", "flow-1")
                .param("number", DIGITS));
    assertThat(search.getContentAsString().contains(DIGITS))
        .as("the number is never echoed")
        .isFalse();
    assertThat(search.getContentAsString()).contains("****-****-" + DIGITS.substring(8));

    MockHttpServletResponse masked =
        send(
            get("/console/persons/" + token)
                .with(c.as("city-staff"))
                .param("purpose", PURPOSE)
                .param("case", "flow-1"));
    assertThat(masked.getStatus()).isEqualTo(200);
    assertThat(masked.getContentAsString().contains(DIGITS)).as("masked by default").isFalse();
    assertThat(masked.getContentAsString()).contains("id=\"reveal\"");

    long beforeReveal = c.log(CITY).size();
    MockHttpServletResponse revealed =
        send(
            post("/console/persons/" + token + "/reveal")
                .with(c.as("city-staff"))
                .with(csrf())
                .param("purpose", PURPOSE)
                .param("case", "flow-1"));
    assertThat(revealed.getStatus()).isEqualTo(200);
    String body = revealed.getContentAsString();
    assertThat(body.contains(DIGITS)).as("an authorised reveal shows the number").isTrue();
    assertThat(body)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;x&lt;/b&gt;")
        .doesNotContain("<script>alert(1)", "<b>x</b>");
    assertThat(c.log(CITY).size()).isEqualTo(beforeReveal + 1);
    AccessRecord read = c.last(CITY);
    assertThat(read.action()).isEqualTo("read");
    assertThat(read.actor()).isEqualTo("city-staff");
    assertThat(read.personToken()).isEqualTo(token);
    assertThat(read.purpose()).isEqualTo(PURPOSE);
    assertThat(read.caseRef()).isEqualTo("flow-1");
    assertThat(read.fields()).contains("my_number", "family_name");
    assertThat(read.allowed()).isTrue();
    assertThat(c.log(CITY).size()).isGreaterThan(before + 3);
  }

  @Test
  void revealWithoutCsrf_isRefused_andNothingIsRead() throws Exception {
    String token = tokenByNumber("city-staff");
    long before = c.log(CITY).size();
    MockHttpServletResponse r =
        send(
            post("/console/persons/" + token + "/reveal")
                .with(c.as("city-staff"))
                .param("purpose", PURPOSE)
                .param("case", "flow-1"));
    assertThat(r.getStatus()).isEqualTo(403);
    assertThat(r.getContentAsString().contains(DIGITS)).isFalse();
    assertThat(c.log(CITY).size()).isEqualTo(before);
  }

  @Test
  void officerApproves_withCsrfAndConfirmation_only() throws Exception {
    Entrustment e = c.requested();
    String path = "/console/entrustments/" + e.id() + "/approve";
    assertThat(send(get(path).with(c.as("city-security-officer"))).getContentAsString())
        .contains("id=\"confirm\"");
    assertThat(
            send(post(path).with(c.as("city-security-officer")).param("confirm", "yes"))
                .getStatus())
        .isEqualTo(403);
    assertThat(send(post(path).with(c.as("city-security-officer")).with(csrf())).getStatus())
        .isEqualTo(400);
    assertThat(status(e)).isEqualTo(Entrustment.Status.REQUESTED);
    MockHttpServletResponse admin =
        send(post(path).with(c.as("city-org-admin")).with(csrf()).param("confirm", "yes"));
    assertThat(admin.getStatus()).isEqualTo(403);
    assertThat(admin.getContentAsString()).contains("id=\"refusal\"");
    assertThat(status(e)).isEqualTo(Entrustment.Status.REQUESTED);

    MockHttpServletResponse ok =
        send(post(path).with(c.as("city-security-officer")).with(csrf()).param("confirm", "yes"));
    assertThat(ok.getStatus()).isEqualTo(302);
    assertThat(ok.getRedirectedUrl()).isEqualTo("/console/entrustments?done=approve&id=" + e.id());
    assertThat(status(e)).isEqualTo(Entrustment.Status.ACTIVE);
    assertThat(c.last(CITY).action()).isEqualTo("entrustment.approve");
  }

  @Test
  void aFirstEntrustmentShowingTheNumber_waitsForTheOfficer_whoNeverApprovesTheirOwn()
      throws Exception {
    java.util.Map<mamori.core.Field, mamori.core.Mask> clear =
        GateWorld.fields(
            mamori.core.Field.FAMILY_NAME,
            mamori.core.Mask.NONE,
            mamori.core.Field.MY_NUMBER,
            mamori.core.Mask.NONE);
    Entrustment byAdmin =
        c.w.entrust(CITY, null, ConsoleWorld.CON, GateWorld.scope(clear, GateWorld.TODAY, 5));
    assertThat(byAdmin.status()).isEqualTo(Entrustment.Status.REQUESTED);
    Entrustment byOfficer =
        c.w.entrustments.create(
            null,
            ConsoleWorld.CON,
            c.w.contractFor(ConsoleWorld.CON),
            GateWorld.scope(clear, GateWorld.TODAY, 5),
            new mamori.entrustment.Caller(
                "city-security-officer", CITY, mamori.core.Role.SECURITY_OFFICER));
    assertThat(byOfficer.status()).isEqualTo(Entrustment.Status.REQUESTED);
    MockHttpServletResponse own =
        send(
            post("/console/entrustments/" + byOfficer.id() + "/approve")
                .with(c.as("city-security-officer"))
                .with(csrf())
                .param("confirm", "yes"));
    assertThat(own.getStatus()).isEqualTo(403);
    assertThat(own.getContentAsString()).contains("id=\"refusal\"");
    assertThat(status(byOfficer)).isEqualTo(Entrustment.Status.REQUESTED);
    assertThat(c.last(CITY).decision()).isEqualTo("deny:approval.own-request");
    MockHttpServletResponse ok =
        send(
            post("/console/entrustments/" + byAdmin.id() + "/approve")
                .with(c.as("city-security-officer"))
                .with(csrf())
                .param("confirm", "yes"));
    assertThat(ok.getStatus()).isEqualTo(302);
    assertThat(status(byAdmin)).isEqualTo(Entrustment.Status.ACTIVE);
  }

  @Test
  void tokensIssuedAndRevokedOnTheAccountPage_areLogged() throws Exception {
    MockHttpServletResponse issued =
        send(
            post("/account/tokens")
                .with(c.as("city-staff"))
                .with(csrf())
                .param("label", "batch")
                .param("days", "1"));
    assertThat(issued.getStatus()).isEqualTo(200);
    mamori.log.AccessRecord issue = c.last(CITY);
    assertThat(issue.action()).isEqualTo("token.issue");
    assertThat(issue.actor()).isEqualTo("city-staff");
    assertThat(issue.caseRef()).startsWith("tok_");
    assertThat(issued.getContentAsString()).contains(issue.caseRef());
    MockHttpServletResponse revoked =
        send(
            post("/account/tokens/" + issue.caseRef() + "/revoke")
                .with(c.as("city-staff"))
                .with(csrf()));
    assertThat(revoked.getStatus()).isEqualTo(302);
    mamori.log.AccessRecord revoke = c.last(CITY);
    assertThat(revoke.action()).isEqualTo("token.revoke");
    assertThat(revoke.caseRef()).isEqualTo(issue.caseRef());
  }

  @Test
  void suspendResumeAndRevoke_workWithCsrf_andFailWithout() throws Exception {
    Entrustment e = c.fresh();
    String base = "/console/entrustments/" + e.id();
    assertThat(
            send(post(base + "/suspend")
                    .with(c.as("city-security-officer"))
                    .param("confirm", "yes"))
                .getStatus())
        .isEqualTo(403);
    assertThat(status(e)).isEqualTo(Entrustment.Status.ACTIVE);
    assertThat(
            send(post(base + "/suspend")
                    .with(c.as("city-org-admin"))
                    .with(csrf())
                    .param("confirm", "yes"))
                .getStatus())
        .isEqualTo(302);
    assertThat(status(e)).isEqualTo(Entrustment.Status.SUSPENDED);
    assertThat(
            send(post(base + "/resume")
                    .with(c.as("city-security-officer"))
                    .with(csrf())
                    .param("confirm", "yes"))
                .getStatus())
        .isEqualTo(302);
    assertThat(status(e)).isEqualTo(Entrustment.Status.ACTIVE);
    assertThat(
            send(post(base + "/revoke").with(c.as("city-security-officer")).param("confirm", "yes"))
                .getStatus())
        .isEqualTo(403);
    assertThat(
            send(post(base + "/revoke")
                    .with(c.as("city-security-officer"))
                    .with(csrf())
                    .param("confirm", "yes"))
                .getStatus())
        .isEqualTo(302);
    assertThat(status(e)).isEqualTo(Entrustment.Status.REVOKED);
    MockHttpServletResponse again =
        send(
            post(base + "/suspend")
                .with(c.as("city-security-officer"))
                .with(csrf())
                .param("confirm", "yes"));
    assertThat(again.getStatus()).isEqualTo(403);
    assertThat(again.getContentAsString()).contains("現在の状態ではこの変更はできません");
  }

  @Test
  void anotherTenantsIds_are404() throws Exception {
    String cityToken = tokenByNumber("city-staff");
    assertThat(
            send(get("/console/persons/" + cityToken)
                    .with(c.as("other-staff"))
                    .param("purpose", PURPOSE)
                    .param("case", "x-1"))
                .getStatus())
        .isEqualTo(404);
    assertThat(
            send(post("/console/persons/" + cityToken + "/reveal")
                    .with(c.as("other-staff"))
                    .with(csrf())
                    .param("purpose", PURPOSE)
                    .param("case", "x-1"))
                .getStatus())
        .isEqualTo(404);
    assertThat(
            send(get("/console/entrustments/" + c.parent.id() + "/suspend")
                    .with(c.as("other-officer")))
                .getStatus())
        .isEqualTo(404);
    assertThat(
            send(post("/console/entrustments/" + c.parent.id() + "/revoke")
                    .with(c.as("other-officer"))
                    .with(csrf())
                    .param("confirm", "yes"))
                .getStatus())
        .isEqualTo(404);
    assertThat(status(c.parent)).isEqualTo(Entrustment.Status.ACTIVE);
    assertThat(
            send(get("/console/persons/not-a-token")
                    .with(c.as("city-staff"))
                    .param("purpose", PURPOSE)
                    .param("case", "x-1"))
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void contractorOperator_seesOnlyItsScope_andCannotReachTheConsole() throws Exception {
    assertThat(send(get("/console").with(c.as("con-operator"))).getStatus()).isEqualTo(403);
    assertThat(send(get("/console/persons").with(c.as("con-operator"))).getStatus()).isEqualTo(403);
    MockHttpServletResponse home = send(get("/desk").with(c.as("con-operator")));
    assertThat(home.getStatus()).isEqualTo(200);
    assertThat(home.getContentAsString())
        .contains("held-" + c.parent.id(), "given-" + c.child.id());
    assertThat(
            send(get("/desk/entrustments/" + c.child.id()).with(c.as("con-operator"))).getStatus())
        .isEqualTo(404);

    MockHttpServletResponse listed =
        send(
            get("/desk/entrustments/" + c.parent.id())
                .with(c.as("con-operator"))
                .param("purpose", PURPOSE)
                .param("case", "desk-1"));
    assertThat(listed.getStatus()).isEqualTo(200);
    Matcher m = DESK_TOKEN.matcher(listed.getContentAsString());
    int n = 0;
    String markup = null;
    while (m.find()) {
      n++;
      MockHttpServletResponse person =
          send(
              get("/desk/persons/" + m.group(1))
                  .with(c.as("con-operator"))
                  .param("purpose", PURPOSE)
                  .param("case", "desk-1"));
      assertThat(person.getStatus()).isEqualTo(200);
      String body = person.getContentAsString();
      assertThat(body).doesNotContain("生年月日", "<script>alert");
      assertThat(body.contains(DIGITS)).isFalse();
      if (body.contains("&lt;script&gt;")) {
        markup = body;
      }
    }
    assertThat(n).isEqualTo(5);
    assertThat(markup)
        .as("the markup person is listed and escaped")
        .isNotNull()
        .contains("****-****-" + DIGITS.substring(8), "&lt;b&gt;x&lt;/b&gt;");
    assertThat(c.last(CITY).actor()).isEqualTo("con-operator");
    assertThat(c.last(CITY).action()).isEqualTo("read");

    // the city's token means nothing at the desk
    String cityToken = tokenByNumber("city-staff");
    assertThat(
            send(get("/desk/persons/" + cityToken)
                    .with(c.as("con-operator"))
                    .param("purpose", PURPOSE)
                    .param("case", "desk-1"))
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void subcontractorBeforeApproval_isRefusedWithAFriendlyReason() throws Exception {
    MockHttpServletResponse r =
        send(
            get("/desk/entrustments/" + c.child.id())
                .with(c.as("sub-operator"))
                .param("purpose", PURPOSE)
                .param("case", "sub-1")
                .header("Accept-Language", "en"));
    assertThat(status(c.child)).isEqualTo(Entrustment.Status.REQUESTED);
    assertThat(r.getStatus()).isEqualTo(403);
    assertThat(r.getContentAsString())
        .contains("has not yet been approved by the first entrusting body");
    assertThat(c.last(CITY).decision()).isEqualTo("deny:chain.not-approved");
  }

  Entrustment.Status status(Entrustment e) {
    return c.w.entrustments.entrustment(CITY, e.id()).orElseThrow().status();
  }

  /**
   * Issue 14: the contract page of an entrustment changes its staff list (CSRF kept, a non-user
   * refused with its reason) and takes and gives out its contract document, each act logged.
   */
  @Test
  void theContractPage_changesTheStaffList_andUploadsAndDownloadsTheContract() throws Exception {
    Entrustment e = c.fresh();
    String page = "/console/entrustments/" + e.id() + "/contract";
    String staff = "/console/entrustments/" + e.id() + "/staff";
    MockHttpServletResponse shown = send(get(page).with(c.as("city-org-admin")));
    assertThat(shown.getStatus()).isEqualTo(200);
    assertThat(shown.getContentAsString())
        .contains("con-operator", "id=\"staff-form\"", "id=\"no-versions\"");

    assertThat(
            send(post(staff).with(c.as("city-org-admin")).param("staff", "con-admin")).getStatus())
        .as("without a CSRF token")
        .isEqualTo(403);
    MockHttpServletResponse notUser =
        send(post(staff).with(c.as("city-org-admin")).with(csrf()).param("staff", "sub-operator"));
    assertThat(notUser.getStatus()).isEqualTo(403);
    assertThat(notUser.getContentAsString()).contains("id=\"refusal\"");
    long before = c.log(CITY).size();
    MockHttpServletResponse changed =
        send(
            post(staff)
                .with(c.as("city-org-admin"))
                .with(csrf())
                .param("staff", "con-admin\r\ncon-operator\n"));
    assertThat(changed.getStatus()).isEqualTo(302);
    assertThat(c.log(CITY).size()).isEqualTo(before + 1);
    assertThat(c.last(CITY).action()).isEqualTo("entrustment.staff-change");
    assertThat(c.w.entrustments.entrustment(CITY, e.id()).orElseThrow().contract().staff())
        .containsExactly("con-admin", "con-operator");

    byte[] pdf = "%PDF-1.5\nconsole\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    MockHttpServletResponse notPdf =
        send(
            multipart(page)
                .file(
                    new org.springframework.mock.web.MockMultipartFile(
                        "file", "c.pdf", "application/pdf", "<html>".getBytes()))
                .with(c.as("city-security-officer"))
                .with(csrf()));
    assertThat(notPdf.getStatus()).isEqualTo(400);
    assertThat(notPdf.getContentAsString()).contains("id=\"invalid\"");
    MockHttpServletResponse up =
        send(
            multipart(page)
                .file(
                    new org.springframework.mock.web.MockMultipartFile(
                        "file", "c.pdf", "application/pdf", pdf))
                .with(c.as("city-security-officer"))
                .with(csrf()));
    assertThat(up.getStatus()).isEqualTo(302);
    assertThat(c.last(CITY).action()).isEqualTo("entrustment.contract-upload");
    MockHttpServletResponse listed = send(get(page).with(c.as("city-auditor")));
    assertThat(listed.getContentAsString())
        .contains("id=\"versions\"")
        .doesNotContain("staff-form");
    MockHttpServletResponse down = send(get(page + "/1").with(c.as("city-auditor")));
    assertThat(down.getStatus()).isEqualTo(200);
    assertThat(down.getContentAsByteArray()).isEqualTo(pdf);
    assertThat(c.last(CITY).action()).isEqualTo("entrustment.contract-download");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> send(get(page + "/1").with(c.as("city-staff"))))
        .hasStackTraceContaining("console.error.forbidden");
  }
}
