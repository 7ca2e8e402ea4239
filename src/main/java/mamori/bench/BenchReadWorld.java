package mamori.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.demo.DemoStory;
import mamori.entrustment.Caller;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.entrustment.PersonSet;
import mamori.entrustment.Scope;
import mamori.generate.PersonGenerator;
import mamori.identity.ApiTokens;
import mamori.identity.TokenIssuer;
import mamori.identity.Users;
import mamori.vault.Actor;
import mamori.vault.PersonCsvReader;
import mamori.vault.PersonImport;
import mamori.vault.RejectsFile;
import mamori.vault.Vault;
import org.springframework.context.ApplicationContext;

/*
 * The benchmark's own copy of the demo story, in the running service: a city, a contractor with an
 * active entrustment, a subcontractor whose re-entrustment the city's security officer approved, and
 * the subcontractor's operator with a bearer token. Every id carries the run's suffix, so a run on a
 * kept store (--data, --db) never meets an earlier one, and the daily caps are high enough for any run.
 */
/**
 * Sets up a two-level entrustment chain over N imported persons; returns the operator's bearer
 * token.
 */
final class BenchReadWorld {
  static final String PURPOSE = DemoStory.PURPOSE;
  static final long CAP = 1_000_000_000L;

  final String tenant;
  final String contractor;
  final String subcontractor;
  final String operator;

  BenchReadWorld(String suffix) {
    tenant = "bench-" + suffix;
    contractor = "bench-" + suffix + "-entry";
    subcontractor = "bench-" + suffix + "-sub";
    operator = "bench-" + suffix + "-sub-op";
  }

  /** Imports {@code persons} generated persons into the tenant; returns how many were imported. */
  long importPersons(ApplicationContext context, Path scratch, long persons, LongConsumer progress)
      throws Exception {
    Path csv = scratch.resolve("persons.csv");
    PersonGenerator.writeCsv(csv, persons, PersonGenerator.DEFAULT_SEED);
    Entrustments entrustments = context.getBean(Entrustments.class);
    entrustments.registerOrganisation(Organisation.controller(tenant, "ベンチ市"));
    entrustments.seedPurposes(tenant);
    Actor actor =
        new Actor(
            new UserId("mamori-bench"),
            new OrganisationId(tenant),
            List.of(),
            new Why("resident-register", "bench-read"));
    try (var reader = PersonCsvReader.open(csv, PersonCsvReader.Options.defaults());
        var rejects = RejectsFile.forInput(csv)) {
      var s =
          PersonImport.run(
              context.getBean(Vault.class),
              tenant,
              actor,
              reader,
              rejects,
              (bytes, rows) -> progress.accept(rows));
      if (s.rejected() > 0) {
        throw new IllegalStateException(s.rejected() + " generated rows were rejected");
      }
      return s.imported();
    }
  }

  /**
   * Keeps detection's harvesting rule at notify for the run's tenant. Called before anything of the
   * tenant is logged: detection reads a tenant's settings once and holds them for five seconds
   * (CachedSettings), so a policy set after the import's first records was not yet in force when
   * the first reads were found harvesting, and the entrustment was suspended under the default.
   */
  void harvestingNotifies(ApplicationContext context) {
    // the benchmark reads every person in turn, which is harvesting by design: detection keeps
    // watching and alerting (its cost stays in the figures), but does not suspend the entrustment
    // the load goes through, which would turn every later read into a refusal
    new mamori.store.TenantSettings(context.getBean(mamori.store.Store.class).dataSource())
        .set(
            new mamori.core.TenantId(tenant),
            "detect.harvesting.policy",
            mamori.core.AlertPolicy.NOTIFY.code());
  }

  /**
   * Makes the approved chain city → contractor → subcontractor; returns the operator's bearer
   * secret.
   */
  String chain(ApplicationContext context) {
    Entrustments entrustments = context.getBean(Entrustments.class);
    // both work from this host only (their users are bound to their networks), and each names its
    // operator on the contract's staff list, so the operators exist first
    List<mamori.core.Network> loopback =
        List.of(mamori.core.Network.parse("127.0.0.0/8"), mamori.core.Network.parse("::1"));
    entrustments.registerOrganisation(
        new Organisation(
            contractor,
            "ベンチ入力社",
            Organisation.Kind.CONTRACTOR,
            tenant,
            mamori.number.CorporateNumber.parse("7123456789012"),
            "ベンチ市中央一丁目",
            Organisation.JAPAN,
            loopback,
            null));
    entrustments.registerOrganisation(
        new Organisation(
            subcontractor,
            "ベンチ再委託社",
            Organisation.Kind.SUBCONTRACTOR,
            tenant,
            mamori.number.CorporateNumber.parse("3987654321098"),
            "ベンチ市北二丁目",
            Organisation.JAPAN,
            loopback,
            contractor));
    Users users = context.getBean(Users.class);
    users.add(tenant, contractor, contractor + "-op", "ベンチ 入力担当", Role.OPERATOR);
    users.add(tenant, subcontractor, operator, "ベンチ オペレーター", Role.OPERATOR);
    LocalDate today = LocalDate.now(context.getBean(Clock.class).withZone(DemoStory.TOKYO));
    Map<Field, Mask> wide =
        Map.of(
            Field.FAMILY_NAME,
            Mask.NONE,
            Field.GIVEN_NAME,
            Mask.NONE,
            Field.FAMILY_NAME_KANA,
            Mask.NONE,
            Field.GIVEN_NAME_KANA,
            Mask.NONE,
            Field.ADDRESS,
            Mask.NONE,
            Field.BIRTH_DATE,
            Mask.NONE,
            Field.MY_NUMBER,
            Mask.PARTIAL);
    Map<Field, Mask> narrow =
        Map.of(
            Field.FAMILY_NAME,
            Mask.NONE,
            Field.GIVEN_NAME,
            Mask.NONE,
            Field.FAMILY_NAME_KANA,
            Mask.NONE,
            Field.GIVEN_NAME_KANA,
            Mask.NONE);
    Entrustment first =
        entrustments.create(
            null,
            contractor,
            DemoStory.contract(List.of(contractor + "-op")),
            scope(wide, today, EnumSet.of(Action.READ, Action.ENTER)),
            new Caller(tenant + "-admin", tenant, mamori.core.Role.ORG_ADMIN));
    Entrustment second =
        entrustments.create(
            first.id(),
            subcontractor,
            DemoStory.contract(List.of(operator)),
            scope(narrow, today, EnumSet.of(Action.READ)),
            new Caller(contractor + "-admin", contractor, mamori.core.Role.ORG_ADMIN));
    entrustments.approve(
        second.id(), new Caller(tenant + "-officer", tenant, mamori.core.Role.SECURITY_OFFICER));
    return context
        .getBean(ApiTokens.class)
        .issue(new TokenIssuer.Console("mamori-bench"), operator, "bench-read", Duration.ofDays(1))
        .secret();
  }

  private static Scope scope(Map<Field, Mask> fields, LocalDate today, EnumSet<Action> actions) {
    return new Scope(
        Set.of(PURPOSE), fields, PersonSet.ALL, today, today.plusDays(1), CAP, actions);
  }
}
