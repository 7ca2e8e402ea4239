package mamori.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Field;
import mamori.core.OrganisationId;
import mamori.core.Outcome;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.generate.PersonGenerator;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import mamori.terminal.Progress;
import mamori.vault.PersonImport;

/**
 * The demo town's data folder. On first run it gets {@value #RESIDENTS}, the synthetic residents of
 * tenant {@code demo-city} (seed 1, owner-only file); later runs reuse it. The vault imports this
 * file once it exists; until then it is the town's register as delivered. Generating it is the
 * demo's first action, and like every action it is written to the town's log.
 */
public final class DemoTown {
  static final String RESIDENTS = "demo-residents.csv";

  private DemoTown() {}

  static final String TENANT = "demo-city";

  /** Who sets the town up, as its log names them. */
  static final Who SETUP =
      new Who(new UserId("mamori-demo"), new OrganisationId(TENANT), new TenantId(TENANT));

  /**
   * Creates the residents file when it is missing; returns how many persons were generated (0 when
   * the file was there already or none were asked for).
   */
  public static long prepare(Path data, int persons, PrintWriter err) throws IOException {
    mamori.store.Store.ensureDataFolder(data);
    Path residents = data.resolve(RESIDENTS);
    long generated = 0;
    if (Files.exists(residents)) {
      err.printf("Demo town: reusing %s%n", residents);
    } else if (persons > 0) {
      var written = PersonGenerator.writeCsv(residents, persons, PersonGenerator.DEFAULT_SEED);
      generated = written.persons();
      err.printf(
          Locale.ROOT,
          "Demo town: %,d synthetic residents in %,d households written to %s%n",
          written.persons(),
          written.households(),
          residents);
    }
    err.flush();
    return generated;
  }

  /** Writes to the town's log that its register was generated, as the first record of the demo. */
  public static long recordGeneration(TransparencyLogs logs, long persons, Clock clock) {
    return logs.forTenant(TENANT)
        .append(
            AccessRecord.of(
                new Attempt(
                    SETUP,
                    List.of(),
                    new Why("demo-setup", "generate-" + persons),
                    Action.REGISTER_GENERATE,
                    Optional.empty(),
                    EnumSet.allOf(Field.class),
                    clock.instant()),
                Outcome.allowed()));
  }

  /**
   * Imports the residents file into the town's vault when the vault holds nobody yet, as the town's
   * registry clerk would; a later run, or a town whose import was cut short and is run again, finds
   * the vault filled or completes it.
   */
  public static void importResidents(mamori.vault.Vault vault, Path data, PrintWriter err)
      throws Exception {
    Path residents = data.resolve(RESIDENTS);
    if (!Files.exists(residents)
        || vault.count(TENANT) > 0 && !Files.exists(data.resolve(IMPORTING))) {
      return;
    }
    Files.writeString(data.resolve(IMPORTING), "");
    var actor =
        new mamori.vault.Actor(
            SETUP.user(),
            SETUP.organisation(),
            List.of(),
            new Why("resident-register", "demo-import"));
    try (var reader =
            mamori.vault.PersonCsvReader.open(
                residents, mamori.vault.PersonCsvReader.Options.defaults());
        var rejects = mamori.vault.RejectsFile.forInput(residents)) {
      long started = System.nanoTime();
      PersonImport.Summary s;
      try (Progress.Bar bar = Progress.open("import", reader.totalBytes())) {
        s =
            PersonImport.run(
                vault, TENANT, actor, reader, rejects, (bytes, rows) -> bar.accept(bytes));
      }
      err.printf(
          Locale.ROOT,
          "Demo town: %,d residents imported into the vault (%,d unchanged, %,d rejected) in %.1f s%n",
          s.imported(),
          s.unchanged(),
          s.rejected(),
          (System.nanoTime() - started) / 1e9);
      err.flush();
    }
    Files.delete(data.resolve(IMPORTING));
  }

  /** Present while the demo import runs, so a run cut short is completed by the next one. */
  static final String IMPORTING = "demo-import.running";
}
