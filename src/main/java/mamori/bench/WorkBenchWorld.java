package mamori.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mamori.core.Action;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.demo.DemoStory;
import mamori.entrustment.Caller;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.identity.ApiTokens;
import mamori.identity.Principal;
import mamori.identity.TokenIssuer;
import mamori.identity.Users;
import mamori.work.DocumentType;
import mamori.work.Job;
import mamori.work.JobId;
import mamori.work.JobScope;
import mamori.work.Jobs;
import mamori.work.LoadReport;
import mamori.work.NewJob;
import mamori.work.SyntheticSlips;
import mamori.work.Task;
import mamori.work.Upload;
import mamori.work.WorkDocument;
import mamori.work.WorkStore;
import org.springframework.context.ApplicationContext;

/*
 * The work benchmark's world in the running service: a city (the tenant), a contractor, a job of
 * synthetic withholding slips for the purpose withholding-slip-entry, two entrustments of job:<id> to
 * the contractor (ENTER to its operators, VERIFY to its verifiers) with quotas no run reaches, and a
 * bearer token per operator. Every id carries the run's suffix, so a run on a kept store never meets
 * an earlier one.
 * The job and its documents are made through work-intake's Jobs (create, addDocuments), as the
 * console and the API make them.
 */
/** Sets up the work benchmark's job, operators and answers in the running service. */
final class WorkBenchWorld {
  static final String PURPOSE = mamori.entrustment.CommonPurposes.WITHHOLDING_SLIP_ENTRY;
  static final long CAP = 1_000_000_000L;
  static final int QUOTA = 1_000_000;
  static final int BATCH = 200;
  static final long BATCH_BYTES = 256L * 1024 * 1024;

  /** What the load needs: the job, the operators' and verifiers' tokens, each task's values. */
  record World(
      String tenant,
      String job,
      List<String> operators,
      List<String> verifiers,
      Map<String, Map<String, String>> answers) {}

  final String tenant;
  final String contractor;

  WorkBenchWorld(String suffix) {
    tenant = "bench-" + suffix;
    contractor = "bench-" + suffix + "-entry";
  }

  /**
   * Makes the world for {@code slips} of {@code type}, drawn as {@code pages} (one list of PNG
   * pages a slip), keyed by {@code operators} operators and {@code verifiers} verifiers.
   */
  World create(
      ApplicationContext context,
      DocumentType type,
      List<SyntheticSlips.Slip> slips,
      List<List<byte[]>> pages,
      int operators,
      int verifiers)
      throws Exception {
    Entrustments entrustments = context.getBean(Entrustments.class);
    entrustments.registerOrganisation(Organisation.controller(tenant, "ベンチ市"));
    entrustments.seedPurposes(tenant);
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
    JobId job = loadJob(context, type, pages);
    Users users = context.getBean(Users.class);
    List<String> operatorIds = new ArrayList<>();
    List<String> verifierIds = new ArrayList<>();
    for (int i = 1; i <= operators; i++) {
      operatorIds.add(contractor + "-op" + i);
      users.add(tenant, contractor, contractor + "-op" + i, "ベンチ 入力担当" + i, Role.OPERATOR);
    }
    for (int i = 1; i <= verifiers; i++) {
      verifierIds.add(contractor + "-ve" + i);
      users.add(tenant, contractor, contractor + "-ve" + i, "ベンチ 検証担当" + i, Role.OPERATOR);
    }
    Clock clock = context.getBean(Clock.class);
    LocalDate today = LocalDate.now(clock.withZone(DemoStory.TOKYO));
    Caller city = new Caller(tenant + "-admin", tenant, Role.ORG_ADMIN);
    WorkStore store = context.getBean(WorkStore.class);
    for (var side :
        List.of(
            Map.entry(operatorIds, EnumSet.of(Action.ENTER)),
            Map.entry(verifierIds, EnumSet.of(Action.VERIFY)))) {
      Entrustment e =
          entrustments.create(
              null,
              contractor,
              DemoStory.contract(side.getKey()),
              JobScope.of(type, job, PURPOSE, today, today.plusDays(30), CAP, side.getValue()),
              city);
      entrustments.approve(e.id(), new Caller(tenant + "-officer", tenant, Role.SECURITY_OFFICER));
      store.setQuota(
          new TenantId(tenant),
          e.id(),
          new WorkStore.Quota(QUOTA, QUOTA),
          new UserId(tenant + "-admin"),
          Instant.now(clock));
    }
    ApiTokens tokens = context.getBean(ApiTokens.class);
    TokenIssuer issuer = new TokenIssuer.Console("mamori-bench");
    List<String> operatorTokens = new ArrayList<>();
    for (String id : operatorIds) {
      operatorTokens.add(tokens.issue(issuer, id, "bench-work", Duration.ofDays(1)).secret());
    }
    List<String> verifierTokens = new ArrayList<>();
    for (String id : verifierIds) {
      verifierTokens.add(tokens.issue(issuer, id, "bench-work", Duration.ofDays(1)).secret());
    }
    return new World(
        tenant,
        job.value(),
        operatorTokens,
        verifierTokens,
        answers(store, new TenantId(tenant), type, job, slips));
  }

  /**
   * Creates the job ({@code bench <suffix>}, purpose {@link #PURPOSE}, {@code type}, a deadline a
   * month ahead) as the city's security officer, and adds one document a slip, in the slips' order,
   * from its drawn PNG pages, through work-intake's {@link Jobs} as the console and the API do.
   *
   * @throws IllegalStateException when a slip is refused
   */
  JobId loadJob(ApplicationContext context, DocumentType type, List<List<byte[]>> pages) {
    Jobs jobs = context.getBean(Jobs.class);
    Clock clock = context.getBean(Clock.class);
    Principal officer =
        new Principal(
            new UserId(tenant + "-officer"),
            new TenantId(tenant),
            new OrganisationId(tenant),
            Role.SECURITY_OFFICER,
            "bench");
    Job job =
        jobs.create(
            officer,
            new NewJob(
                "bench " + tenant,
                PURPOSE,
                type.id(),
                Instant.now(clock).plus(Duration.ofDays(30)),
                Optional.empty()));
    List<Upload> batch = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).size() != 1) {
        throw new IllegalStateException("the bench loads one-page slips as PNG files");
      }
      byte[] png = pages.get(i).getFirst();
      if (batch.size() == BATCH || bytes + png.length > BATCH_BYTES) {
        load(jobs, officer, job.id(), batch);
        batch.clear();
        bytes = 0;
      }
      batch.add(new Upload(String.format(java.util.Locale.ROOT, "slip-%06d.png", i + 1), png));
      bytes += png.length;
    }
    if (!batch.isEmpty()) {
      load(jobs, officer, job.id(), batch);
    }
    return job.id();
  }

  private static void load(Jobs jobs, Principal officer, JobId job, List<Upload> batch) {
    for (LoadReport r : jobs.addDocuments(officer, job, List.copyOf(batch))) {
      if (!r.loaded()) {
        throw new IllegalStateException("a drawn slip was refused: " + r.refused());
      }
    }
  }

  /**
   * Each task's true values: the documents of the job in their order are the slips in theirs (a
   * document the intake refused leaves no gap in the slips, so none may be refused), and a task
   * holds its part's fields.
   */
  static Map<String, Map<String, String>> answers(
      WorkStore store,
      TenantId tenant,
      DocumentType type,
      JobId job,
      List<SyntheticSlips.Slip> slips) {
    Map<String, Map<String, String>> out = new HashMap<>();
    int after = 0;
    int index = 0;
    for (List<WorkDocument> batch = store.documents(tenant, job, after, 1000);
        !batch.isEmpty();
        batch = store.documents(tenant, job, after, 1000)) {
      for (WorkDocument d : batch) {
        after = d.seq();
        if (index >= slips.size()) {
          throw new IllegalStateException("the job holds more documents than slips were made");
        }
        Map<String, String> truth = slips.get(index++).values();
        for (Task t : store.tasksOf(tenant, d.id())) {
          Map<String, String> values = new LinkedHashMap<>();
          type.part(t.part())
              .orElseThrow(() -> new IllegalStateException("a task of an unknown part"))
              .fields()
              .forEach(f -> values.put(f.id(), truth.getOrDefault(f.id(), "")));
          out.put(t.id().value(), values);
        }
      }
    }
    if (index != slips.size()) {
      throw new IllegalStateException(
          "the job holds " + index + " documents of the " + slips.size() + " slips made");
    }
    return out;
  }
}
