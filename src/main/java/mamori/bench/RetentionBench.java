package mamori.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mamori.VaultSession;
import mamori.access.AccessGate;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.generate.CsvEncoding;
import mamori.generate.PersonGenerator;
import mamori.identity.Principal;
import mamori.retention.Model;
import mamori.retention.Retentions;
import mamori.store.ClockConfiguration;
import mamori.store.StoreLocation;
import mamori.vault.Actor;
import mamori.vault.KeyRotation;
import mamori.vault.PersonCsvReader;
import mamori.vault.PersonImport;
import mamori.vault.RejectsFile;

/**
 * {@code mamori bench retention}: issue 19's figures. A tenant holding N generated persons
 * (imported, not timed) records a basis for each through the gate's listing, the first half under
 * {@value #NUMBER_PURPOSE} (the number alone goes) and the second under {@value #RECORD_PURPOSE}
 * (the whole record goes), with events long past; a clerk proposes a run, the security officer
 * approves it and runs it through {@link Retentions#run}. Two runs: the first as of a day on which
 * only the first half is due (so its rate is the number-only erasure's), the second as of today
 * (the whole records). Only the two {@code run} calls are timed: each batch's re-check, marking,
 * the vault's erasure with a log record per person before its transaction, and the counts.
 *
 * <p>Retirement: M other persons imported into a tenant of their own (not timed, so every data key
 * is wrapped under the old field key), the field key rotated, then every person's data key
 * re-wrapped under the new one ({@link KeyRotation#rewrap}, timed). A run over N/10 persons shows
 * whether the heap grows with N.
 */
public final class RetentionBench {
  static final long TARGET_PERSONS_PER_S = 50_000;

  static final String NUMBER_PURPOSE = "resident-tax";
  static final String RECORD_PURPOSE = "national-health-insurance";

  /**
   * The filing deadline of the number-only half: its seven years end on 2023-01-10, so a run as of
   * {@link #NUMBER_ONLY_AS_OF} finds it due and the second half not.
   */
  static final LocalDate FILING_DEADLINE = LocalDate.of(2015, 1, 31);

  /** The case-closed day of the whole-record half: its two years end on 2025-03-31. */
  static final LocalDate CASE_CLOSED = LocalDate.of(2023, 3, 31);

  static final LocalDate NUMBER_ONLY_AS_OF = LocalDate.of(2024, 1, 1);

  private static final int PAGE = 10_000;

  private final BenchStore store;
  private final long persons;
  private final long retirePersons;
  private final long seed;

  private PrintWriter out = new PrintWriter(java.io.Writer.nullWriter());

  /** Where the run's scratch folder is made: the system's temporary folder, or a test's own. */
  Path scratchRoot = Path.of(System.getProperty("java.io.tmpdir"));

  /**
   * A run erasing {@code persons} and re-wrapping {@code retirePersons} others, generated with
   * {@code seed}.
   */
  public RetentionBench(BenchStore store, long persons, long retirePersons, long seed) {
    this.store = store;
    this.persons = persons;
    this.retirePersons = retirePersons;
    this.seed = seed;
  }

  /** Measures and prints the figures and targets on {@code out}; {@code err} hears nothing yet. */
  public void run(PrintWriter out, PrintWriter err) throws Exception {
    this.out = out;
    Path scratch = Files.createTempDirectory(scratchRoot, "mamori-retention-bench-");
    String schema = null;
    try {
      StoreLocation location;
      Path keys;
      if (store.hasDb()) {
        // a schema of its own on the server, dropped after
        schema = "mamori_retention_bench_" + hex(6);
        String url = java.util.Objects.requireNonNull(store.db);
        execute(url, "CREATE SCHEMA " + schema);
        location =
            new StoreLocation.Server(
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        keys = scratch.resolve("keys");
      } else if (store.temporary()) {
        location = new StoreLocation.Embedded(scratch.resolve("data"));
        keys = scratch.resolve("keys");
      } else {
        location = store.location();
        keys = store.keyFolder();
      }
      measure(location, keys, scratch);
    } finally {
      if (schema != null) {
        execute(
            java.util.Objects.requireNonNull(store.db),
            "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
      LogBench.deleteTree(scratch);
    }
  }

  /** One erasure's figures: the two runs' seconds, and the heap while they ran. */
  private record Erased(double numberSeconds, double wholeSeconds, long peakMb, long liveMb) {
    double seconds() {
      return numberSeconds + wholeSeconds;
    }
  }

  private void measure(StoreLocation location, Path keys, Path scratch) throws Exception {
    long tenth = Math.max(2, persons / 10);
    print("retention.store", location instanceof StoreLocation.Server ? "postgresql" : "sqlite");
    print("retention.persons", persons);
    print("retention.retire_persons", retirePersons);
    out.println(
        "# timed: Retentions.run of two approved runs (the "
            + NUMBER_PURPOSE
            + " half's numbers as of "
            + NUMBER_ONLY_AS_OF
            + ", then the "
            + RECORD_PURPOSE
            + " half's whole records as of today): re-check, marking, the vault's erasure with a"
            + " log record per person before each batch's transaction, the counts. Not timed:"
            + " generating, importing, bases, proposal, approval");
    out.flush();
    Path csv = scratch.resolve("persons.csv");
    Path tenthCsv = scratch.resolve("tenth.csv");
    Path retireCsv = scratch.resolve("retire.csv");
    PersonGenerator.writeCsv(csv, persons, seed, CsvEncoding.UTF_8, n -> {});
    PersonGenerator.writeCsv(tenthCsv, tenth, seed + 1, CsvEncoding.UTF_8, n -> {});
    PersonGenerator.writeCsv(retireCsv, retirePersons, seed + 2, CsvEncoding.UTF_8, n -> {});

    try (VaultSession session = VaultSession.open(location, keys)) {
      String tenant = "bench-ret-" + hex(4);
      String tenthTenant = "bench-ret-tenth-" + hex(4);
      String retireTenant = "bench-retire-" + hex(4);

      importInto(session, tenant, csv, persons);
      Erased all = erase(session, tenant, persons);
      importInto(session, tenthTenant, tenthCsv, tenth);
      Erased small = erase(session, tenthTenant, tenth);

      print("retention.erase_seconds", all.seconds());
      print("retention.erase_per_s", Math.round(persons / all.seconds()));
      long numberHalf = persons / 2;
      long wholeHalf = persons - numberHalf;
      print("retention.erase_number_per_s", Math.round(numberHalf / all.numberSeconds()));
      print("retention.erase_whole_per_s", Math.round(wholeHalf / all.wholeSeconds()));
      print("retention.erase_per_s_at_tenth", Math.round(tenth / small.seconds()));
      double erase = persons / all.seconds();

      importInto(session, retireTenant, retireCsv, retirePersons);
      KeyRotation rotation = session.rotation(ClockConfiguration.systemClock());
      Actor officer = actor(retireTenant, "bench-officer", "bench-retire");
      int old = session.keys.primaryFieldKeyId(retireTenant);
      rotation.rotate(retireTenant, officer);
      PackageBench.resetPeaks();
      long start = System.nanoTime();
      KeyRotation.Retired retired =
          PackageBench.tracked(
              "retire",
              retirePersons,
              p -> rotation.retire(retireTenant, Optional.of(old), officer, p));
      double retireSeconds = seconds(start);
      long retirePeak = PackageBench.peakHeapMb();
      long retireLive = PackageBench.liveHeapMb();
      if (retired.rewrapped() < retirePersons) {
        throw new IllegalStateException(
            "re-wrapped " + retired.rewrapped() + " of the " + retirePersons + " persons' keys");
      }
      out.println(
          "# retire timed: KeyRotation.retire of the field key the persons' data keys were wrapped"
              + " under, after a rotation (not timed): every data key re-wrapped, the other"
              + " modules' sealed values re-sealed, the key destroyed with the root key's older"
              + " generation");
      print("retention.retire_seconds", retireSeconds);
      print("retention.retire_per_s", Math.round(retirePersons / retireSeconds));
      double retire = retirePersons / retireSeconds;

      print("retention.erase_peak_heap_mb", all.peakMb());
      print("retention.erase_live_heap_mb", all.liveMb());
      print("retention.erase_peak_heap_mb_at_tenth", small.peakMb());
      print("retention.erase_live_heap_mb_at_tenth", small.liveMb());
      print("retention.retire_peak_heap_mb", retirePeak);
      print("retention.retire_live_heap_mb", retireLive);
      print("retention.target.persons_per_s", TARGET_PERSONS_PER_S);
      out.println(
          String.format(
              Locale.ROOT,
              "# targets: erase >= %,d/s %s (%.2fx; number only %,d/s, whole %,d/s); retire >="
                  + " %,d/s %s (%.2fx); heap flat %s (left after a collection while erasing: %d"
                  + " MB at %,d persons, %d MB at %,d; peaks %d MB and %d MB)",
              TARGET_PERSONS_PER_S,
              met(erase >= TARGET_PERSONS_PER_S),
              erase / TARGET_PERSONS_PER_S,
              Math.round(numberHalf / all.numberSeconds()),
              Math.round(wholeHalf / all.wholeSeconds()),
              TARGET_PERSONS_PER_S,
              met(retire >= TARGET_PERSONS_PER_S),
              retire / TARGET_PERSONS_PER_S,
              met(
                  all.liveMb()
                      <= PackageBench.FLAT * Math.max(small.liveMb(), 1)
                          + PackageBench.FLAT_SLACK_MB),
              all.liveMb(),
              persons,
              small.liveMb(),
              tenth,
              all.peakMb(),
              small.peakMb()));
      out.flush();
    }
  }

  /**
   * Records the bases of {@code tenant}'s {@code count} persons as its clerk (half and half), then
   * proposes, approves and times the two runs.
   */
  private Erased erase(VaultSession session, String tenant, long count) throws Exception {
    Retentions retentions = session.retentions(tenant);
    AccessGate gate = session.gate(tenant);
    Principal clerk = principal(tenant, "bench-clerk", Role.STAFF);
    Principal officer = principal(tenant, "bench-officer", Role.SECURITY_OFFICER);
    Why why = new Why(NUMBER_PURPOSE, "bench-retention");
    long half = count / 2;
    long seen = 0;
    String after = null;
    do {
      AccessGate.Listing page = gate.persons(clerk, why, PAGE, after);
      List<Model.BasisEntry> entries = new ArrayList<>(page.tokens().size());
      for (AgencyToken t : page.tokens()) {
        entries.add(
            seen++ < half
                ? new Model.BasisEntry(t, NUMBER_PURPOSE, Optional.of(FILING_DEADLINE))
                : new Model.BasisEntry(t, RECORD_PURPOSE, Optional.of(CASE_CLOSED)));
      }
      if (!entries.isEmpty()) {
        retentions.recordBases(clerk, entries);
      }
      after = page.next().orElse(null);
    } while (after != null);
    if (seen != count) {
      throw new IllegalStateException("listed " + seen + " of the " + count + " persons");
    }

    PackageBench.resetPeaks();
    double numberSeconds = timedRun(retentions, clerk, officer, NUMBER_ONLY_AS_OF, half, tenant);
    double wholeSeconds =
        timedRun(retentions, clerk, officer, retentions.today(), count - half, tenant);
    return new Erased(
        numberSeconds, wholeSeconds, PackageBench.peakHeapMb(), PackageBench.liveHeapMb());
  }

  private double timedRun(
      Retentions retentions,
      Principal clerk,
      Principal officer,
      LocalDate asOf,
      long expected,
      String tenant)
      throws Exception {
    Model.Run proposed =
        retentions
            .propose(clerk, asOf)
            .orElseThrow(() -> new IllegalStateException("no one due as of " + asOf));
    if (proposed.persons() != expected) {
      throw new IllegalStateException(
          "the run as of " + asOf + " lists " + proposed.persons() + ", not " + expected);
    }
    retentions.approve(officer, proposed.id(), new Model.Confirmation(true, proposed.persons()));
    long start = System.nanoTime();
    Model.Run done =
        PackageBench.tracked(
            "erase " + tenant,
            expected,
            p -> retentions.run(officer, proposed.id(), (d, total) -> p.accept(d)));
    double seconds = seconds(start);
    if (done.whole() + done.numberOnly() != expected) {
      throw new IllegalStateException(
          "the run erased "
              + (done.whole() + done.numberOnly())
              + " of "
              + expected
              + " (kept "
              + done.kept()
              + ")");
    }
    return seconds;
  }

  private void importInto(VaultSession session, String tenant, Path csv, long count)
      throws Exception {
    Actor actor = actor(tenant, "bench-importer", "bench-import");
    PersonImport.Summary s =
        PackageBench.tracked(
            "import " + tenant,
            count,
            p -> {
              try (var reader = PersonCsvReader.open(csv, PersonCsvReader.Options.defaults());
                  var rejects = RejectsFile.forInput(csv)) {
                return PersonImport.run(
                    session.vault, tenant, actor, reader, rejects, (b, rows) -> p.accept(rows));
              }
            });
    if (s.imported() != count) {
      throw new IllegalStateException(
          tenant + " imported " + s.imported() + " of " + count + " generated persons");
    }
  }

  private static Actor actor(String tenant, String user, String caseRef) {
    return new Actor(
        new UserId(user), new OrganisationId(tenant), List.of(), new Why(NUMBER_PURPOSE, caseRef));
  }

  private static Principal principal(String tenant, String user, Role role) {
    return new Principal(
        new UserId(user), new TenantId(tenant), new OrganisationId(tenant), role, "bench");
  }

  private static void execute(String url, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static String hex(int bytes) {
    byte[] b = new byte[bytes];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private static String met(boolean met) {
    return met ? "met" : "MISSED";
  }

  private static double seconds(long startNanos) {
    return Math.max(1, System.nanoTime() - startNanos) / 1e9;
  }

  private void print(String name, Object value) {
    BenchLines.print(out, name, value);
  }
}
