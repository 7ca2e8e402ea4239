package mamori.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import mamori.core.Action;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.entrustment.CommonPurposes;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Entrustments;
import mamori.entrustment.PersonSet;
import mamori.entrustment.Scope;
import mamori.generate.PersonGenerator;
import mamori.generate.Resident;
import mamori.generate.Residents;
import mamori.generate.SyntheticCompanies;
import mamori.work.DocumentType;
import mamori.work.DocumentTypes;
import mamori.work.Job;
import mamori.work.JobId;
import mamori.work.JobScope;
import mamori.work.Jobs;
import mamori.work.LoadReport;
import mamori.work.NewJob;
import mamori.work.SlipDrawer;
import mamori.work.SyntheticSlips;
import mamori.work.Upload;
import mamori.work.WorkStore;
import org.springframework.context.ApplicationContext;

/*
 * The demo town's data-entry job (issue 16 point 9), made as a city makes one: the city's admin creates
 * the job withholding-slips-2026 for the purpose withholding-slip-entry (a common purpose every town is
 * founded with; an older town gets it through addPurpose), loads 200 withholding slips drawn by Mamori
 * for 200 of the town's own residents (so that accepting a slip finds its resident by number) and
 * entrusts the job to entry-co; the entrustment shows the My Number in the clear, so it waits for the
 * town's security officer, who approves it. Like the rest of the story, each step looks first for what
 * an earlier run made: a run cut short while loading is completed from the first slip not loaded (the
 * slips are the same on every run: same residents, same seed), and a second run changes nothing.
 */
/** Sets up the demo town's job of synthetic withholding slips and its entrustment, once. */
final class DemoJob {
  static final JobId JOB = new JobId("withholding-slips-2026");
  static final String NAME = "令和7年分 給与所得の源泉徴収票";
  static final String PURPOSE = CommonPurposes.WITHHOLDING_SLIP_ENTRY;
  static final String TYPE = SyntheticSlips.TYPE;
  static final int SLIPS = 200;

  /** How long the town gives its contractor: six weeks from the first run. */
  static final int WEEKS = 6;

  static final long CAP = 5_000;
  static final WorkStore.Quota QUOTA = new WorkStore.Quota(120, 600);
  static final List<String> OPERATORS = List.of("entry-op1", "entry-op2");
  static final String VERIFIER = "entry-verifier";

  /** The residents read from the town's file to find 200 payees of working age among. */
  static final int READ = 2_000;

  /** What the demo has of its job: the job, its entrustment, and the slips loaded on this run. */
  record Made(Job job, Entrustment entrustment, int loaded, double seconds) {}

  private final DemoStory demo;
  private final Jobs jobs;
  private final DocumentTypes types;
  private final WorkStore work;
  private final Entrustments entrustments;
  private final Clock clock;

  DemoJob(
      DemoStory demo,
      Jobs jobs,
      DocumentTypes types,
      WorkStore work,
      Entrustments entrustments,
      Clock clock) {
    this.demo = demo;
    this.jobs = jobs;
    this.types = types;
    this.work = work;
    this.entrustments = entrustments;
    this.clock = clock;
  }

  static DemoJob of(DemoStory demo, ApplicationContext context, Clock clock) {
    return new DemoJob(
        demo,
        context.getBean(Jobs.class),
        context.getBean(DocumentTypes.class),
        context.getBean(WorkStore.class),
        context.getBean(Entrustments.class),
        clock);
  }

  /** The staff of the job's entrustment: the two operators, then the verifier. */
  static List<String> staff() {
    List<String> s = new ArrayList<>(OPERATORS);
    s.add(VERIFIER);
    return List.copyOf(s);
  }

  /**
   * Makes whatever of the job is missing, after {@link DemoStory#seed} (its users must exist);
   * empty when the town has no residents file to draw slips for (a demo started with {@code
   * --persons 0}).
   */
  Optional<Made> ensure(Path data, PrintWriter err) throws IOException {
    Path residents = data.resolve(DemoTown.RESIDENTS);
    TenantId tenant = new TenantId(DemoStory.TENANT);
    Optional<Job> found = work.job(tenant, JOB);
    if (found.isEmpty() && !Files.exists(residents)) {
      err.println("Demo town: no residents, so no withholding slips to key");
      err.flush();
      return Optional.empty();
    }
    if (entrustments.purposes(DemoStory.TENANT).stream().noneMatch(p -> p.id().equals(PURPOSE))) {
      entrustments.addPurpose(
          CommonPurposes.named(DemoStory.TENANT, PURPOSE), demo.caller("city-admin"));
    }
    var admin = demo.as("city-admin");
    Job job =
        found.orElseGet(() ->
            jobs.create(admin, new NewJob(NAME, PURPOSE, TYPE, deadline(), Optional.of(JOB))));
    int loaded = 0;
    double seconds = 0;
    Set<String> present = loaded(tenant);
    if (present.size() < SLIPS) {
      long started = System.nanoTime();
      List<Upload> files = draw(residents, tenant, present);
      double drawn = (System.nanoTime() - started) / 1e9;
      loaded = load(admin, files);
      seconds = (System.nanoTime() - started) / 1e9;
      err.printf(
          Locale.ROOT,
          "Demo town: job %s: %d withholding slips drawn and loaded in %.1f s (drawn in %.1f s)%n",
          JOB,
          loaded,
          seconds,
          drawn);
      err.flush();
    }
    Entrustment e = entrusted(job);
    if (work.quota(tenant, e.id()).isEmpty()) {
      work.setQuota(tenant, e.id(), QUOTA, new UserId("city-admin"), clock.instant());
    }
    return Optional.of(new Made(job, e, loaded, seconds));
  }

  /** The end of the day {@link #WEEKS} weeks from today, in Tokyo. */
  private Instant deadline() {
    return today()
        .plusWeeks(WEEKS)
        .plusDays(1)
        .atStartOfDay(DemoStory.TOKYO)
        .toInstant()
        .minusSeconds(1);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(DemoStory.TOKYO));
  }

  /** The file names of the slips an earlier run loaded (a document is stored whole or not). */
  private Set<String> loaded(TenantId tenant) {
    Set<String> names = new java.util.HashSet<>();
    int after = 0;
    for (List<mamori.work.WorkDocument> batch = work.documents(tenant, JOB, after, 1000);
        !batch.isEmpty();
        batch = work.documents(tenant, JOB, after, 1000)) {
      for (var d : batch) {
        names.add(d.source());
        after = d.seq();
      }
    }
    return names;
  }

  /** A slip's file name, as loaded and as the job's document keeps it: {@code slip-00001.png}. */
  static String fileName(int number) {
    return String.format(Locale.ROOT, "slip-%05d.png", number);
  }

  /**
   * The slips not {@code present} yet as one PNG a slip, drawn on every core, in grey as a city's
   * scanner is set for forms (a third of the bytes of colour to encode, read and seal, and the same
   * 150 dpi, so every region reads as well).
   */
  private List<Upload> draw(Path residents, TenantId tenant, Set<String> present)
      throws IOException {
    List<SyntheticSlips.Slip> slips = slips(residents);
    DocumentType type =
        types
            .type(tenant, TYPE)
            .orElseThrow(() -> new IllegalStateException("the built-in type " + TYPE + " is gone"));
    SlipDrawer drawer = SlipDrawer.withDefaultFont();
    return slips.parallelStream()
        .filter(slip -> !present.contains(fileName(slip.number())))
        .map(slip ->
            new Upload(
                fileName(slip.number()),
                grey(drawer.draw(type, slip.values(), SyntheticSlips.YEAR).getFirst())))
        .toList();
  }

  /**
   * Loads the files as two batches at once, one a core: each file is checked, sealed and cut on its
   * own, so the order in which they land does not matter ({@link #loaded} goes by name). Returns
   * how many were loaded.
   *
   * @throws IllegalStateException when one is refused: the demo draws only what the type takes
   */
  private int load(mamori.identity.Principal admin, List<Upload> files) {
    int half = (files.size() + 1) / 2;
    List<List<Upload>> batches =
        files.size() < 2
            ? List.of(files)
            : List.of(files.subList(0, half), files.subList(half, files.size()));
    List<LoadReport> reports =
        batches.parallelStream().flatMap(b -> jobs.addDocuments(admin, JOB, b).stream()).toList();
    for (LoadReport r : reports) {
      if (!r.loaded()) {
        throw new IllegalStateException("a demo slip was refused: " + r.refused());
      }
    }
    return reports.size();
  }

  /** A drawn page as a greyscale PNG, written in memory as every page is. */
  static byte[] grey(java.awt.image.BufferedImage page) {
    var grey =
        new java.awt.image.BufferedImage(
            page.getWidth(), page.getHeight(), java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
    var g = grey.createGraphics();
    try {
      g.drawImage(page, 0, 0, null);
    } finally {
      g.dispose();
    }
    return SlipDrawer.png(grey);
  }

  /**
   * The demo's {@link #SLIPS} slips, the same on every run: payees from the first {@link #READ}
   * residents of the town's file, payers synthetic companies, the generators' default seed.
   */
  static List<SyntheticSlips.Slip> slips(Path residents) throws IOException {
    List<Resident> people = Residents.readCsv(residents, READ);
    var companies = SyntheticCompanies.generate(20, PersonGenerator.DEFAULT_SEED);
    return SyntheticSlips.of(people, companies, SLIPS, PersonGenerator.DEFAULT_SEED);
  }

  /**
   * The job's entrustment to entry-co, made by the town's admin and approved by its security
   * officer (it shows the My Number in the clear) when an earlier run did not.
   */
  private Entrustment entrusted(Job job) {
    PersonSet set = new PersonSet.Job(job.id().value());
    Entrustment e =
        entrustments.heldBy(DemoStory.CONTRACTOR).stream()
            .filter(x -> x.parent() == null && x.scope().persons().equals(set))
            .findFirst()
            .orElseGet(() ->
                entrustments.create(
                    null,
                    DemoStory.CONTRACTOR,
                    DemoStory.contract(staff()),
                    scope(job),
                    demo.caller("city-admin")));
    if (e.status() == Entrustment.Status.REQUESTED) {
      e = entrustments.approve(e.id(), demo.caller(DemoStory.OFFICER));
    }
    return e;
  }

  /**
   * ENTER and VERIFY on the job, every person field a withholding slip holds, until its deadline.
   */
  private Scope scope(Job job) {
    LocalDate today = today();
    LocalDate end = LocalDate.ofInstant(job.deadline(), DemoStory.TOKYO);
    return JobScope.of(
        types.type(job.tenant(), job.typeId(), job.typeVersion()).orElseThrow(),
        job.id(),
        PURPOSE,
        today,
        end.isBefore(today) ? today : end,
        CAP,
        EnumSet.of(Action.ENTER, Action.VERIFY));
  }
}
