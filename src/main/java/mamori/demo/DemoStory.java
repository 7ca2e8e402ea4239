package mamori.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.OrganisationId;
import mamori.core.Outcome;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.entrustment.Caller;
import mamori.entrustment.Contract;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.entrustment.PersonSet;
import mamori.entrustment.Scope;
import mamori.identity.User;
import mamori.identity.Users;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import org.jspecify.annotations.Nullable;

/*
 * The demo's story, on top of its residents: the town entrusts resident-tax data entry to entry-co,
 * which asks to re-entrust a narrower part of it to sub-co; the town's security officer has not approved
 * that yet. Every step looks first for what an earlier run made and makes only what is missing, so a
 * second run changes nothing and a run cut short is completed by the next. Organisations and
 * entrustments log themselves; users do not, so each user added here is written to the town's log.
 */
/** Seeds the demo town's organisations, entrustments and users, once. */
public final class DemoStory {
  static final String TENANT = DemoTown.TENANT;
  static final String CONTRACTOR = "entry-co";
  static final String SUBCONTRACTOR = "sub-co";
  public static final String PURPOSE = "resident-tax";
  static final long CONTRACTOR_CAP = 10_000;
  static final long SUBCONTRACTOR_CAP = 1_000;
  public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  /** One demo user: login name, organisation, role and the name shown. */
  record DemoUser(String id, String organisation, Role role, String name) {}

  static final List<DemoUser> USERS =
      List.of(
          new DemoUser("city-staff", TENANT, Role.STAFF, "市役所 職員"),
          new DemoUser("city-officer", TENANT, Role.SECURITY_OFFICER, "市役所 情報セキュリティ責任者"),
          new DemoUser("city-admin", TENANT, Role.ORG_ADMIN, "市役所 管理者"),
          new DemoUser("city-auditor", TENANT, Role.AUDITOR, "市役所 監査担当"),
          new DemoUser("entry-operator", CONTRACTOR, Role.OPERATOR, "入力社 オペレーター"),
          new DemoUser("entry-admin", CONTRACTOR, Role.ORG_ADMIN, "入力社 管理者"),
          new DemoUser("sub-operator", SUBCONTRACTOR, Role.OPERATOR, "再委託社 オペレーター"));

  /** The entrustments of the story, as found or made. */
  record Seeded(Entrustment contractor, Entrustment subcontractor) {}

  private final Entrustments entrustments;
  private final Users users;
  private final TransparencyLogs logs;
  private final Clock clock;

  DemoStory(Entrustments entrustments, Users users, TransparencyLogs logs, Clock clock) {
    this.entrustments = entrustments;
    this.users = users;
    this.logs = logs;
    this.clock = clock;
  }

  /**
   * Seeds the story in the running service and makes sure the demo users' tokens are in {@value
   * DemoCredentials#FILE}; says on {@code err} where that file is, and returns it.
   */
  public static java.nio.file.Path tell(
      org.springframework.context.ApplicationContext context,
      java.nio.file.Path data,
      Clock clock,
      java.io.PrintWriter err)
      throws java.io.IOException {
    TransparencyLogs logs = context.getBean(TransparencyLogs.class);
    Seeded story =
        new DemoStory(
                context.getBean(Entrustments.class), context.getBean(Users.class), logs, clock)
            .seed();
    var file =
        DemoCredentials.ensure(
            data,
            context.getBean(mamori.identity.ApiTokens.class),
            context.getBean(mamori.identity.Credentials.class),
            logs,
            story,
            clock,
            () -> letter(context));
    err.printf(
        "Demo town: passwords, authenticator secrets and bearer tokens of the demo users, and a resident's "
            + "activation letter, in %s (owner-only, see README 'Demo story'); `mamori demo code USER` prints a user's "
            + "current code%n",
        file);
    err.flush();
    return file;
  }

  /**
   * A letter for the demo's first resident, the person the subcontractor's desk lists first; null
   * when the town has nobody yet. Listing is an access and is logged, under the letters' purpose.
   */
  static DemoCredentials.@Nullable ResidentLetter letter(
      org.springframework.context.ApplicationContext context) {
    var gate = context.getBean(mamori.access.AccessGate.class);
    var staff =
        new mamori.identity.Principal(
            new UserId("mamori-demo"),
            new TenantId(TENANT),
            new OrganisationId(TENANT),
            Role.STAFF,
            "demo");
    var first =
        gate.persons(staff, new Why(mamori.portal.ResidentLetters.PURPOSE, "demo-letter"), 1);
    if (first.isEmpty()) {
      return null;
    }
    var issued =
        context
            .getBean(mamori.portal.ResidentLetters.class)
            .issue(TENANT, first.getFirst().value());
    String port = context.getEnvironment().getProperty("local.server.port", "8080");
    return new DemoCredentials.ResidentLetter(
        TENANT,
        issued.letterNumber(),
        issued.code(),
        "http://localhost:" + port + "/portal/activate?tenant=" + TENANT);
  }

  /** Makes whatever of the story is missing; returns its two entrustments. */
  Seeded seed() {
    organisation(Organisation.controller(TENANT, "デモ市"));
    entrustments.seedPurposes(TENANT);
    // the contractors work from this machine only: loopback is their one registered network, so
    // the demo runs in a browser on the same host (issue 14, network binding); the corporate
    // numbers are made up, with valid check digits
    organisation(
        new Organisation(
            CONTRACTOR,
            "入力株式会社",
            Organisation.Kind.CONTRACTOR,
            TENANT,
            mamori.number.CorporateNumber.parse("7123456789012"),
            "デモ県デモ市中央一丁目",
            Organisation.JAPAN,
            LOOPBACK,
            null));
    organisation(
        new Organisation(
            SUBCONTRACTOR,
            "再委託株式会社",
            Organisation.Kind.SUBCONTRACTOR,
            TENANT,
            mamori.number.CorporateNumber.parse("3987654321098"),
            "デモ県デモ市北二丁目",
            Organisation.JAPAN,
            LOOPBACK,
            CONTRACTOR));
    for (DemoUser u : USERS) {
      if (users.find(u.id()).isEmpty()) {
        User added = users.add(TENANT, u.organisation(), u.id(), u.name(), u.role());
        logs.forTenant(TENANT)
            .append(
                AccessRecord.of(
                    Attempt.withoutPerson(
                        DemoTown.SETUP,
                        List.of(),
                        new Why("demo-setup", added.id()),
                        Action.USER_ADD,
                        clock.instant()),
                    Outcome.allowed()));
      }
    }
    LocalDate today = LocalDate.now(clock.withZone(TOKYO));
    Entrustment first =
        held(CONTRACTOR, null)
            .orElseGet(() ->
                entrustments.create(
                    null,
                    CONTRACTOR,
                    contract(List.of("entry-operator")),
                    contractorScope(today),
                    caller("city-admin")));
    Entrustment second =
        held(SUBCONTRACTOR, first.id())
            .orElseGet(() ->
                entrustments.create(
                    first.id(),
                    SUBCONTRACTOR,
                    contract(List.of("sub-operator")),
                    subcontractorScope(first.scope()),
                    caller("entry-admin")));
    return new Seeded(first, second);
  }

  /** The demo contractors' networks: this host only. */
  static final List<mamori.core.Network> LOOPBACK =
      List.of(mamori.core.Network.parse("127.0.0.0/8"), mamori.core.Network.parse("::1"));

  private void organisation(Organisation org) {
    if (entrustments.organisation(org.id()).isEmpty()) {
      entrustments.registerOrganisation(org);
    }
  }

  /** The story's entrustment {@code to} holds under {@code parent}, if an earlier run made it. */
  private Optional<Entrustment> held(String to, @Nullable String parent) {
    return entrustments.heldBy(to).stream()
        .filter(e ->
            java.util.Objects.equals(e.parent(), parent) && e.scope().purposes().contains(PURPOSE))
        .findFirst();
  }

  private Caller caller(String userId) {
    User u = users.find(userId).orElseThrow();
    return new Caller(u.id(), u.organisationId(), u.role());
  }

  public static Contract contract(List<String> staff) {
    return new Contract(true, true, staff, true, true, true, "monthly written report", null);
  }

  static Scope contractorScope(LocalDate today) {
    Map<Field, Mask> fields =
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
    return new Scope(
        Set.of(PURPOSE),
        fields,
        PersonSet.ALL,
        today,
        today.plusYears(1),
        CONTRACTOR_CAP,
        EnumSet.of(Action.READ, Action.ENTER));
  }

  static Scope subcontractorScope(Scope parent) {
    Map<Field, Mask> fields =
        Map.of(
            Field.FAMILY_NAME,
            Mask.NONE,
            Field.GIVEN_NAME,
            Mask.NONE,
            Field.FAMILY_NAME_KANA,
            Mask.NONE,
            Field.GIVEN_NAME_KANA,
            Mask.NONE);
    return new Scope(
        Set.of(PURPOSE),
        fields,
        PersonSet.ALL,
        parent.from(),
        parent.to(),
        SUBCONTRACTOR_CAP,
        EnumSet.of(Action.READ));
  }
}
