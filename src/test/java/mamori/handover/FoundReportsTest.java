package mamori.handover;

import static mamori.handover.HandoverFixture.KITA;
import static mamori.handover.HandoverFixture.NERIMA;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mamori.core.PersonToken;
import mamori.core.Role;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.store.TestStores;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Pages reported found outside, on both stores: what the finder is told, the alert, the decision.
 */
class FoundReportsTest {
  static final Principal CLERK = HandoverFixture.user(NERIMA, "nerima-clerk", Role.STAFF);
  static final Principal OFFICER =
      HandoverFixture.user(NERIMA, "nerima-officer", Role.SECURITY_OFFICER);
  static final Principal ADMIN = HandoverFixture.user(NERIMA, "nerima-admin", Role.ORG_ADMIN);
  static final Principal AUDITOR = HandoverFixture.user(NERIMA, "nerima-auditor", Role.AUDITOR);
  static final Principal KITA_OFFICER =
      HandoverFixture.user(KITA, "kita-officer", Role.SECURITY_OFFICER);
  static final PersonToken ANNA = new PersonToken("tok-anna");
  static final PersonToken BEN = new PersonToken("tok-ben");
  static final PersonToken CARL = new PersonToken("tok-carl");
  static final String FROM = "203.0.113.9";

  @TempDir Path temp;
  HandoverFixture f;

  @AfterEach
  void close() {
    if (f != null) {
      f.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void aListsPageFoundOutside_tellsTheOfficeOnly_andAlertsTheOfficerWithEveryPersonOnIt(
      TestStores.Kind kind) {
    f = new HandoverFixture(kind, temp);
    Documents.Printed list = f.list(CLERK, 2, ANNA, BEN, CARL);
    f.clock.advance(Duration.ofDays(2));
    FoundReports.Answer answer = f.found.report(list.pages().get(1).qrText(), FROM);
    assertThat(answer).isEqualTo(new FoundReports.Reported("練馬区", true, FoundReports.THANKS));
    assertThat(answer.toString()).doesNotContain("tok-", "カード", "nerima-clerk");

    List<FoundReports.Report> open = f.found.open(NERIMA, 10);
    assertThat(open).hasSize(1);
    FoundReports.Report r = open.get(0);
    assertThat(r.id()).isEqualTo("f-" + list.document().id() + "-p2-r1");
    assertThat(r.page()).isEqualTo(2);
    assertThat(r.persons()).isEqualTo(3);
    assertThat(f.found.persons(r, Optional.empty(), 10))
        .isEqualTo(new FoundReports.Persons(List.of(ANNA, BEN, CARL), Optional.empty()));
    assertThat(r.reportedAt()).isEqualTo(f.clock.instant());
    assertThat(r.open()).isTrue();
    SecurityAlerts.Alert alert = f.alerts.get("nerima", r.alertId().orElseThrow()).orElseThrow();
    assertThat(alert.kind()).isEqualTo(FoundReports.ALERT_KIND);
    assertThat(alert.subject()).isEqualTo("document:" + list.document().id());
    assertThat(alert.severity()).isEqualTo(mamori.core.Severity.HIGH);
    assertThat(alert.detail())
        .contains(
            "document " + list.document().id(),
            "listing",
            "カード発行一覧表",
            "page 2/2",
            HandoverFixture.PRINTER,
            "nerima-clerk",
            "2026-12-07 10:00 JST",
            "INTERNAL",
            "Persons on it (3): tok-anna, tok-ben, tok-carl",
            FROM,
            r.id());

    // the same page again (typed this time) while the report is open: no second report or alert
    assertThat(f.found.report(list.pages().get(1).shortCode(), "198.51.100.7"))
        .isInstanceOf(FoundReports.Reported.class);
    assertThat(f.found.open(NERIMA, 10)).hasSize(1);
    assertThat(f.alerts.list("nerima", 10)).hasSize(1);
    // another page of the list is a report of its own
    f.found.report(list.pages().get(0).shortCode(), FROM);
    assertThat(f.found.open(NERIMA, 10)).hasSize(2);
    // each report is logged by the system, in the office's organisation
    assertThat(f.records(NERIMA, "found."))
        .extracting(
            x -> x.actor() + "@" + x.organisation() + " " + x.caseRef() + " " + x.decision())
        .containsExactly(
            "mamori.found@nerima found "
                + r.id()
                + ": document "
                + list.document().id()
                + " page 2/2 allow",
            "mamori.found@nerima found again "
                + r.id()
                + ": document "
                + list.document().id()
                + " page 2/2 allow",
            "mamori.found@nerima found f-"
                + list.document().id()
                + "-p1-r1: document "
                + list.document().id()
                + " page 1/2 allow");

    // a resident's page: the finder is told it was meant for a resident, nothing more
    Documents.Printed pickup = f.pickup(CLERK, ANNA);
    assertThat(f.found.report(pickup.pages().get(0).shortCode(), FROM))
        .isEqualTo(new FoundReports.Reported("練馬区", false, FoundReports.THANKS));
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void typosAreToldApart_andUnknownForgedAndOtherTexts_getOneAnswer_andChangeNothing(
      TestStores.Kind kind) {
    f = new HandoverFixture(kind, temp);
    Documents.Printed list = f.list(CLERK, 1, ANNA, BEN);
    Documents.Printed pickup = f.pickup(CLERK, BEN);
    String code = list.pages().get(0).shortCode();
    String typo = (code.charAt(0) == 'A' ? 'B' : 'A') + code.substring(1);
    assertThat(f.found.report(typo, FROM)).isEqualTo(new FoundReports.Typo());

    String body = code.replace("-", "").substring(0, 11);
    List<String> notKnown = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      // a forged MAC with a right check character: more than the five that would lock it at the
      // counter, and the public page counts none of them
      String forged = body + String.format("%08d", i).replace('0', 'Z');
      notKnown.add(forged + PageCode.check(forged));
    }
    String unknownDocument = "ZZZZZZZZ001" + "ABCDEFGH";
    notKnown.add(unknownDocument + PageCode.check(unknownDocument));
    notKnown.add(pickup.pages().get(0).qrText().replaceAll("/R-[0-9A-Z]{8}/", "/INTERNAL/"));
    notKnown.add(
        list.pages().get(0).qrText().replace("MAMORI-PAGE/1/nerima/", "MAMORI-PAGE/1/kita/"));
    notKnown.add("https://example.com/?q=" + code);
    notKnown.add("<img src=x onerror=alert(1)>");
    notKnown.add(code + "\u0007");
    notKnown.add("\u202e" + code);
    notKnown.add("1234-5678-9018");
    notKnown.add("");
    notKnown.add("x".repeat(100_000));
    for (String text : notKnown) {
      assertThat(f.found.report(text, FROM))
          .as(text.length() > 60 ? "long" : text)
          .isEqualTo(new FoundReports.NotKnown());
    }
    assertThat(f.found.open(NERIMA, 10)).isEmpty();
    assertThat(f.alerts.list("nerima", 10)).isEmpty();
    assertThat(f.records(NERIMA, "found.")).isEmpty();
    // the public page counted nothing against the document: the counter still reads it
    assertThat(f.documents.resolve(Optional.of(NERIMA), code)).isInstanceOf(Documents.Found.class);
    // full-width and lower case, as a phone's keyboard may type it, is the same page
    StringBuilder wide = new StringBuilder();
    for (char c : code.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      wide.append((char) (c + 0xFEE0));
    }
    assertThat(f.found.report(wide.toString(), FROM)).isInstanceOf(FoundReports.Reported.class);
    assertThat(f.found.open(NERIMA, 10)).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void aReportIsClosedByARecordedDecisionOnly_ofTheOfficesOfficerOrAdmin(TestStores.Kind kind) {
    f = new HandoverFixture(kind, temp);
    Documents.Printed list = f.list(CLERK, 1, ANNA, BEN);
    f.found.report(list.pages().get(0).qrText(), FROM);
    FoundReports.Report r = f.found.open(NERIMA, 10).get(0);
    String id = r.id();
    String incident = FoundReports.Decision.INCIDENT_OPENED.code();

    refused(() -> f.found.decide(CLERK, id, incident, "確認しました"))
        .isEqualTo(FoundRefused.Problem.NOT_ALLOWED);
    refused(() -> f.found.decide(AUDITOR, id, incident, "確認しました"))
        .isEqualTo(FoundRefused.Problem.NOT_ALLOWED);
    refused(() ->
            f.found.decide(
                HandoverFixture.contractor("con-officer", Role.SECURITY_OFFICER),
                id,
                incident,
                "確認しました"))
        .isEqualTo(FoundRefused.Problem.NOT_ALLOWED);
    refused(() -> f.found.decide(KITA_OFFICER, id, incident, "確認しました"))
        .isEqualTo(FoundRefused.Problem.UNKNOWN);
    refused(() -> f.found.decide(OFFICER, id, incident, "  ")).isEqualTo(FoundRefused.Problem.NOTE);
    refused(() -> f.found.decide(OFFICER, id, incident, "番号 １２３４ ５６７８ ９０１８ の方"))
        .isEqualTo(FoundRefused.Problem.NOTE);
    refused(() -> f.found.decide(OFFICER, id, incident, "ok\u001b[2J"))
        .isEqualTo(FoundRefused.Problem.NOTE);
    refused(() -> f.found.decide(OFFICER, id, incident, "x".repeat(FoundReports.MAX_NOTE + 1)))
        .isEqualTo(FoundRefused.Problem.NOTE);
    refused(() -> f.found.decide(OFFICER, id, "closed", "確認しました"))
        .isEqualTo(FoundRefused.Problem.KIND);
    refused(() -> f.found.decide(OFFICER, "f-nothing", incident, "確認しました"))
        .isEqualTo(FoundRefused.Problem.UNKNOWN);
    assertThat(f.found.open(NERIMA, 10)).hasSize(1);
    assertThat(f.alerts.get("nerima", r.alertId().orElseThrow()).orElseThrow().open()).isTrue();

    f.clock.advance(Duration.ofHours(1));
    FoundReports.Report decided =
        f.found.decide(ADMIN, id, incident, " 事案 INC-7 として対応開始 <b>至急</b> ");
    assertThat(decided.open()).isFalse();
    assertThat(decided.decision()).contains(FoundReports.Decision.INCIDENT_OPENED);
    assertThat(decided.note()).contains("事案 INC-7 として対応開始 <b>至急</b>");
    assertThat(decided.decidedBy()).contains(ADMIN.userId());
    assertThat(decided.decidedAt()).contains(f.clock.instant());
    SecurityAlerts.Alert alert = f.alerts.get("nerima", r.alertId().orElseThrow()).orElseThrow();
    assertThat(alert.open()).isFalse();
    assertThat(alert.closedBy()).isEqualTo("nerima-admin");
    assertThat(alert.closeReason()).contains(id, "incident-opened", "INC-7");
    assertThat(f.found.open(NERIMA, 10)).isEmpty();
    assertThat(f.found.decided(NERIMA, 10)).extracting(FoundReports.Report::id).containsExactly(id);
    refused(() -> f.found.decide(OFFICER, id, incident, "もう一度"))
        .isEqualTo(FoundRefused.Problem.DECIDED);

    // the log: the refusals of those who may not, then the decision
    assertThat(f.records(NERIMA, "found.decide"))
        .extracting(x -> x.actor() + " " + x.caseRef() + " " + x.decision())
        .containsExactly(
            "nerima-clerk found " + id + " deny:role.not-allowed",
            "nerima-auditor found " + id + " deny:role.not-allowed",
            "con-officer found " + id + " deny:role.not-allowed",
            "nerima-admin found " + id + " incident-opened allow");

    // found again after the decision: a new report and a new alert
    f.found.report(list.pages().get(0).shortCode(), FROM);
    assertThat(f.found.open(NERIMA, 10))
        .extracting(FoundReports.Report::id)
        .containsExactly("f-" + list.document().id() + "-p1-r2");
    assertThat(f.alerts.list("nerima", 10)).filteredOn(SecurityAlerts.Alert::open).hasSize(1);
  }

  @Test
  void anAlertNamesAsManyPersonsAsFit_andCountsTheRest() {
    f = new HandoverFixture(TestStores.Kind.SQLITE, temp);
    List<PersonToken> many = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      many.add(new PersonToken(String.format("TOK%02d-KXW2-15MX-RTE5", i)));
    }
    Documents.Printed list = f.list(CLERK, 1, many.toArray(PersonToken[]::new));
    String detail = FoundReports.detail("f-x", list.document(), 1, many, "2001:db8::1\n<script>");
    assertThat(detail.length()).isLessThanOrEqualTo(FoundReports.DETAIL_MAX);
    assertThat(detail).contains("Persons on it (60): TOK00-KXW2-15MX-RTE5, ").contains(" more.");
    assertThat(detail).doesNotContain("\n");
    int named = detail.split("-RTE5").length - 1;
    assertThat(detail).contains(" and " + (60 - named) + " more. Decide on report f-x");
    f.found.report(list.pages().get(0).qrText(), FROM);
    assertThat(f.found.open(NERIMA, 10).get(0).persons()).isEqualTo(60);
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void aLongListsReport_namesTheFirstPersonsInItsAlert_andIsReadAHundredAtATime(
      TestStores.Kind kind) {
    f = new HandoverFixture(kind, temp);
    List<PersonToken> many = new ArrayList<>();
    for (int i = 0; i < 1_234; i++) {
      many.add(new PersonToken(String.format("T%04d-KXW2-15MX-RTE5", i)));
    }
    Documents.Printed list = f.list(CLERK, 3, many.toArray(PersonToken[]::new));
    f.found.report(list.pages().get(2).qrText(), FROM);
    FoundReports.Report r = f.found.open(NERIMA, 10).get(0);
    assertThat(r.persons()).isEqualTo(1_234);
    SecurityAlerts.Alert alert = f.alerts.get("nerima", r.alertId().orElseThrow()).orElseThrow();
    assertThat(alert.detail().length()).isLessThanOrEqualTo(FoundReports.DETAIL_MAX);
    int named = alert.detail().split("-RTE5").length - 1;
    assertThat(named).isBetween(10, FoundReports.DETAIL_PERSONS);
    assertThat(alert.detail())
        .contains("Persons on it (1234): T0000-KXW2-15MX-RTE5, T0001-")
        .contains(" and " + (1_234 - named) + " more. Decide on report " + r.id());

    // the console reads them a page at a time, in order, each once, to the last
    List<PersonToken> read = new ArrayList<>();
    Optional<PersonToken> after = Optional.empty();
    int pages = 0;
    do {
      FoundReports.Persons page = f.found.persons(r, after, 100);
      assertThat(page.persons()).hasSizeLessThanOrEqualTo(100);
      read.addAll(page.persons());
      after = page.next();
      pages++;
    } while (after.isPresent());
    assertThat(pages).isEqualTo(13);
    assertThat(read).containsExactlyElementsOf(many);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> f.found.persons(r, Optional.empty(), FoundReports.MAX_PERSONS + 1))
        .isInstanceOf(IllegalArgumentException.class);

    // a resident's page: the one resident
    Documents.Printed pickup = f.pickup(CLERK, BEN);
    f.found.report(pickup.pages().get(0).shortCode(), FROM);
    FoundReports.Report resident =
        f.found.open(NERIMA, 10).stream().filter(x -> !x.document().internal()).findFirst().get();
    assertThat(resident.persons()).isEqualTo(1);
    assertThat(f.found.persons(resident, Optional.empty(), 100))
        .isEqualTo(new FoundReports.Persons(List.of(BEN), Optional.empty()));
    assertThat(f.found.persons(resident, Optional.of(BEN), 100).persons()).isEmpty();
    assertThat(f.found.countOpen(NERIMA)).isEqualTo(2);
    assertThat(f.found.countOpen(KITA)).isZero();
  }

  static org.assertj.core.api.AbstractComparableAssert<?, FoundRefused.Problem> refused(
      ThrowingCallable call) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(t).isInstanceOf(FoundRefused.class);
    assertThat(t.getMessage()).doesNotContain("1234", "5678", "９０１８");
    return assertThat(((FoundRefused) t).problem());
  }
}
