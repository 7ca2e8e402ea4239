package mamori.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.cli.LoginCommand.CliUser;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.entrustment.Organisation;
import mamori.handover.PrintJob;
import mamori.handover.Printing;
import mamori.identity.Principal;
import mamori.incident.IncidentNotices;
import mamori.portal.LetterPdf;
import mamori.portal.ResidentLetters;
import mamori.store.ClockConfiguration;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori incidents notify}: tells every affected person of an incident, in the resident
 * portal (the security officer), or prints their letters (the tenant's staff, {@code --letters}).
 */
@Command(
    name = "notify",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Notifies every affected person of an incident in the resident portal, once each (the"
          + " security officer); each notice is logged naming the person, so it is in their own"
          + " history.",
      "With --letters FILE, the tenant's staff print the letters instead: one A4 page per person in"
          + " Japanese, names and addresses read through the gate (logged as print under"
          + " resident-portal-letters), each letter its own NOTICE document coded for its person"
          + " on every page; no My Number is printed."
    })
final class IncidentsNotifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(names = "--tenant", required = true, paramLabel = "T")
  String tenant;

  @Option(names = "--incident", required = true, paramLabel = "I")
  String incident;

  @Option(names = "--letters", paramLabel = "FILE", description = "Print the letters to FILE.")
  @Nullable Path letters;

  @Option(names = "--font", paramLabel = "FILE", description = "A TrueType font with Japanese.")
  Path font = LetterPdf.DEFAULT_FONT;

  @Option(
      names = "--printer",
      paramLabel = "NAME",
      description =
          "With --letters: the printer's label stored with each letter (default: this host's"
              + " name, ${DEFAULT-VALUE}).")
  String printer = PrintCommand.hostPrinter();

  @Override
  public Integer call() throws Exception {
    Clock clock = ClockConfiguration.systemClock();
    var out = spec.commandLine().getOut();
    try (VaultSession s = store.session()) {
      Principal p = CliUser.require(s.store, spec, tenant);
      IncidentNotices notices = new IncidentNotices(s.store.dataSource(), s.logs, clock);
      if (letters == null) {
        IncidentNotices.Notified n = notices.notifyAll(p, incident);
        out.printf(
            "%s: %d newly notified in the portal; %d of %d affected notified in the portal, %d"
                + " by letter%n",
            incident, n.newly(), n.counts().portal(), n.counts().affected(), n.counts().letter());
      } else {
        var gate = s.gate(tenant);
        Map<Field, Mask> fields = new EnumMap<>(Field.class);
        for (Field f :
            List.of(Field.FAMILY_NAME, Field.GIVEN_NAME, Field.POSTAL_CODE, Field.ADDRESS)) {
          fields.put(f, Mask.NONE);
        }
        Why why = new Why(ResidentLetters.PURPOSE, Why.caseFrom("incident-" + incident));
        String city =
            IncidentsReportCommand.entrustments(s, clock)
                .organisation(tenant)
                .map(Organisation::name)
                .orElse(tenant);
        Printing.Press press;
        try {
          press = new Printing.Press(printer, font);
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), "--printer: " + e.getMessage());
        }
        Printing.Printout printed;
        try (PrintJob job = PrintCommand.printing(s, tenant, clock).job(p, why, press)) {
          notices.letters(
              p,
              incident,
              city,
              t -> gate.printAddressed(p, new AgencyToken(t.value()), why, fields).values(),
              job,
              LocalDate.now(clock.withZone(IncidentNotices.TOKYO)));
          printed = job.printout();
        }
        // names and addresses: owner-only from the moment the file exists
        printed.write(letters);
        out.printf("letters of %s: %s%n", incident, PrintCommand.summary(printed, letters));
      }
      out.flush();
    }
    return 0;
  }
}
