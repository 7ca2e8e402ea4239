package mamori.cli;

import static mamori.cli.LoginCommand.CliUser.as;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.core.Role;
import mamori.entrustment.Organisation;
import mamori.portal.LetterPdf;
import mamori.retention.DeletionRecords;
import mamori.retention.DisposalCertificate;
import mamori.store.ClockConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mamori retention certificate --tenant T --run R --out DIR}: writes a deletion run's
 * disposal certificate (廃棄証明書) as {@code DIR/R.pdf}, and for a run of more than 20,000 persons its
 * tokens as {@code DIR/R-tokens.csv} beside it, for the tenant's security officer or auditor signed
 * in. A subcommand of {@link RetentionCommand}.
 */
@Command(
    name = "certificate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes a deletion run's disposal certificate (廃棄証明書) as DIR/R.pdf: the tenant, the run,"
          + " who proposed and approved it, its counts, each purpose's retention rule, the persons"
          + " by token (never a number or a name) and the SHA-256 of the erased tokens.",
      "A run of more than 20,000 persons gets the summary and the hash in the PDF and its tokens in"
          + " DIR/R-tokens.csv. For the tenant's security officer or auditor. Exit 1 when there is"
          + " no such run."
    })
final class RetentionCertificateCommand implements Callable<Integer> {
  /** Who may write a certificate: as who may read it in the console. */
  static final Set<Role> READERS = Set.of(Role.SECURITY_OFFICER, Role.AUDITOR);

  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(names = "--tenant", required = true, paramLabel = "T")
  String tenant;

  @Option(names = "--run", required = true, paramLabel = "R", description = "The run's id.")
  String run;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The folder the PDF (and the CSV) are written into; made when missing.")
  Path out;

  @Option(
      names = "--font",
      paramLabel = "FILE",
      description =
          "A TrueType font with Japanese (default: IPAex Gothic, fonts-ipaexfont-gothic).")
  Path font = LetterPdf.DEFAULT_FONT;

  @Override
  public Integer call() {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (VaultSession s = store.session()) {
      Clock clock = ClockConfiguration.systemClock();
      var entrustments = IncidentsReportCommand.entrustments(s, clock);
      DisposalCertificate certificate =
          new DisposalCertificate(
              new DeletionRecords(s.store.dataSource()),
              t -> entrustments.organisation(t.value()).map(Organisation::name).orElse(t.value()),
              t -> entrustments.purposes(t.value()));
      var written =
          as(
              spec,
              s,
              tenant,
              p -> {
                if (!READERS.contains(p.role()) || !p.controller()) {
                  throw new LoginCommand.CliUser.NotAllowed(
                      "role.not-allowed: a certificate is for the tenant's security officer or"
                          + " auditor");
                }
                try {
                  return certificate.write(p.tenantId(), run, out, font);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      if (written.isEmpty()) {
        // the id typed is not echoed: it could hold anything, a number too
        err.println("run.unknown: the tenant has no deletion run of that id");
        err.flush();
        return 1;
      }
      DisposalCertificate.Written w = written.get();
      o.printf(Locale.ROOT, "%s  %d pages, %d erased%n", w.pdf(), w.pages(), w.erased());
      w.csv().ifPresent(csv -> o.printf(Locale.ROOT, "%s%n", csv));
      o.printf(Locale.ROOT, "sha256 %s%n", w.sha256());
      o.flush();
      return 0;
    } catch (UncheckedIOException e) {
      err.println("certificate.not-written: " + e.getMessage());
      err.flush();
      return 2;
    }
  }
}
