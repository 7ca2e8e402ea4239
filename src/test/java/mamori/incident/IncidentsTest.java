package mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mamori.core.Action;
import mamori.core.AlertPolicy;
import mamori.core.Attempt;
import mamori.core.NumberText;
import mamori.core.OrganisationId;
import mamori.core.Outcome;
import mamori.core.PersonToken;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.Severity;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.crypto.SigningKeys;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.incident.Classification.Assessment;
import mamori.incident.Classification.Ground;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TenantSettings;
import mamori.store.TestClock;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Incidents over a real log on both stores: opening from alerts and by hand, the affected persons
 * from the log (actor, organisation, entrustment, document; the window's edges; denied records and
 * listings apart), the classification, the deadlines, and the refusals that change nothing.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class IncidentsTest {
  static final String TENANT = "inc-city";
  static final String OTHER = "other-city";

  /** Friday 17 July 2026, 10:00 in Japan; Monday 20 July is 海の日. */
  static final Instant NOW = Instant.parse("2026-07-17T01:00:00Z");

  static final Instant T0 = NOW.minus(Duration.ofHours(5));

  @Parameter TestStores.Kind kind;
  @TempDir Path keys;
  StoreLocation location;
  Store store;
  TransparencyLogs logs;
  TenantLog log;
  SecurityAlerts alerts;
  TenantSettings settings;
  TestClock clock;
  Incidents incidents;

  static Principal principal(String tenant, String org, Role role) {
    return new Principal(
        new UserId("u-" + role.name().toLowerCase(java.util.Locale.ROOT)),
        new TenantId(tenant),
        new OrganisationId(org),
        role,
        "api:t1");
  }

  static final Principal OFFICER = principal(TENANT, TENANT, Role.SECURITY_OFFICER);
  static final Principal AUDITOR = principal(TENANT, TENANT, Role.AUDITOR);

  @BeforeEach
  void open() {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    clock = new TestClock(NOW);
    logs =
        new TransparencyLogs(store.dataSource(), SigningKeys.in(keys), "test.example/log", clock);
    log = logs.forTenant(TENANT);
    alerts = new SecurityAlerts(store.dataSource(), clock);
    settings = new TenantSettings(store.dataSource());
    incidents = new Incidents(store.dataSource(), alerts, logs, settings, clock);
  }

  @AfterEach
  void close() {
    logs.close();
    store.close();
    TestStores.drop(location);
  }

  /** Appends one access and returns its index. */
  long access(
      String actor,
      String org,
      List<String> chain,
      String caseRef,
      Action action,
      String person,
      Instant at,
      boolean allowed) {
    Attempt a =
        new Attempt(
            new Who(new UserId(actor), new OrganisationId(org), new TenantId(TENANT)),
            chain,
            new Why("juminhyo", caseRef),
            action,
            person.isEmpty() ? Optional.empty() : Optional.of(new PersonToken(person)),
            Set.of(),
            at);
    return log.append(
        AccessRecord.of(
            a, allowed ? Outcome.allowed() : Outcome.denied(Reason.CHAIN_NOT_APPROVED)));
  }

  long read(String actor, String person, Instant at) {
    return access(actor, "contractor", List.of("e-1"), "c-1", Action.READ, person, at, true);
  }

  Incident.Suspect actor(String who, Instant from, Instant to) {
    return new Incident.Suspect(Incident.Suspect.Kind.ACTOR, who, from, to);
  }

  Incidents.Opening byHand(Incident.Suspect suspect) {
    return new Incidents.Opening(List.of(), "a magazine called", "a list of 50", NOW, suspect);
  }

  @Test
  void openedFromAnAlert_takesItsSuspectAndWindow_andCountsThePersonsRead() {
    // a day before the evidence: outside the window; within the day before it: inside
    read("op-1", "p-old", T0.minus(Duration.ofHours(24)).minusMillis(1));
    read("op-2", "p-other", T0.minus(Duration.ofHours(24))); // someone else
    read("op-1", "p-day", T0.minus(Duration.ofHours(24)));
    long first = read("op-1", "p-a", T0);
    read("op-1", "p-b", T0.plusSeconds(60));
    read("op-1", "p-a", T0.plusSeconds(120));
    read("op-2", "p-c", T0.plusSeconds(130)); // someone else
    String alert =
        alerts.raise(
            TENANT,
            new SecurityAlerts.Raised(
                "detect.harvesting",
                "user:op-1",
                "walked the register",
                Severity.HIGH,
                List.of(first),
                AlertPolicy.NOTIFY,
                ""));
    Incidents.View v =
        incidents.open(OFFICER, new Incidents.Opening(List.of(alert), "", "", null, null));
    Incident i = v.incident();
    assertThat(i.title()).isEqualTo("alerts: detect.harvesting");
    assertThat(i.suspect()).isEqualTo(actor("op-1", T0.minus(Duration.ofHours(24)), NOW));
    assertThat(i.awareAt()).isEqualTo(NOW);
    assertThat(i.affectedCount()).isEqualTo(3);
    assertThat(v.alerts()).containsExactly(alert);
    List<Affected> persons = incidents.affected(AUDITOR, i.id(), "", 10).persons();
    assertThat(persons).extracting(a -> a.person().value()).containsExactly("p-a", "p-b", "p-day");
    Affected a = persons.getFirst();
    assertThat(a.evidence()).containsExactly(first, first + 2);
    assertThat(a.actions()).containsExactly(Action.READ);
    assertThat(a.first()).isEqualTo(T0);
    assertThat(a.last()).isEqualTo(T0.plusSeconds(120));
    Classification c = v.classification().orElseThrow();
    assertThat(c.unjustPurpose().holds()).isTrue();
    assertThat(c.reportable()).isTrue();
    // aware on Friday 17 July; 海の日 on Monday: Tue, Wed, Thu; final 60 days (unjust purpose)
    assertThat(i.preliminaryDue()).isEqualTo(Instant.parse("2026-07-23T14:59:59Z"));
    assertThat(i.finalDue()).isEqualTo(Instant.parse("2026-09-15T14:59:59Z"));
    assertThat(v.deadlines())
        .extracting(Deadlines.Countdown::state)
        .containsExactly(Deadlines.State.DUE, Deadlines.State.DUE);
    assertThat(v.deadlines().getFirst().daysLeft()).isEqualTo(6);
  }

  @Test
  void everyActIsLoggedFirst_withTheIncidentAsTheCase() {
    long before = log.size();
    Incidents.View v = incidents.open(OFFICER, byHand(actor("op-1", T0, NOW)));
    List<AccessRecord> acts = log.records(before, log.size());
    assertThat(acts)
        .extracting(AccessRecord::action)
        .containsExactly("incident.open", "incident.affected");
    assertThat(acts).allMatch(r -> r.caseRef().equals(v.incident().id()) && r.allowed());
    long mid = log.size();
    incidents.close(OFFICER, v.incident().id(), "a false alarm");
    AccessRecord closed = log.records(mid, log.size()).getFirst();
    assertThat(closed.action()).isEqualTo("incident.close");
    Incident i = incidents.get(AUDITOR, v.incident().id());
    assertThat(i.status()).isEqualTo(Incident.Status.CLOSED);
    assertThat(i.closeReason()).isEqualTo("a false alarm");
    assertThat(i.closedBy()).isEqualTo("u-security_officer");
    assertThatThrownBy(() -> incidents.close(OFFICER, i.id(), "again"))
        .isInstanceOf(IncidentException.class)
        .extracting(e -> ((IncidentException) e).code())
        .isEqualTo("incident.closed");
  }

  @Test
  void theWindowsEdges_areInclusive_andAMillisecondOutsideIsNot() {
    Instant from = T0;
    Instant to = T0.plusSeconds(600);
    read("op-1", "p-before", from.minusMillis(1));
    read("op-1", "p-from", from);
    read("op-1", "p-to", to);
    read("op-1", "p-after", to.plusMillis(1));
    Incidents.View v = incidents.open(OFFICER, byHand(actor("op-1", from, to)));
    assertThat(incidents.affected(OFFICER, v.incident().id(), "", 10).persons())
        .extracting(a -> a.person().value())
        .containsExactly("p-from", "p-to");
  }

  @Test
  void organisationEntrustmentAndDocument_nameTheirRecords() {
    access("op-1", "org-a", List.of("e-1"), "c-1", Action.READ, "p-1", T0, true);
    access("op-2", "org-b", List.of("e-1", "e-2"), "c-2", Action.PRINT, "p-2", T0, true);
    access("op-3", "org-c", List.of("e-3"), "c-2", Action.HANDOVER, "p-3", T0, true);
    access("op-3", "org-c", List.of("e-3"), "c-2", Action.PACKAGE, "p-3", T0.plusSeconds(1), true);
    access("op-3", "org-c", List.of("e-3"), "c-2", Action.ENTER, "p-4", T0, true);
    Instant to = T0.plusSeconds(10);
    assertThat(persons(Incident.Suspect.Kind.ORGANISATION, "org-a", to)).containsExactly("p-1");
    assertThat(persons(Incident.Suspect.Kind.ENTRUSTMENT, "e-1", to)).containsExactly("p-1", "p-2");
    assertThat(persons(Incident.Suspect.Kind.ENTRUSTMENT, "e-2", to)).containsExactly("p-2");
    assertThat(persons(Incident.Suspect.Kind.DOCUMENT, "c-2", to)).containsExactly("p-2", "p-3");
    String id =
        incidents
            .open(
                OFFICER,
                byHand(new Incident.Suspect(Incident.Suspect.Kind.ORGANISATION, "org-c", T0, to)))
            .incident()
            .id();
    assertThat(incidents.affected(OFFICER, id, "", 10).persons().getFirst().actions())
        .containsExactly(Action.PACKAGE, Action.HANDOVER);
  }

  List<String> persons(Incident.Suspect.Kind k, String value, Instant to) {
    String id =
        incidents.open(OFFICER, byHand(new Incident.Suspect(k, value, T0, to))).incident().id();
    return incidents.affected(OFFICER, id, "", 10).persons().stream()
        .map(a -> a.person().value())
        .toList();
  }

  @Test
  void deniedRecordsAndListings_affectNoOne_butAreCounted() {
    access("op-1", "contractor", List.of("e-1"), "c-1", Action.READ, "p-1", T0, false);
    access("op-1", "contractor", List.of("e-1"), "c-1", Action.READ, "p-2", T0, false);
    access("op-1", "contractor", List.of("e-1"), "c-1", Action.LIST, "", T0, true);
    Incidents.View v = incidents.open(OFFICER, byHand(actor("op-1", T0, NOW)));
    assertThat(v.incident().affectedCount()).isZero();
    Classification c = v.classification().orElseThrow();
    assertThat(c.log().denied()).isEqualTo(2);
    assertThat(c.log().listings()).isEqualTo(1);
    assertThat(c.log().fullScan()).isFalse();
    // no one affected: still classified, deadlines set (trigger 1), no one to notify
    assertThat(c.affected()).isZero();
    assertThat(c.reportable()).isTrue();
    assertThat(v.incident().preliminaryDue()).isNotNull();
    assertThat(incidents.allAffected(OFFICER, v.incident().id())).isEmpty();
  }

  @Test
  void aSuspectOfKindNone_affectsNoOne() {
    read("op-1", "p-1", T0);
    Incidents.View v =
        incidents.open(
            OFFICER, new Incidents.Opening(List.of(), "a magazine called", "", T0, null));
    assertThat(v.incident().suspect().kind()).isEqualTo(Incident.Suspect.Kind.NONE);
    assertThat(v.incident().affectedCount()).isZero();
    // naming the suspect afterwards recomputes
    long before = log.size();
    Incidents.View again = incidents.recompute(OFFICER, v.incident().id(), actor("op-1", T0, NOW));
    assertThat(again.incident().affectedCount()).isEqualTo(1);
    assertThat(log.records(before, log.size()))
        .extracting(AccessRecord::action)
        .containsExactly("incident.change", "incident.affected");
  }

  @Test
  void hundredAndHundredAndOne_fromTheLog() {
    List<AccessRecord> batch = new ArrayList<>();
    for (int n = 0; n < 101; n++) {
      batch.add(
          AccessRecord.of(
              new Attempt(
                  new Who(new UserId("op-1"), new OrganisationId("c"), new TenantId(TENANT)),
                  List.of(),
                  new Why("juminhyo", "c-1"),
                  Action.READ,
                  Optional.of(new PersonToken("p-" + (1000 + n))),
                  Set.of(),
                  T0.plusMillis(n)),
              Outcome.allowed()));
    }
    log.appendAll(batch);
    Incidents.View hundred = incidents.open(OFFICER, byHand(actor("op-1", T0, T0.plusMillis(99))));
    Incidents.View more = incidents.open(OFFICER, byHand(actor("op-1", T0, T0.plusMillis(100))));
    assertThat(hundred.incident().affectedCount()).isEqualTo(100);
    assertThat(hundred.classification().orElseThrow().overHundred().holds()).isFalse();
    assertThat(more.incident().affectedCount()).isEqualTo(101);
    assertThat(more.classification().orElseThrow().overHundred().holds()).isTrue();
    // paging by token: 60 + 41, the cursor is the last token
    Incidents.Page p1 = incidents.affected(AUDITOR, more.incident().id(), "", 60);
    assertThat(p1.persons()).hasSize(60);
    assertThat(p1.next()).isEqualTo("p-1059");
    Incidents.Page p2 = incidents.affected(AUDITOR, more.incident().id(), p1.next(), 60);
    assertThat(p2.persons()).hasSize(41);
    assertThat(p2.next()).isEmpty();
    assertThat(incidents.allAffected(AUDITOR, more.incident().id())).hasSize(101);
  }

  @Test
  void recordsOutOfOrderBeyondTheSlack_makeAFullScan_thatStillFindsThem() {
    read("op-1", "p-1", T0);
    read("op-1", "p-2", T0.plusSeconds(3600));
    read("op-1", "p-late", T0.plusSeconds(60)); // an hour back in time
    read("op-1", "p-3", T0.plusSeconds(3601));
    Incidents.View v =
        incidents.open(OFFICER, byHand(actor("op-1", T0.plusSeconds(30), T0.plusSeconds(90))));
    assertThat(v.classification().orElseThrow().log().fullScan()).isTrue();
    assertThat(incidents.affected(OFFICER, v.incident().id(), "", 10).persons())
        .extracting(a -> a.person().value())
        .containsExactly("p-late");
  }

  @Test
  void classification_theExemptionRemovesTheDeadlines_andUnjustMovesTheFinalTo60() {
    // only an encrypted package left: no plaintext exposure in Mamori's records
    access("op-1", "contractor", List.of("e-1"), "c-1", Action.PACKAGE, "p-1", T0, true);
    String id = incidents.open(OFFICER, byHand(actor("op-1", T0, NOW))).incident().id();
    Incident before = incidents.get(OFFICER, id);
    assertThat(before.finalDue()).isEqualTo(Instant.parse("2026-08-16T14:59:59Z"));
    Incidents.View unjust =
        incidents.classify(OFFICER, id, new Assessment(true, "", false, "", Ground.NONE, ""));
    assertThat(unjust.incident().finalDue()).isEqualTo(Instant.parse("2026-09-15T14:59:59Z"));
    assertThat(unjust.incident().preliminaryDue()).isEqualTo(before.preliminaryDue());
    Incidents.View exempt =
        incidents.classify(
            OFFICER,
            id,
            new Assessment(false, "", false, "", Ground.RELEASE_KEY_DESTROYED, "package p-7"));
    assertThat(exempt.classification().orElseThrow().reportable()).isFalse();
    assertThat(exempt.incident().preliminaryDue()).isNull();
    assertThat(exempt.incident().finalDue()).isNull();
    assertThat(exempt.deadlines()).isEmpty();
    // a recomputation keeps what the officer said
    Incidents.View again = incidents.recompute(OFFICER, id, null);
    assertThat(again.classification().orElseThrow().exemption().applies()).isTrue();
  }

  @Test
  void theTenantsSettings_setTheBusinessDaysAndTheClosure() {
    settings.set(new TenantId(TENANT), Deadlines.PRELIMINARY_SETTING, "5");
    Incident i = incidents.open(OFFICER, byHand(actor("op-1", T0, NOW))).incident();
    assertThat(i.preliminaryDue()).isEqualTo(Instant.parse("2026-07-27T14:59:59Z"));
    settings.set(new TenantId(TENANT), Deadlines.PRELIMINARY_SETTING, "nonsense");
    assertThat(incidents.businessDays(new TenantId(TENANT))).isEqualTo(3);
    settings.set(new TenantId(TENANT), Deadlines.PRELIMINARY_SETTING, "11");
    assertThat(incidents.businessDays(new TenantId(TENANT))).isEqualTo(3);
    settings.set(new TenantId(TENANT), Deadlines.PRELIMINARY_SETTING, "10");
    assertThat(incidents.businessDays(new TenantId(TENANT))).isEqualTo(10);
    java.time.LocalDate dec29 = java.time.LocalDate.parse("2026-12-29");
    assertThat(incidents.calendar(new TenantId(TENANT)).businessDay(dec29)).isFalse();
    settings.set(new TenantId(TENANT), Deadlines.CLOSURE_SETTING, "false");
    assertThat(incidents.calendar(new TenantId(TENANT)).businessDay(dec29)).isTrue();
  }

  @Test
  void wrongRoles_areRefusedAndLogged_readersRead() {
    String id = incidents.open(OFFICER, byHand(actor("op-1", T0, NOW))).incident().id();
    for (Principal p :
        List.of(
            AUDITOR,
            principal(TENANT, TENANT, Role.STAFF),
            principal(TENANT, "contractor", Role.SECURITY_OFFICER))) {
      long before = log.size();
      assertThatThrownBy(() -> incidents.open(p, byHand(actor("op-1", T0, NOW))))
          .isInstanceOf(IncidentException.class);
      assertThatThrownBy(() -> incidents.close(p, id, "no"))
          .isInstanceOf(IncidentException.class)
          .extracting(e -> ((IncidentException) e).kind())
          .isEqualTo(IncidentException.Kind.REFUSED);
      List<AccessRecord> refusals = log.records(before, log.size());
      assertThat(refusals).hasSize(2).noneMatch(AccessRecord::allowed);
      assertThat(refusals.getFirst().decision())
          .isEqualTo(p.controller() ? "deny:role.not-allowed" : "deny:organisation.not-controller");
    }
    assertThat(incidents.list(AUDITOR, 10)).hasSize(1);
    assertThatThrownBy(() -> incidents.list(principal(TENANT, TENANT, Role.STAFF), 10))
        .isInstanceOf(IncidentException.class);
    assertThatThrownBy(() -> incidents.get(principal(TENANT, "contractor", Role.AUDITOR), id))
        .isInstanceOf(IncidentException.class);
    assertThat(incidents.get(OFFICER, id).status()).isEqualTo(Incident.Status.OPEN);
  }

  @Test
  void anotherTenantsAlertsAndIncidents_areUnknown_andNothingIsStored() {
    String theirs = alerts.raise(OTHER, "detect.harvesting", "user:x", "theirs");
    assertThatThrownBy(() ->
            incidents.open(OFFICER, new Incidents.Opening(List.of(theirs), "", "", null, null)))
        .isInstanceOf(IncidentException.class)
        .extracting(e -> ((IncidentException) e).code())
        .isEqualTo("alert.unknown");
    assertThat(incidents.list(OFFICER, 10)).isEmpty();
    Principal theirOfficer = principal(OTHER, OTHER, Role.SECURITY_OFFICER);
    String ours = incidents.open(OFFICER, byHand(actor("op-1", T0, NOW))).incident().id();
    assertThatThrownBy(() -> incidents.get(theirOfficer, ours))
        .isInstanceOf(IncidentException.class)
        .extracting(e -> ((IncidentException) e).code())
        .isEqualTo("incident.unknown");
    assertThatThrownBy(() -> incidents.close(theirOfficer, ours, "mine now"))
        .isInstanceOf(IncidentException.class);
    assertThat(incidents.get(OFFICER, ours).status()).isEqualTo(Incident.Status.OPEN);
  }

  @Test
  void badText_isRefused_andNothingIsStored() {
    long before = log.size();
    assertThatThrownBy(() ->
            incidents.open(
                OFFICER,
                new Incidents.Opening(List.of(), "called", "number 1234 5678 9018", NOW, null)))
        .isInstanceOf(NumberText.Held.class)
        .hasMessageNotContaining("9018");
    assertThatThrownBy(() ->
            incidents.open(OFFICER, new Incidents.Opening(List.of(), "a\u0007b", "", NOW, null)))
        .isInstanceOf(IncidentException.class)
        .hasMessageContaining("control");
    assertThatThrownBy(() ->
            incidents.open(
                OFFICER, new Incidents.Opening(List.of(), "x".repeat(201), "", NOW, null)))
        .isInstanceOf(IncidentException.class);
    assertThatThrownBy(
            () -> incidents.open(OFFICER, new Incidents.Opening(List.of(), " ", "", NOW, null)))
        .isInstanceOf(IncidentException.class);
    assertThatThrownBy(() ->
            incidents.open(OFFICER, new Incidents.Opening(List.of(), "called", "", null, null)))
        .isInstanceOf(IncidentException.class)
        .hasMessageContaining("awareAt");
    assertThatThrownBy(() ->
            incidents.open(
                OFFICER, new Incidents.Opening(List.of(), "called", "", NOW.plusSeconds(1), null)))
        .isInstanceOf(IncidentException.class);
    assertThatThrownBy(
            () -> incidents.open(OFFICER, new Incidents.Opening(List.of("ZZ"), "", "", null, null)))
        .isInstanceOf(IncidentException.class);
    assertThat(log.size()).isEqualTo(before);
    assertThat(incidents.list(OFFICER, 10)).isEmpty();
    // a line break is allowed in a summary, not in a title
    assertThat(
            incidents
                .open(
                    OFFICER,
                    new Incidents.Opening(List.of(), "called", "line 1\nline 2", NOW, null))
                .incident()
                .summary())
        .isEqualTo("line 1\nline 2");
    String id = incidents.list(OFFICER, 1).getFirst().id();
    assertThatThrownBy(() -> incidents.close(OFFICER, id, "see 123456789018"))
        .isInstanceOf(NumberText.Held.class);
    assertThatThrownBy(() ->
            incidents.classify(
                OFFICER, id, new Assessment(true, "x".repeat(501), false, "", Ground.NONE, "")))
        .isInstanceOf(IncidentException.class);
    assertThat(incidents.get(OFFICER, id).status()).isEqualTo(Incident.Status.OPEN);
  }

  @Test
  void theDeadlineSettings_areTheOfficersToChange_loggedFirst() {
    assertThat(incidents.settings(AUDITOR)).isEqualTo(new Incidents.Settings(3, true));
    long before = log.size();
    assertThat(incidents.settings(OFFICER, 4, false)).isEqualTo(new Incidents.Settings(4, false));
    assertThat(log.records(before, log.size()))
        .extracting(AccessRecord::caseRef)
        .containsExactly(Deadlines.PRELIMINARY_SETTING, Deadlines.CLOSURE_SETTING);
    assertThat(incidents.settings(OFFICER, null, true)).isEqualTo(new Incidents.Settings(4, true));
    assertThatThrownBy(() -> incidents.settings(AUDITOR, 5, null))
        .isInstanceOf(IncidentException.class);
    assertThatThrownBy(() -> incidents.settings(OFFICER, 0, null))
        .isInstanceOf(IncidentException.class);
    assertThatThrownBy(() -> incidents.settings(OFFICER, 11, null))
        .isInstanceOf(IncidentException.class);
    assertThat(incidents.settings(OFFICER, 10, null).preliminaryBusinessDays()).isEqualTo(10);
    assertThat(incidents.settings(OFFICER, 1, null).preliminaryBusinessDays()).isEqualTo(1);
  }

  String alertOf(String kind, List<Long> evidence) {
    return alerts.raise(
        TENANT,
        new SecurityAlerts.Raised(
            kind, "user:op-1", "detail", Severity.HIGH, evidence, AlertPolicy.NOTIFY, ""));
  }

  Incidents.View fromAlert(String alert) {
    return incidents.open(OFFICER, new Incidents.Opening(List.of(alert), "", "", null, null));
  }

  @Test
  void unjustPurpose_comesFromTheMisuseKinds_notFromWordsInTheKind() {
    long e = read("op-1", "p-1", T0);
    Classification far = fromAlert(alertOf("detect.volume", List.of(e))).classification().get();
    assertThat(far.unjustPurpose().holds()).isTrue();
    assertThat(far.unjustPurpose().reason()).contains("(detect.volume)");
    for (String kind :
        List.of("detect.volume-cap", "city.bulk-harvest-refusal", "detect.off-hours")) {
      Incidents.View v = fromAlert(alertOf(kind, List.of(e)));
      assertThat(v.classification().orElseThrow().unjustPurpose().holds()).as(kind).isFalse();
      // no unjust purpose: the final report is due in 30 days, not 60
      assertThat(v.incident().finalDue()).isEqualTo(Instant.parse("2026-08-16T14:59:59Z"));
    }
  }

  @Test
  void theExemption_isRefusedWhenTheLogShowsPlaintext_andAllowedForPackagesOrNoOne() {
    access("op-1", "contractor", List.of("e-1"), "c-1", Action.PACKAGE, "p-1", T0, true);
    access("op-1", "contractor", List.of("e-1"), "c-1", Action.PRINT, "p-2", T0, true);
    String printed = incidents.open(OFFICER, byHand(actor("op-1", T0, NOW))).incident().id();
    Assessment claim =
        new Assessment(false, "", false, "", Ground.ENCRYPTED_KEYS_NEVER_EXPOSED, "");
    long before = log.size();
    assertThatThrownBy(() -> incidents.classify(OFFICER, printed, claim))
        .isInstanceOf(IncidentException.class)
        .hasMessageContaining("exemption: the log shows 1 affected person's record revealed");
    assertThat(log.size()).isEqualTo(before);
    assertThat(incidents.get(OFFICER, printed).preliminaryDue()).isNotNull();
    // no one at all: it applies; packages only: it applies too
    String nobody = incidents.open(OFFICER, byHand(actor("op-9", T0, NOW))).incident().id();
    assertThat(incidents.classify(OFFICER, nobody, claim).incident().finalDue()).isNull();
    // a read appended after the claim: recomputing drops the exemption with the reason
    String onlyPackage =
        incidents
            .open(
                OFFICER,
                byHand(new Incident.Suspect(Incident.Suspect.Kind.ENTRUSTMENT, "e-9", T0, NOW)))
            .incident()
            .id();
    access("op-3", "contractor", List.of("e-9"), "c-1", Action.PACKAGE, "p-3", T0, true);
    incidents.recompute(OFFICER, onlyPackage, null);
    Incidents.View ok = incidents.classify(OFFICER, onlyPackage, claim);
    assertThat(ok.classification().orElseThrow().exemption().applies()).isTrue();
    assertThat(ok.incident().finalDue()).isNull();
    access("op-3", "contractor", List.of("e-9"), "c-1", Action.READ, "p-4", T0, true);
    Classification again =
        incidents.recompute(OFFICER, onlyPackage, null).classification().orElseThrow();
    assertThat(again.exemption().applies()).isFalse();
    assertThat(again.exemption().reason()).contains("1 person's record revealed in the clear");
    assertThat(incidents.get(OFFICER, onlyPackage).finalDue()).isNotNull();
  }

  @Test
  void theWindow_startsAtTheSuspectsFirstAccessOfTheDayBeforeTheEvidence() {
    List<AccessRecord> batch = new ArrayList<>();
    Instant start = T0;
    for (int n = 0; n < 190; n++) {
      Instant at = start.plusMillis(n).plus(n < 90 ? Duration.ZERO : Duration.ofMinutes(11));
      batch.add(
          AccessRecord.of(
              new Attempt(
                  new Who(new UserId("op-1"), new OrganisationId("c"), new TenantId(TENANT)),
                  List.of(),
                  new Why("juminhyo", "c-1"),
                  Action.READ,
                  Optional.of(new PersonToken("p-" + (1000 + n))),
                  Set.of(),
                  at),
              Outcome.allowed()));
    }
    long base = log.size();
    log.appendAll(batch);
    // the rule's evidence: the 100 reads of its own ten minutes, 11 minutes after the first 90
    List<Long> evidence = new ArrayList<>();
    for (long n = 90; n < 190; n++) {
      evidence.add(base + n);
    }
    Incident i = fromAlert(alertOf("detect.harvesting", evidence)).incident();
    assertThat(i.affectedCount()).isEqualTo(190);
    assertThat(i.suspect().from()).isEqualTo(T0);
  }

  @Test
  void theLongestReasons_fullOfQuotes_fitTheClassification_onBothStores() {
    read("op-1", "p-1", T0);
    String id = incidents.open(OFFICER, byHand(actor("op-1", T0, NOW))).incident().id();
    String quotes = "\"\\".repeat(Classification.MAX_REASON / 2);
    assertThat(quotes).hasSize(Classification.MAX_REASON);
    Incidents.View v =
        incidents.classify(
            OFFICER, id, new Assessment(true, quotes, true, quotes, Ground.NONE, quotes));
    assertThat(v.incident().classification().length()).isGreaterThan(4000);
    Classification c = incidents.view(OFFICER, id).classification().orElseThrow();
    assertThat(c.unjustPurpose().reason()).isEqualTo(quotes);
    assertThat(c.network().reason()).isEqualTo(quotes);
    assertThat(c.officer().exemptionReason()).isEqualTo(quotes);
  }
}
