package mamori.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.access.StaffOfUsers;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.entrustment.Caller;
import mamori.entrustment.Contract;
import mamori.entrustment.Entrustment;
import mamori.entrustment.EntrustmentContracts;
import mamori.entrustment.EntrustmentException;
import mamori.entrustment.Entrustments;
import mamori.entrustment.PersonSet;
import mamori.entrustment.Scope;
import mamori.identity.Users;
import mamori.store.ClockConfiguration;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mamori entrustments ...}: the entrustments of a tenant on the command line, through the
 * same {@link Entrustments} and {@link EntrustmentContracts} methods as the API and the console,
 * with the same rules: every change is logged first and refused when the log cannot record it, and
 * who may do what is decided there, for the acting user.
 *
 * <p>The acting user is found in ONE place, {@link Session#caller}: the user signed in with {@code
 * mamori login}, with their organisation and role. Exit codes: 0 done, 1 refused (the reason code
 * is printed), 2 bad usage or an unreadable or invalid file.
 */
@Command(
    name = "entrustments",
    mixinStandardHelpOptions = true,
    description =
        "List, create, approve, suspend, revoke entrustments; change staff lists; upload and download contracts.",
    subcommands = {
      EntrustmentsCommand.ListEntrustments.class,
      EntrustmentsCommand.Show.class,
      EntrustmentsCommand.Create.class,
      EntrustmentsCommand.Approve.class,
      EntrustmentsCommand.Suspend.class,
      EntrustmentsCommand.Resume.class,
      EntrustmentsCommand.Revoke.class,
      EntrustmentsCommand.Staff.class,
      EntrustmentsCommand.ContractDocument.class
    })
final class EntrustmentsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori entrustments --help'");
  }

  /** What one subcommand works with: the store, its keys and logs, and the acting user. */
  static final class Session implements AutoCloseable {
    final VaultSession vault;
    final Entrustments entrustments;
    final EntrustmentContracts contracts;
    final Users users;

    Session(StoreOptions store) {
      this.vault = store.session();
      var clock = ClockConfiguration.systemClock();
      this.users = new Users(vault.store.dataSource(), clock);
      this.entrustments =
          new Entrustments(
              vault.store.dataSource(), vault.logs, e -> {}, StaffOfUsers.of(users), clock);
      this.contracts =
          new EntrustmentContracts(
              vault.store.dataSource(), entrustments, vault.keys, vault.logs, clock);
    }

    /**
     * The acting user as the entrustments know callers, the user signed in with {@code mamori
     * login}: the ONE place a subcommand of this class learns who acts.
     */
    Caller caller() {
      var p = LoginCommand.CliUser.require(vault.store);
      return new Caller(p.userId().value(), p.organisationId().value(), p.role());
    }

    /** The tenant of the acting user. */
    String tenant(Caller c) {
      return users.find(c.user()).orElseThrow().tenantId();
    }

    @Override
    public void close() {
      try {
        entrustments.close();
      } finally {
        vault.close();
      }
    }
  }

  /** Work of a subcommand, with its refusals turned into exit code 1 and bad values into 2. */
  interface Work {
    void run(Session s, Caller caller, PrintWriter out) throws IOException;
  }

  static int run(CommandSpec spec, StoreOptions store, Work work) {
    PrintWriter out = spec.commandLine().getOut();
    try (Session s = new Session(store)) {
      Caller caller = s.caller();
      work.run(s, caller, out);
      out.flush();
      return 0;
    } catch (EntrustmentException refused) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("mamori: refused (" + refused.code() + "): " + refused.getMessage());
      err.flush();
      return 1;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), String.valueOf(e.getMessage()));
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "cannot read or write: " + e.getMessage());
    }
  }

  /** A PDF from a file, its size checked before it is read. */
  static byte[] readPdf(Path file) throws IOException {
    if (Files.size(file) > EntrustmentContracts.MAX_BYTES) {
      throw new IllegalArgumentException(
          "a contract document is at most " + EntrustmentContracts.MAX_BYTES + " bytes (4 MiB)");
    }
    byte[] pdf = Files.readAllBytes(file);
    EntrustmentContracts.requirePdf(pdf);
    return pdf;
  }

  static void print(PrintWriter out, Entrustments entrustments, Entrustment e) {
    out.printf(
        "%-20s %-20s %-16s -> %-16s %-10s staff %s%n",
        e.id(),
        e.parent() == null ? "-" : e.parent(),
        e.from(),
        e.to(),
        entrustments.standing(e).toString(),
        String.join(",", e.contract().staff()));
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description =
          "The tenant's entrustments for its own users, else what the user's organisation gives"
              + " and holds.")
  static final class ListEntrustments implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Override
    public Integer call() {
      return run(
          spec,
          store,
          (s, c, out) -> {
            String tenant = s.tenant(c);
            List<Entrustment> shown =
                c.organisation().equals(tenant)
                    ? s.entrustments.all(tenant)
                    : java.util.stream.Stream.concat(
                            s.entrustments.givenBy(c.organisation()).stream(),
                            s.entrustments.heldBy(c.organisation()).stream())
                        .distinct()
                        .toList();
            for (Entrustment e : shown) {
              print(out, s.entrustments, e);
            }
          });
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "One entrustment.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
      return run(
          spec,
          store,
          (s, c, out) -> {
            Entrustment e =
                s.entrustments
                    .entrustment(s.tenant(c), id)
                    .filter(x ->
                        c.organisation().equals(x.tenant())
                            || c.organisation().equals(x.from())
                            || c.organisation().equals(x.to()))
                    .orElseThrow(
                        () -> new IllegalArgumentException("no entrustment " + id + " of yours"));
            print(out, s.entrustments, e);
            Scope sc = e.scope();
            out.println("purposes " + String.join(",", sc.purposes()));
            out.println("period   " + sc.from() + " .. " + sc.to() + ", " + sc.dailyCap() + "/day");
            out.println("missing  " + String.join(",", e.contract().missingClauses()));
          });
    }
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Entrusts work to an organisation (a first entrustment from the tenant, or with --parent a",
        "re-entrustment request), with every mandatory clause agreed unless left out with",
        "--without; --staff names user ids of that organisation. --contract uploads the signed PDF."
      })
  static final class Create implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--to", required = true, paramLabel = "ORG")
    String to;

    @Option(names = "--parent", paramLabel = "ID")
    @Nullable String parent;

    @Option(names = "--staff", required = true, split = ",", paramLabel = "USER")
    List<String> staff;

    @Option(names = "--purposes", required = true, split = ",", paramLabel = "P")
    List<String> purposes;

    @Option(
        names = "--fields",
        required = true,
        split = ",",
        paramLabel = "COLUMN:MASK",
        description = "e.g. family_name:none,my_number:partial")
    List<String> fields;

    @Option(
        names = "--actions",
        defaultValue = "read",
        split = ",",
        paramLabel = "A",
        description = "read, enter, verify, print, package (default read)")
    List<String> actions;

    @Option(names = "--persons", defaultValue = "all", paramLabel = "SET")
    String persons;

    @Option(names = "--from", required = true, paramLabel = "DATE")
    String from;

    @Option(names = "--until", required = true, paramLabel = "DATE")
    String until;

    @Option(names = "--cap", required = true, paramLabel = "N")
    long cap;

    @Option(names = "--reports", defaultValue = "", paramLabel = "TEXT")
    String reports;

    @Option(
        names = "--without",
        split = ",",
        paramLabel = "CLAUSE",
        description =
            "Clauses not agreed: confidentiality, no-taking-off-premises, inspection-right,"
                + " no-use-outside-purpose, return-or-disposal")
    List<String> without = List.of();

    @Option(names = "--contract", paramLabel = "PDF")
    @Nullable Path contract;

    @Override
    public Integer call() {
      return run(
          spec,
          store,
          (s, c, out) -> {
            byte[] pdf = contract == null ? null : readPdf(contract);
            if (pdf != null) {
              EntrustmentContracts.requirePdf(pdf);
            }
            Set<String> off = new LinkedHashSet<>(without);
            Contract k =
                new Contract(
                    !off.remove("confidentiality"),
                    !off.remove("no-taking-off-premises"),
                    staff,
                    !off.remove("inspection-right"),
                    !off.remove("no-use-outside-purpose"),
                    !off.remove("return-or-disposal"),
                    reports,
                    null);
            if (!off.isEmpty()) {
              throw new IllegalArgumentException("--without: unknown clause " + off);
            }
            Entrustment e = s.entrustments.create(parent, to, k, scope(), c);
            print(out, s.entrustments, e);
            if (pdf != null) {
              EntrustmentContracts.Version v = s.contracts.upload(e.id(), pdf, c);
              out.println("contract v" + v.version() + " sha256 " + v.sha256());
            }
          });
    }

    private Scope scope() {
      Map<Field, Mask> shown = new EnumMap<>(Field.class);
      for (String f : fields) {
        String[] p = f.split(":", 2);
        Field field =
            Field.ofColumn(p[0])
                .orElseThrow(() -> new IllegalArgumentException("--fields: unknown field"));
        shown.put(field, p.length == 2 && p[1].equalsIgnoreCase("none") ? Mask.NONE : Mask.PARTIAL);
      }
      Set<Action> acts = EnumSet.noneOf(Action.class);
      for (String a : actions) {
        acts.add(
            java.util.Arrays.stream(Action.values())
                .filter(x -> x.entrustable() && x.code().equals(a.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() ->
                    new IllegalArgumentException(
                        "--actions: read, enter, verify, print or package")));
      }
      PersonSet set;
      try {
        set = PersonSet.parse(persons);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--persons: " + e.getMessage(), e);
      }
      try {
        return new Scope(
            Set.copyOf(purposes),
            shown,
            set,
            LocalDate.parse(from),
            LocalDate.parse(until),
            cap,
            acts);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("--from and --until are dates, YYYY-MM-DD");
      }
    }
  }

  /** A change naming one entrustment. */
  abstract static class Change implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(paramLabel = "ID")
    String id;

    abstract Entrustment change(Entrustments entrustments, Caller caller);

    @Override
    public Integer call() {
      return run(spec, store, (s, c, out) -> print(out, s.entrustments, change(s.entrustments, c)));
    }
  }

  @Command(
      name = "approve",
      mixinStandardHelpOptions = true,
      description = "Approves a requested entrustment (the tenant's security officer).")
  static final class Approve extends Change {
    @Override
    Entrustment change(Entrustments entrustments, Caller caller) {
      return entrustments.approve(id, caller);
    }
  }

  @Command(
      name = "suspend",
      mixinStandardHelpOptions = true,
      description = "Suspends an entrustment and everything below it.")
  static final class Suspend extends Change {
    @Override
    Entrustment change(Entrustments entrustments, Caller caller) {
      return entrustments.suspend(id, caller);
    }
  }

  @Command(
      name = "resume",
      mixinStandardHelpOptions = true,
      description = "Resumes a suspended entrustment (the tenant's security officer).")
  static final class Resume extends Change {
    @Override
    Entrustment change(Entrustments entrustments, Caller caller) {
      return entrustments.resume(id, caller);
    }
  }

  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description = "Revokes an entrustment and everything below it, for good.")
  static final class Revoke extends Change {
    @Override
    Entrustment change(Entrustments entrustments, Caller caller) {
      return entrustments.revoke(id, caller);
    }
  }

  @Command(
      name = "staff",
      mixinStandardHelpOptions = true,
      description = {
        "Replaces the staff list of an entrustment with user ids of the organisation holding it;",
        "anyone taken off it is refused (staff.not-listed) from their next read."
      })
  static final class Staff extends Change {
    @Option(names = "--set", required = true, split = ",", paramLabel = "USER")
    List<String> users;

    @Override
    Entrustment change(Entrustments entrustments, Caller caller) {
      return entrustments.changeStaff(id, users, caller);
    }
  }

  @Command(
      name = "contract",
      mixinStandardHelpOptions = true,
      description = {
        "Lists the versions of an entrustment's contract document; --upload PDF stores a new one",
        "(logged with its SHA-256 first, sealed); --download FILE writes one (logged), the latest",
        "or --version N. Parties only."
      })
  static final class ContractDocument implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(paramLabel = "ID")
    String id;

    @Option(names = "--upload", paramLabel = "PDF")
    @Nullable Path upload;

    @Option(names = "--download", paramLabel = "FILE")
    @Nullable Path download;

    @Option(names = "--version", paramLabel = "N")
    @Nullable Integer version;

    @Override
    public Integer call() {
      if (upload != null && download != null) {
        throw new ParameterException(spec.commandLine(), "--upload or --download, not both");
      }
      return run(
          spec,
          store,
          (s, c, out) -> {
            if (upload != null) {
              byte[] pdf = readPdf(upload);
              EntrustmentContracts.Version v = s.contracts.upload(id, pdf, c);
              out.println("contract v" + v.version() + " sha256 " + v.sha256());
            } else if (download != null) {
              EntrustmentContracts.Document d = s.contracts.download(id, version, c);
              Files.write(download, d.pdf());
              out.println("wrote v" + d.version().version() + " sha256 " + d.version().sha256());
            } else {
              for (EntrustmentContracts.Version v : s.contracts.versions(id, c)) {
                out.printf(
                    "v%-3d %s %8d %s %s%n",
                    v.version(), v.sha256(), v.size(), v.uploadedAt(), v.uploadedBy());
              }
            }
          });
    }
  }
}
