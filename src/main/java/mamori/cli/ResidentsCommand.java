package mamori.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.cli.LoginCommand.CliUser;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.handover.Printing;
import mamori.identity.Principal;
import mamori.portal.LetterPdf;
import mamori.portal.ResidentLetters;
import mamori.store.ClockConfiguration;
import mamori.terminal.Progress;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori residents letters ...}: what the city sends residents so they can open the portal.
 */
@Command(
    name = "residents",
    mixinStandardHelpOptions = true,
    description = "Activation letters for the resident portal.",
    subcommands = ResidentsCommand.Letters.class)
final class ResidentsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori residents --help'");
  }

  /*
   * Each letter needs the resident's name and address, which only the gate reveals: they are read as the
   * CLI's staff under the purpose resident-portal-letters and the case letters-<date>, so the resident
   * later sees in the portal that the city read their name and address to send the letter. Only the
   * code's keyed hash is stored; the code itself exists in the PDF alone. Issuing a new letter makes the
   * person's unused earlier letter stop working. The printing is handover.Printing's: each letter its
   * own LETTER document, registered with the printer and coded for its resident on every page.
   */
  @Command(
      name = "letters",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Issues activation letters and writes them as one PDF (one print job), one A4 page each, "
            + "with the Japanese font embedded. The code is printed, never stored; a person's earlier unused letter stops working.",
        "Each letter is its own coded document (LETTER) for its resident: every page carries its "
            + "QR code and short code. No My Number is printed."
      })
  static final class Letters implements Callable<Integer> {
    static final String PURPOSE = ResidentLetters.PURPOSE;

    /** Persons listed per page of {@code --all}; every page is walked. */
    static final int PAGE = 10_000;

    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "FILE",
        description = "The PDF to write.")
    Path out;

    @ArgGroup(multiplicity = "1")
    Who who;

    static final class Who {
      @Option(
          names = "--all",
          required = true,
          description = "Every person of the tenant, listed a page at a time.")
      boolean all;

      @Option(
          names = "--person",
          required = true,
          paramLabel = "TOKEN",
          split = ",",
          description = "The tenant's tokens of the persons to write to.")
      @Nullable List<String> persons;
    }

    @Option(
        names = "--portal-url",
        paramLabel = "URL",
        defaultValue = "http://localhost:8080/portal/activate",
        description =
            "The portal's activation page printed on the letter (default: ${DEFAULT-VALUE}).")
    String portalUrl;

    @Option(
        names = "--font",
        paramLabel = "FILE",
        description = "A TrueType font with Japanese (default: IPAex Gothic).")
    Path font = LetterPdf.DEFAULT_FONT;

    @Option(
        names = "--printer",
        paramLabel = "NAME",
        description =
            "The printer's label stored with each letter, such as 本庁舎2階プリンター"
                + " (default: this host's name, ${DEFAULT-VALUE}).")
    String printer = PrintCommand.hostPrinter();

    @Override
    public Integer call() throws IOException {
      if (!portalUrl.startsWith("https://") && !portalUrl.startsWith("http://localhost")) {
        throw new ParameterException(
            spec.commandLine(), "--portal-url must be https:// (or http://localhost for a demo)");
      }
      if (!java.nio.file.Files.isReadable(font)) {
        throw new ParameterException(
            spec.commandLine(),
            "the letters need a Japanese font at "
                + font
                + ": apt-get install fonts-ipaexfont-gothic, or give --font FILE (a TrueType font); no letter was issued");
      }
      Clock clock = ClockConfiguration.systemClock();
      LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Tokyo")));
      Why why = new Why(PURPOSE, "letters-" + today);
      Printing.Printout printed;
      try (VaultSession s = store.session()) {
        // the signed-in user, decided by the gate for each letter as a print
        Principal staff = CliUser.require(s.store);
        if (!tenant.equals(staff.tenantId().value())) {
          throw new ParameterException(
              spec.commandLine(),
              "--tenant " + tenant + ": you are signed in to " + staff.tenantId() + ", not to it");
        }
        var gate = s.gate(tenant);
        List<AgencyToken> tokens = new ArrayList<>();
        if (who.all) {
          // every page, each after the cursor of the one before (the listing the API pages)
          java.util.Optional<String> after = java.util.Optional.empty();
          do {
            mamori.access.AccessGate.Listing page =
                gate.persons(staff, why, PAGE, after.orElse(null));
            tokens.addAll(page.tokens());
            after = page.next();
          } while (after.isPresent());
        } else {
          for (String t :
              Objects.requireNonNull(who.persons, "the group holds --all or --person")) {
            try {
              tokens.add(AgencyToken.parse(t));
            } catch (IllegalArgumentException e) {
              throw new ParameterException(spec.commandLine(), "--person: " + e.getMessage());
            }
          }
        }
        if (tokens.isEmpty()) {
          throw new ParameterException(
              spec.commandLine(), "no one to write to; no letter was issued");
        }
        String url = portalUrl + (portalUrl.contains("?") ? "&" : "?") + "tenant=" + tenant;
        Map<String, Progress.Bar> bars = new HashMap<>();
        try {
          // every addressee first (PRINT, per person): one who cannot be printed stops the run
          // before any letter is issued; then each letter is issued and drawn as its own coded
          // document
          printed =
              PrintCommand.printing(s, tenant, clock)
                  .letters(
                      staff,
                      tokens,
                      why,
                      url,
                      new Printing.Press(printer, font),
                      (phase, done, of) ->
                          bars.computeIfAbsent(phase, k -> Progress.open(k, of)).accept(done));
        } catch (Printing.PersonRefused e) {
          throw new ParameterException(
              spec.commandLine(), e.getMessage() + "; no letter was issued");
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), String.valueOf(e.getMessage()));
        } finally {
          bars.values().forEach(Progress.Bar::close);
        }
      }
      try {
        printed.write(out);
      } catch (IOException e) {
        throw new IOException(
            e.getMessage()
                + "; the "
                + printed.documents().size()
                + " letters issued in this run cannot be "
                + "printed: run the command again to issue new ones (they replace these)",
            e);
      }
      spec.commandLine()
          .getOut()
          .printf(
              "%d letters: %s; the codes are in the PDF only%n",
              printed.documents().size(), PrintCommand.summary(printed, out));
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
