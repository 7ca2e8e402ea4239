package mamori.cli;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.cli.LoginCommand.CliUser;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.Why;
import mamori.identity.Principal;
import mamori.terminal.Progress;
import mamori.vault.Actor;
import mamori.vault.PersonCsvException;
import mamori.vault.PersonCsvReader;
import mamori.vault.PersonImport;
import mamori.vault.RejectsFile;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mamori import persons FILE --tenant T}: a register delivered as CSV, into the vault. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Import data into the vault.",
    subcommands = ImportCommand.Persons.class)
final class ImportCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori import persons --help'");
  }

  @Command(
      name = "persons",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Imports the persons of a CSV file into a tenant's vault: every row is checked,",
        "encrypted field by field, indexed, given its token, and logged as a",
        "registration record. Rejected rows go to FILE.rejects.csv with their line and",
        "reason (never a full number). Running the same file again changes nothing.",
        "",
        "Columns as 'mamori generate persons' writes them; --map names other headers.",
        "Exit 0 when every row was imported, 3 when some were rejected, 2 when the file",
        "could not be read at all (then nothing was imported).",
        ""
      })
  static final class Persons implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(
        index = "0",
        paramLabel = "FILE",
        description = "The CSV file (UTF-8 or Shift_JIS).")
    Path file;

    @Option(
        names = "--tenant",
        required = true,
        paramLabel = "T",
        description = "The tenant, e.g. demo-city.")
    String tenant;

    @Option(
        names = "--encoding",
        paramLabel = "E",
        defaultValue = "auto",
        description =
            "auto (the default: UTF-8 with or without BOM, else Shift_JIS), utf-8 or shift_jis.")
    String encoding;

    @Option(
        names = "--map",
        paramLabel = "FIELD=HEADER,...",
        description =
            "Headers of a file with other column names, e.g. my_number=個人番号,family_name=氏.")
    @Nullable String map;

    @Option(
        names = "--purpose",
        paramLabel = "P",
        defaultValue = "resident-register",
        description =
            "The purpose (事務) the registration is logged under (default: ${DEFAULT-VALUE}).")
    String purpose;

    @Option(
        names = "--tag",
        paramLabel = "NAME[=VALUE]",
        description =
            "Tag every person of the file, e.g. ward=kita (an entrustment's tag:ward=kita set);"
                + " repeatable. Stored only as a keyed hash; each tagging is logged first.")
    List<String> tags = new java.util.ArrayList<>();

    @Override
    public Integer call() throws Exception {
      if (!TenantId.isValid(tenant)) {
        throw new ParameterException(spec.commandLine(), "--tenant is 1 to 64 of a-z, 0-9 and '-'");
      }
      List<mamori.core.PersonTag> personTags = new java.util.ArrayList<>();
      for (String t : tags) {
        try {
          personTags.add(mamori.core.PersonTag.parse(t));
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), "--tag: " + e.getMessage());
        }
      }
      PersonCsvReader.Options options = PersonCsvReader.Options.defaults().withEncoding(encoding());
      if (map != null) {
        try {
          options = options.withColumns(map);
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), "--map: " + e.getMessage());
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      long started = System.nanoTime();
      try (PersonCsvReader reader = open(options);
          VaultSession session = store.session();
          RejectsFile rejects = RejectsFile.forInput(file)) {
        // the tenant as its own controller, with the common purposes: a service running on the
        // same store sees a new tenant at its next decision (the registry is read, not cached,
        // until
        // found, and seeding the purposes moves the tenant's epoch)
        // the signed-in user, who must be of the tenant's own staff: registering persons is the
        // controller's own act; anyone else's attempt is a refusal in the log
        Principal p = CliUser.require(session.store);
        Why why = Why.typed(purpose, Why.caseFrom("import " + file.getFileName()));
        if (!p.controller() || p.role() != Role.STAFF || !p.tenantId().value().equals(tenant)) {
          CliUser.log(
              session.logs,
              p,
              mamori.core.Action.REGISTER,
              "import " + file.getFileName(),
              mamori.core.Outcome.denied(mamori.core.Reason.ROLE_NOT_ALLOWED));
          throw new CliUser.NotAllowed(
              "role.not-allowed: only the staff of tenant "
                  + tenant
                  + " import its persons; you are "
                  + p.userId()
                  + " of "
                  + p.organisationId());
        }
        session.gate(tenant);
        Actor actor = new Actor(p.userId(), p.organisationId(), List.of(), why);
        mamori.access.PersonSetAdmin sets =
            new mamori.access.PersonSetAdmin(
                session.vault.sets(), session.logs, mamori.store.ClockConfiguration.systemClock());
        long[] tagged = {0};
        PersonImport.Summary s;
        try (Progress.Bar bar = Progress.open("import", reader.totalBytes())) {
          s =
              PersonImport.run(
                  session.vault,
                  tenant,
                  actor,
                  reader,
                  rejects,
                  (bytes, rows) -> bar.accept(bytes),
                  batch -> {
                    List<mamori.number.IndividualNumber> numbers =
                        batch.stream().map(mamori.vault.PersonData::myNumber).toList();
                    for (mamori.core.PersonTag t : personTags) {
                      tagged[0] += sets.tagNumbers(p, numbers, t);
                    }
                  });
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(
            Locale.ROOT,
            "imported: %d%nupdated: %d%nunchanged: %d%nrejected: %d%n",
            s.imported(),
            s.updated(),
            s.unchanged(),
            s.rejected());
        if (!personTags.isEmpty()) {
          out.printf(Locale.ROOT, "tagged: %d%n", tagged[0]);
        }
        s.rejectsFile().ifPresent(r -> out.println("rejects: " + r));
        long rows = s.imported() + s.updated() + s.unchanged() + s.rejected();
        spec.commandLine()
            .getErr()
            .printf(
                Locale.ROOT,
                "%,d rows of %s (%s) into tenant %s in %.1f s (%,.0f rows/s)%n",
                rows,
                file.getFileName(),
                reader.charset().name(),
                tenant,
                seconds,
                rows / Math.max(seconds, 1e-9));
        spec.commandLine().getErr().flush();
        out.flush();
        return s.rejected() > 0 ? 3 : 0;
      }
    }

    private PersonCsvReader open(PersonCsvReader.Options options) throws Exception {
      try {
        return PersonCsvReader.open(file, options);
      } catch (NoSuchFileException e) {
        throw new ParameterException(spec.commandLine(), "no such file: " + file);
      } catch (PersonCsvException e) {
        throw new ParameterException(spec.commandLine(), file + ": " + e.getMessage());
      }
    }

    private PersonCsvReader.Encoding encoding() {
      return switch (encoding.toLowerCase(Locale.ROOT)) {
        case "auto" -> PersonCsvReader.Encoding.AUTO;
        case "utf-8", "utf8" -> PersonCsvReader.Encoding.UTF_8;
        case "shift_jis", "sjis", "cp932", "windows-31j" -> PersonCsvReader.Encoding.SHIFT_JIS;
        default ->
            throw new ParameterException(
                spec.commandLine(), "--encoding is auto, utf-8 or shift_jis");
      };
    }
  }
}
