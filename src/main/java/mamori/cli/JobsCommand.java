package mamori.cli;

import static mamori.cli.LoginCommand.CliUser.as;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import mamori.VaultSession;
import mamori.store.ClockConfiguration;
import mamori.terminal.Progress;
import mamori.work.DocumentType;
import mamori.work.DocumentTypes;
import mamori.work.Job;
import mamori.work.JobId;
import mamori.work.Jobs;
import mamori.work.LoadReport;
import mamori.work.NewJob;
import mamori.work.Upload;
import mamori.work.WorkStore;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mamori jobs create|add-documents|types --tenant T}: data-entry jobs and the scans loaded
 * into them, as the signed-in user (the tenant's security officer or organisation admin acts). The
 * same service as the API and the console, so the same rules and the same log records. Each
 * subcommand is a class of its own, listed once below, so more are added by one line.
 */
@Command(
    name = "jobs",
    mixinStandardHelpOptions = true,
    description =
        "Data-entry jobs: create one, load scanned documents into it, list and load document types.",
    subcommands = {
      JobsCommand.Create.class,
      JobsCommand.AddDocuments.class,
      JobsCommand.Types.class,
      JobsStatusCommand.class,
      JobsDeadlineCommand.class,
      JobsQuotaCommand.class,
      JobsStateCommand.Close.class,
      JobsStateCommand.Reopen.class,
    })
final class JobsCommand implements Runnable {
  /** The files add-documents takes from a folder, by ending (what they are is read from them). */
  static final List<String> ENDINGS = List.of(".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff");

  /**
   * Files loaded in one batch (one log record each): with the batch's bytes, bounds the memory a
   * folder takes. Each file's size is read from the disk first; one too large is refused unread.
   */
  static final int BATCH = 20;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori jobs --help'");
  }

  static DocumentTypes types(VaultSession s, Clock clock) {
    return new DocumentTypes(new WorkStore(s.store.dataSource()), s.logs, clock);
  }

  /** The jobs service over the session's store. */
  static Jobs jobs(VaultSession s) {
    Clock clock = ClockConfiguration.systemClock();
    return new Jobs(
        new WorkStore(s.store.dataSource()),
        types(s, clock),
        s.keys,
        Jobs.Purposes.of(IncidentsReportCommand.entrustments(s, clock)),
        s.logs,
        clock);
  }

  static JobId jobId(CommandSpec spec, String id) {
    if (!JobId.isValid(id)) {
      throw new ParameterException(spec.commandLine(), "a job id is 1 to 32 of a-z, 0-9 and '-'");
    }
    return new JobId(id);
  }

  static void print(PrintWriter out, Job j) {
    out.printf(Locale.ROOT, "job: %s (%s)%n", j.id(), j.state().code());
    out.printf(Locale.ROOT, "name: %s%n", j.name());
    out.printf(Locale.ROOT, "purpose: %s%n", j.purpose());
    out.printf(Locale.ROOT, "type: %s v%d%n", j.typeId(), j.typeVersion());
    out.printf(
        Locale.ROOT,
        "deadline: %s%n",
        j.deadline().atZone(ZoneId.of("Asia/Tokyo")).toOffsetDateTime());
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = "Creates a job for a purpose, a document type and a deadline.")
  static final class Create implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Option(
        names = "--name",
        required = true,
        paramLabel = "TEXT",
        description = "1 to 200 characters.")
    String name;

    @Option(
        names = "--purpose",
        required = true,
        paramLabel = "P",
        description = "A purpose the tenant registered (withholding-slip-entry).")
    String purpose;

    @Option(
        names = "--type",
        required = true,
        paramLabel = "TYPE",
        description = "A document type (withholding-slip, dependants-declaration, or loaded).")
    String type;

    @Option(
        names = "--deadline",
        required = true,
        paramLabel = "WHEN",
        description =
            "ISO date (the end of that day in Asia/Tokyo) or date-time (2027-01-31T17:00, Asia/Tokyo"
                + " unless it has an offset).")
    String deadline;

    @Option(names = "--id", paramLabel = "ID", description = "The job's id (default: random).")
    @Nullable String id;

    @Override
    public Integer call() {
      java.time.Instant when;
      try {
        when = NewJob.deadline(deadline);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--deadline: " + e.getMessage());
      }
      Optional<JobId> jobId = id == null ? Optional.empty() : Optional.of(jobId(spec, id));
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession s = store.session()) {
        print(
            out,
            as(
                spec,
                s,
                tenant,
                p -> jobs(s).create(p, new NewJob(name, purpose, type, when, jobId))));
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "add-documents",
      mixinStandardHelpOptions = true,
      description = {
        "Loads every .pdf, .png, .jpg, .jpeg, .tif and .tiff file of DIR into job JOB, one",
        "document each; prints each refused file with its reason, and a summary.",
        "Exits 0 when every file loaded, 1 when some were refused."
      })
  static final class AddDocuments implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Parameters(index = "0", paramLabel = "JOB")
    String job;

    @Parameters(index = "1", paramLabel = "DIR")
    Path dir;

    @Override
    public Integer call() {
      JobId id = jobId(spec, job);
      if (!Files.isDirectory(dir)) {
        throw new ParameterException(spec.commandLine(), "DIR is not a folder");
      }
      List<Path> files = files(dir);
      if (files.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(), "DIR holds no .pdf, .png, .jpg, .jpeg, .tif or .tiff file");
      }
      PrintWriter out = spec.commandLine().getOut();
      long loaded = 0;
      long pages = 0;
      List<LoadReport> refused = new ArrayList<>();
      try (VaultSession s = store.session();
          Progress.Bar bar = Progress.open("documents", files.size())) {
        Jobs jobs = jobs(s);
        int done = 0;
        for (List<Path> batch : batches(files)) {
          List<Upload> uploads = new ArrayList<>(batch.size());
          for (Path f : batch) {
            if (size(f) > Jobs.MAX_FILE_BYTES) {
              LoadReport r = Jobs.tooLarge(f.getFileName().toString());
              refused.add(r);
              out.printf(Locale.ROOT, "refused: %s: %s%n", r.name(), r.refused());
              bar.accept(++done);
            } else {
              uploads.add(new Upload(f.getFileName().toString(), read(f)));
            }
          }
          if (uploads.isEmpty()) {
            continue;
          }
          int base = done;
          List<LoadReport> reports =
              as(
                  spec,
                  s,
                  tenant,
                  p -> jobs.addDocuments(p, id, uploads, n -> bar.accept(base + n)));
          done += uploads.size();
          for (LoadReport r : reports) {
            if (r.loaded()) {
              loaded++;
              pages += r.pages();
            } else {
              refused.add(r);
              out.printf(Locale.ROOT, "refused: %s: %s%n", r.name(), r.refused());
            }
          }
        }
      }
      out.printf(
          Locale.ROOT,
          "%d loaded (%d pages), %d refused, of %d files%n",
          loaded,
          pages,
          refused.size(),
          files.size());
      out.flush();
      return refused.isEmpty() ? 0 : 1;
    }

    private static List<Path> files(Path dir) {
      try (Stream<Path> list = Files.list(dir)) {
        return list.filter(Files::isRegularFile)
            .filter(f -> {
              String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
              return ENDINGS.stream().anyMatch(n::endsWith);
            })
            .sorted()
            .toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * The files in batches of at most {@link #BATCH} files and {@link Jobs#MAX_BATCH_BYTES} bytes,
     * by their sizes on disk (a file too large to load counts nothing: it is never read).
     */
    static List<List<Path>> batches(List<Path> files) {
      List<List<Path>> out = new ArrayList<>();
      List<Path> batch = new ArrayList<>();
      long bytes = 0;
      for (Path f : files) {
        long size = size(f) > Jobs.MAX_FILE_BYTES ? 0 : size(f);
        if (!batch.isEmpty() && (batch.size() == BATCH || bytes + size > Jobs.MAX_BATCH_BYTES)) {
          out.add(batch);
          batch = new ArrayList<>();
          bytes = 0;
        }
        batch.add(f);
        bytes += size;
      }
      if (!batch.isEmpty()) {
        out.add(batch);
      }
      return out;
    }

    private static long size(Path f) {
      try {
        return Files.size(f);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The file's bytes, never more than one over the limit (should it have grown since). */
    private static byte[] read(Path f) {
      try (java.io.InputStream in = Files.newInputStream(f)) {
        return in.readNBytes((int) Jobs.MAX_FILE_BYTES + 1);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Command(
      name = "types",
      mixinStandardHelpOptions = true,
      description = "Document types: the built-in ones and the tenant's own.",
      subcommands = {JobsCommand.TypesList.class, JobsCommand.TypesLoad.class})
  static final class Types implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
      throw new ParameterException(
          spec.commandLine(), "Missing subcommand: try 'mamori jobs types --help'");
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "The tenant's document types: id, version, pages, fields, built-in, name.")
  static final class TypesList implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession s = store.session()) {
        for (DocumentType t : as(spec, s, tenant, p -> jobs(s).types(p))) {
          out.printf(
              Locale.ROOT,
              "%s\tv%d\t%d pages\t%d fields\t%s\t%s / %s%n",
              t.id(),
              t.version(),
              t.pages(),
              t.fields().size(),
              DocumentTypes.isBuiltIn(t.id()) ? "built-in" : "loaded",
              t.nameJa(),
              t.nameEn());
        }
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "load",
      mixinStandardHelpOptions = true,
      description = {
        "Loads a document type file (docs/document-types.md) as the next version of its id.",
        "A file that does not read is refused with its line, and nothing is stored."
      })
  static final class TypesLoad implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
      String text;
      try {
        if (Files.size(file) > mamori.work.TypeFile.MAX_BYTES) {
          throw new ParameterException(spec.commandLine(), "FILE is larger than 256 KiB");
        }
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new ParameterException(spec.commandLine(), "FILE cannot be read");
      }
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession s = store.session()) {
        DocumentTypes.Loaded l =
            as(spec, s, tenant, p -> types(s, ClockConfiguration.systemClock()).load(p, text));
        out.printf(
            Locale.ROOT,
            "loaded %s v%d (%d pages, %d parts, %d fields), sha256 %s%n",
            l.type().id(),
            l.type().version(),
            l.type().pages(),
            l.type().parts().size(),
            l.type().fields().size(),
            l.sha256());
      }
      out.flush();
      return 0;
    }
  }
}
