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
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.OrganisationId;
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
import mamori.identity.Principal;
import mamori.identity.User;
import mamori.identity.Users;
import mamori.log.TransparencyLogs;
import mamori.tenancy.Enrolments;
import mamori.tenancy.Tenants;
import mamori.tenancy.UserAdmin;
import org.jspecify.annotations.Nullable;

/*
 * The demo's story, on top of its residents: the town entrusts resident-tax data entry to entry-co,
 * which asks to re-entrust a narrower part of it to sub-co; the town's security officer has not approved
 * that yet. The town also has a data-entry job of withholding slips entrusted to entry-co's two
 * operators and verifier (DemoJob). Every step looks first for what an earlier run made and makes only what is missing, so a
 * second run changes nothing and a run cut short is completed by the next. The town is set up as any city
 * is, through the same services: Tenants.add makes the town with its security officer and organisation
 * admin (tenant.create is the first record of its log), and every other user is added by who may add
 * them under UserAdmin's rules (the officer adds the town's staff and each contractor's first admin; each
 * contractor's admin adds its own operators), each with a one-time enrolment address that the demo
 * itself then uses (DemoCredentials), as a new user would on the enrolment page. Every step logs itself.
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

  /**
   * One demo user: login name, organisation, role, the name shown, and who adds them (and issues
   * them a new enrolment address), in this order.
   */
  record DemoUser(String id, String organisation, Role role, String name, String addedBy) {}

  static final String OFFICER = "city-officer";

  static final List<DemoUser> USERS =
      List.of(
          new DemoUser(OFFICER, TENANT, Role.SECURITY_OFFICER, "市役所 情報セキュリティ責任者", OFFICER),
          new DemoUser("city-admin", TENANT, Role.ORG_ADMIN, "市役所 管理者", OFFICER),
          new DemoUser("city-staff", TENANT, Role.STAFF, "市役所 職員", OFFICER),
          new DemoUser("city-auditor", TENANT, Role.AUDITOR, "市役所 監査担当", OFFICER),
          new DemoUser("entry-admin", CONTRACTOR, Role.ORG_ADMIN, "入力社 管理者", OFFICER),
          new DemoUser("entry-operator", CONTRACTOR, Role.OPERATOR, "入力社 オペレーター", "entry-admin"),
          new DemoUser("entry-op1", CONTRACTOR, Role.OPERATOR, "入力社 入力担当1", "entry-admin"),
          new DemoUser("entry-op2", CONTRACTOR, Role.OPERATOR, "入力社 入力担当2", "entry-admin"),
          new DemoUser("entry-verifier", CONTRACTOR, Role.OPERATOR, "入力社 ベリファイ担当", "entry-admin"),
          new DemoUser("sub-admin", SUBCONTRACTOR, Role.ORG_ADMIN, "再委託社 管理者", OFFICER),
          new DemoUser("sub-operator", SUBCONTRACTOR, Role.OPERATOR, "再委託社 オペレーター", "sub-admin"));

  /**
   * The entrustments of the story, as found or made, and the enrolment addresses issued on this run
   * (by user), which the demo uses at once; {@code job} is the data-entry job's entrustment once
   * {@link DemoJob} made or found it.
   */
  record Seeded(
      Entrustment contractor,
      Entrustment subcontractor,
      Map<String, Enrolments.Issued> addresses,
      Optional<Entrustment> job) {
    Seeded(
        Entrustment contractor,
        Entrustment subcontractor,
        Map<String, Enrolments.Issued> addresses) {
      this(contractor, subcontractor, addresses, Optional.empty());
    }

    Seeded withJob(Entrustment e) {
      return new Seeded(contractor, subcontractor, addresses, Optional.of(e));
    }
  }

  private final Tenants tenants;
  private final UserAdmin admin;
  private final Entrustments entrustments;
  private final Users users;
  private final Clock clock;
  private final Map<String, Enrolments.Issued> addresses = new java.util.LinkedHashMap<>();

  DemoStory(Tenants tenants, UserAdmin admin, Entrustments entrustments, Users users, Clock clock) {
    this.tenants = tenants;
    this.admin = admin;
    this.entrustments = entrustments;
    this.users = users;
    this.clock = clock;
  }

  static DemoStory of(org.springframework.context.ApplicationContext context, Clock clock) {
    return new DemoStory(
        context.getBean(Tenants.class),
        context.getBean(UserAdmin.class),
        context.getBean(Entrustments.class),
        context.getBean(Users.class),
        clock);
  }

  /**
   * Sets the town up as a city is, when it is not yet ({@code mamori tenants add}'s service): its
   * keys, log, controller organisation, purposes, officer and admin, before anything else is
   * written to its log. A data folder of an older demo, whose town exists without it, is left as it
   * is.
   */
  public static DemoStory found(
      org.springframework.context.ApplicationContext context, Clock clock) {
    DemoStory demo = of(context, clock);
    demo.found();
    return demo;
  }

  void found() {
    if (tenants.exists(TENANT) || entrustments.organisation(TENANT).isPresent()) {
      return;
    }
    Tenants.Created made;
    try {
      made =
          tenants.add(
              DemoTown.SETUP.user(), new Tenants.Spec(TENANT, "デモ市", OFFICER, "city-admin"));
    } catch (Tenants.Exists older) {
      return; // a data folder whose town was begun another way: its log exists already
    }
    addresses.put(made.officer().userId(), made.officer());
    addresses.put(made.admin().userId(), made.admin());
  }

  /** A demo user acting, as the gate and UserAdmin name them. */
  Principal as(String userId) {
    User u = users.find(userId).orElseThrow();
    return new Principal(
        new UserId(u.id()),
        new TenantId(u.tenantId()),
        new OrganisationId(u.organisationId()),
        u.role(),
        "demo");
  }

  /**
   * As {@link #tell(DemoStory, org.springframework.context.ApplicationContext, java.nio.file.Path,
   * Clock, java.io.PrintWriter)}, founding the town first when it is not yet.
   */
  public static java.nio.file.Path tell(
      org.springframework.context.ApplicationContext context,
      java.nio.file.Path data,
      Clock clock,
      java.io.PrintWriter err)
      throws java.io.IOException {
    return tell(found(context, clock), context, data, clock, err);
  }

  /**
   * Seeds the story in the running service (after {@link #found}) and makes sure the demo users'
   * tokens are in {@value DemoCredentials#FILE}; says on {@code err} where that file is, and
   * returns it.
   */
  public static java.nio.file.Path tell(
      DemoStory demo,
      org.springframework.context.ApplicationContext context,
      java.nio.file.Path data,
      Clock clock,
      java.io.PrintWriter err)
      throws java.io.IOException {
    TransparencyLogs logs = context.getBean(TransparencyLogs.class);
    Seeded story = demo.seed();
    var job = DemoJob.of(demo, context, clock).ensure(data, err);
    if (job.isPresent()) {
      story = story.withJob(job.get().entrustment());
    }
    var file =
        DemoCredentials.ensure(
            data,
            context.getBean(mamori.identity.ApiTokens.class),
            context.getBean(mamori.identity.Credentials.class),
            context.getBean(Enrolments.class),
            demo,
            logs,
            story,
            clock,
            () -> letter(context));
    try {
      DemoHandover.ensure(context, demo, data, err);
    } catch (java.io.IOException e) {
      // the papers need a Japanese font; the rest of the demo runs without them
      err.printf("Demo town: the counter story's papers were not printed: %s%n", e.getMessage());
    }
    DemoRetention.ensure(context, demo, err);
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
    found();
    // the contractors work from this machine only: loopback is their one registered network, so
    // the demo runs in a browser on the same host (issue 14, network binding); the corporate
    // numbers are made up, with valid check digits. The city's admin registers them, as a city
    // does on its console: each registration is in the town's log before it is stored.
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
        UserAdmin.Added added =
            admin.add(as(u.addedBy()), u.organisation(), u.id(), u.name(), u.role());
        addresses.put(u.id(), added.enrolment());
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
    return new Seeded(first, second, Map.copyOf(addresses));
  }

  /** The demo contractors' networks: this host only. */
  static final List<mamori.core.Network> LOOPBACK =
      List.of(mamori.core.Network.parse("127.0.0.0/8"), mamori.core.Network.parse("::1"));

  private void organisation(Organisation org) {
    if (entrustments.organisation(org.id()).isEmpty()) {
      entrustments.addOrganisation(org, caller("city-admin"));
    }
  }

  /**
   * A new enrolment address for a demo user who has neither password nor factor, issued by who
   * added them.
   */
  Enrolments.Issued reissue(DemoUser u) {
    return admin.enrolment(as(u.addedBy()), u.id());
  }

  /** The story's entrustment {@code to} holds under {@code parent}, if an earlier run made it. */
  private Optional<Entrustment> held(String to, @Nullable String parent) {
    return entrustments.heldBy(to).stream()
        .filter(e ->
            java.util.Objects.equals(e.parent(), parent) && e.scope().purposes().contains(PURPOSE))
        .findFirst();
  }

  Caller caller(String userId) {
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
