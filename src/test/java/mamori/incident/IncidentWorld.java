package mamori.incident;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Field;
import mamori.core.OrganisationId;
import mamori.core.Outcome;
import mamori.core.PersonToken;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.crypto.SigningKeys;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;

/**
 * A fresh store of one kind with its logs, a tenant {@code t1} whose log holds reads of three
 * persons by a contractor's operator, and an incident {@code i-1} whose affected persons are those
 * three with those reads as evidence (as the incidents service would compute them).
 */
final class IncidentWorld implements AutoCloseable {
  static final TenantId T = new TenantId("t1");
  static final TenantId OTHER = new TenantId("t2");
  static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");
  static final List<PersonToken> PERSONS =
      List.of(new PersonToken("P-AAA"), new PersonToken("P-BBB"), new PersonToken("P-CCC"));

  final StoreLocation location;
  final Store store;
  final TransparencyLogs logs;
  final Clock clock = Clock.fixed(AT.plusSeconds(86_400), ZoneOffset.UTC);
  final IncidentTable table;
  final TenantLog log;
  final List<Long> evidence = new ArrayList<>();
  final mamori.handover.Documents documents;
  private final List<mamori.handover.PrintJob> jobs = new ArrayList<>();

  IncidentWorld(TestStores.Kind kind, Path keys) {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    logs =
        new TransparencyLogs(
            store.dataSource(), SigningKeys.in(keys), "test.example/log", Clock.systemUTC());
    table = new IncidentTable(store.dataSource());
    mamori.crypto.TenantKeys keyring =
        new mamori.crypto.TenantKeys(
            store.dataSource(),
            mamori.crypto.RootKeys.open(
                new mamori.crypto.RootKeyConfig.KeyFile(keys.resolve("root.key")),
                store.dataSource()),
            clock);
    documents =
        new mamori.handover.Documents(
            store.dataSource(),
            new mamori.handover.PageSeals(keyring),
            new mamori.identity.SecurityAlerts(store.dataSource(), clock),
            clock);
    log = logs.forTenant(T.value());
    List<Affected> affected = new ArrayList<>();
    for (PersonToken p : PERSONS) {
      long i =
          log.append(
              AccessRecord.of(
                  new Attempt(
                      new Who(new UserId("op-1"), new OrganisationId("con"), T),
                      List.of("e-1"),
                      new Why("resident-tax", "c-1"),
                      Action.READ,
                      Optional.of(p),
                      Set.of(Field.FAMILY_NAME, Field.ADDRESS),
                      AT),
                  Outcome.allowed()));
      evidence.add(i);
      affected.add(new Affected(p, List.of(Action.READ), List.of(i), AT, AT));
    }
    table.insert(
        incident(
            "i-1",
            Classification.classify(
                    PERSONS.size(),
                    List.of("detect.harvesting"),
                    Classification.Assessment.NONE,
                    Classification.Findings.NONE)
                .toJson()));
    table.replaceAffected(T, "i-1", affected, AT);
  }

  static Incident incident(String id, String classification) {
    return incident(T, id, classification);
  }

  static Incident incident(TenantId tenant, String id, String classification) {
    return new Incident(
        tenant,
        id,
        "委託先の操作者による大量閲覧",
        "委託先 con の操作者が住民の記録を閲覧した",
        AT,
        "officer",
        AT,
        new Incident.Suspect(Incident.Suspect.Kind.ACTOR, "op-1", AT.minusSeconds(3600), AT),
        Incident.Status.OPEN,
        classification,
        null,
        null,
        0,
        null,
        null,
        null,
        null);
  }

  static Principal user(TenantId tenant, String organisation, String id, Role role) {
    return new Principal(
        new UserId(id), tenant, new OrganisationId(organisation), role, "test:" + id);
  }

  static final Principal OFFICER = user(T, "t1", "officer", Role.SECURITY_OFFICER);
  static final Principal AUDITOR = user(T, "t1", "auditor", Role.AUDITOR);
  static final Principal STAFF = user(T, "t1", "staff", Role.STAFF);
  static final Principal CONTRACTOR_OFFICER = user(T, "con", "con-officer", Role.SECURITY_OFFICER);
  static final Principal OTHER_OFFICER = user(OTHER, "t2", "t2-officer", Role.SECURITY_OFFICER);

  IncidentReports reports() {
    return new IncidentReports(
        store.dataSource(),
        logs,
        t -> new Report.Reporter("デモ市", "東京都デモ市1-1", "情報政策課 03-0000-0000"),
        clock);
  }

  /** The decoded record at {@code index} of t1's log. */
  AccessRecord record(long index) {
    return log.decode(log.entry(index).orElseThrow());
  }

  /** A print job of the tenant's staff for the incident's letters, closed with the world. */
  mamori.handover.PrintJob job() {
    try {
      mamori.handover.PrintJob job =
          new mamori.handover.PrintJob(
              documents,
              mamori.handover.PagePdf.DEFAULT_FONT,
              STAFF,
              new Why("resident-portal-letters", "incident-i-1"),
              "本庁舎2階プリンター");
      jobs.add(job);
      return job;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    for (mamori.handover.PrintJob job : jobs) {
      try {
        job.close();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    logs.close();
    store.close();
    TestStores.drop(location);
  }
}
