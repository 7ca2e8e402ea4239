package mamori.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.access.AccessException;
import mamori.cli.LoginCommand.CliUser;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.identity.Principal;
import mamori.portal.LetterPdf;
import mamori.portal.ResidentLetters;
import mamori.store.ClockConfiguration;
import mamori.terminal.Progress;
import mamori.vault.Revealed;
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
   * person's unused earlier letter stop working.
   */
  @Command(
      name = "letters",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Issues activation letters and writes them as one PDF, one A4 page each, with the "
            + "Japanese font embedded. The code is printed, never stored; a person's earlier unused letter stops working.",
        "No My Number is printed."
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
      String caseRef = "letters-" + today;
      List<LetterPdf.Page> pages = new ArrayList<>();
      try (VaultSession s = store.session()) {
        // the signed-in user, decided by the gate for each letter as a print
        Principal staff = CliUser.require(s.store);
        if (!tenant.equals(staff.tenantId().value())) {
          throw new ParameterException(
              spec.commandLine(),
              "--tenant " + tenant + ": you are signed in to " + staff.tenantId() + ", not to it");
        }
        var gate = s.gate(tenant);
        Entrustments entrustments =
            new Entrustments(
                s.store.dataSource(),
                s.logs,
                e -> {},
                mamori.entrustment.StaffDirectory.NONE,
                clock);
        String city = entrustments.organisation(tenant).map(Organisation::name).orElse(tenant);
        List<AgencyToken> tokens = new ArrayList<>();
        if (who.all) {
          // every page, each after the cursor of the one before (the listing the API pages)
          java.util.Optional<String> after = java.util.Optional.empty();
          do {
            mamori.access.AccessGate.Listing page =
                gate.persons(staff, new Why(PURPOSE, caseRef), PAGE, after.orElse(null));
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
        ResidentLetters letters =
            new ResidentLetters(
                s.store.dataSource(),
                s.keys,
                new mamori.identity.SecurityAlerts(s.store.dataSource(), clock),
                clock);
        Map<Field, Mask> fields = new EnumMap<>(Field.class);
        for (Field f :
            List.of(Field.FAMILY_NAME, Field.GIVEN_NAME, Field.POSTAL_CODE, Field.ADDRESS)) {
          fields.put(f, Mask.NONE);
        }
        String url = portalUrl + (portalUrl.contains("?") ? "&" : "?") + "tenant=" + tenant;
        // every addressee first: a person who cannot be printed stops the run before any letter is
        // issued
        List<Revealed> addressees =
            Progress.track(
                "addressees",
                tokens.size(),
                step -> {
                  List<Revealed> read = new ArrayList<>();
                  for (AgencyToken token : tokens) {
                    try {
                      read.add(gate.print(staff, token, new Why(PURPOSE, caseRef), fields));
                    } catch (AccessException | mamori.vault.VaultException e) {
                      throw new ParameterException(
                          spec.commandLine(),
                          "person "
                              + token.value()
                              + ": "
                              + e.getMessage()
                              + "; no letter was issued");
                    }
                    step.accept(read.size());
                  }
                  return read;
                });
        Progress.run(
            "letters",
            addressees.size(),
            step -> {
              for (Revealed r : addressees) {
                pages.add(
                    LetterPdf.activation(
                        city, r.values(), letters.issue(tenant, r.token().value()), url, today));
                step.accept(pages.size());
              }
            });
      }
      try {
        LetterPdf.write(out, font, pages);
      } catch (IOException e) {
        throw new IOException(
            e.getMessage()
                + "; the "
                + pages.size()
                + " letters issued in this run cannot be "
                + "printed: run the command again to issue new ones (they replace these)",
            e);
      }
      spec.commandLine()
          .getOut()
          .printf("%d letters in %s; the codes are in the PDF only%n", pages.size(), out);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
