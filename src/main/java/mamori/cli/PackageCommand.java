package mamori.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.access.AccessException;
import mamori.cli.LoginCommand.CliUser;
import mamori.core.Why;
import mamori.entrustment.PersonSet;
import mamori.identity.Principal;
import mamori.terminal.Progress;
import mamori.transfer.NewPackage;
import mamori.transfer.PackageRefused;
import mamori.transfer.Packages;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori package ...}: encrypted packages to a named recipient (issue 17,
 * docs/package-format.md), the only way person data leaves Mamori. The sender makes and lists its
 * packages, reports one lost and prints its signing key; the recipient keeps its keys, inspects and
 * opens the packages it receives.
 */
@Command(
    name = "package",
    mixinStandardHelpOptions = true,
    description =
        "Encrypted packages: make, list, report lost, print the signing key (sender); keep"
            + " recipient keys, inspect and open (recipient).",
    subcommands = {
      PackageCommand.Create.class,
      PackageListCommand.class,
      PackageReportLostCommand.class,
      PackageKeyCommand.class,
      PackageKeysCommand.class,
      PackageInspectCommand.class,
      PackageOpenCommand.class
    })
final class PackageCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori package create --help'");
  }

  /** Whose persons: exactly one of --persons, --job, --all. */
  static final class Selection {
    @Option(
        names = "--persons",
        paramLabel = "SET",
        required = true,
        description = "A person set: list:ID or tag:NAME=VALUE.")
    @Nullable String persons;

    @Option(
        names = "--job",
        paramLabel = "ID",
        required = true,
        description = "The persons the job's accepted documents are tied to.")
    @Nullable String job;

    @Option(
        names = "--all",
        required = true,
        description = "Every live person (the tenant's own staff only).")
    boolean all;

    PersonSet set() {
      if (all) {
        return PersonSet.ALL;
      }
      if (job != null) {
        return new PersonSet.Job(job);
      }
      PersonSet s = PersonSet.parse(java.util.Objects.requireNonNull(persons).strip());
      if (s instanceof PersonSet.All || s instanceof PersonSet.Job) {
        throw new IllegalArgumentException("--persons is list:ID or tag:NAME=VALUE");
      }
      return s;
    }
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Makes a package of the persons selected for a registered recipient, as the signed-in",
        "user, through the gate (the entrustment or the staff role must allow packaging).",
        "Every person is a 'package' record in the log before any of their data is written;",
        "the file holds a signed manifest and the content sealed for the recipient's key.",
        "An online package opens only once this Mamori releases it; --offline carries the",
        "release in the file (at most 72 hours). Prints the package id, the persons, the",
        "file's SHA-256 and the recipient's fingerprint words, to confirm by telephone.",
        ""
      })
  static final class Create implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--to", required = true, paramLabel = "RECIPIENT")
    String to;

    @Option(
        names = "--purpose",
        required = true,
        paramLabel = "P",
        description = "The purpose (事務).")
    String purpose;

    @Option(
        names = "--case",
        required = true,
        paramLabel = "C",
        description = "The case reference.")
    String caseRef;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    @Option(
        names = "--fields",
        required = true,
        paramLabel = "F,...",
        description =
            "The columns, in order; at least those an import needs: my_number, family_name,"
                + " given_name, family_name_kana, given_name_kana, birth_date, sex, address.")
    String fields;

    @Option(
        names = "--expires",
        paramLabel = "DURATION",
        defaultValue = "72h",
        description = "Hours or days, such as 72h or 30d: 1 hour to 30 days (72 hours offline).")
    String expires;

    @Option(names = "--offline", description = "Carry the release in the file (cannot be killed).")
    boolean offline;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Override
    public Integer call() throws Exception {
      NewPackage n;
      try {
        n =
            new NewPackage(
                to.strip(),
                Why.typed(purpose, caseRef),
                selection.set(),
                NewPackage.fields(fields),
                NewPackage.expiry(expires),
                offline);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession s = store.session()) {
        Principal p = CliUser.require(s.store);
        Packages packages = s.packages(p.tenantId().value(), store.keyFolder());
        Packages.Created made;
        // the bar opens at the first page, when the persons counted for the package are known
        Progress.Bar[] bar = {null};
        try {
          made =
              packages.create(
                  p,
                  n,
                  this.out.toAbsolutePath(),
                  (written, logged, counted) -> {
                    if (bar[0] == null) {
                      bar[0] = Progress.open("packaging", counted);
                    }
                    bar[0].accept(written);
                  });
        } catch (AccessException e) {
          throw new CliUser.NotAllowed(e.code() + ": " + e.getMessage());
        } catch (PackageRefused e) {
          throw new CliUser.NotAllowed(e.reason().code() + ": " + e.getMessage());
        } catch (IllegalArgumentException | mamori.transfer.TransferSettings.ReleaseUrlUnset e) {
          throw new ParameterException(spec.commandLine(), String.valueOf(e.getMessage()));
        } finally {
          if (bar[0] != null) {
            bar[0].close();
          }
        }
        out.printf(Locale.ROOT, "package:   %s%n", made.id());
        out.printf(Locale.ROOT, "persons:   %d%n", made.persons());
        out.printf(Locale.ROOT, "sha256:    %s%n", made.sha256());
        out.printf(
            Locale.ROOT, "recipient: %s (%s)%n", made.recipient().id(), made.recipient().name());
        out.printf(Locale.ROOT, "key words: %s%n", made.recipient().words());
        out.printf(Locale.ROOT, "release:   %s%n", made.mode().code());
        out.printf(Locale.ROOT, "expires:   %s%n", made.expires());
        out.printf(Locale.ROOT, "file:      %s%n", made.file());
        out.flush();
        return 0;
      }
    }
  }
}
