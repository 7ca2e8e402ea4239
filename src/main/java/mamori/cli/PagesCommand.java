package mamori.cli;

import static mamori.cli.LoginCommand.CliUser.as;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.core.Why;
import mamori.handover.Documents;
import mamori.handover.PageSeals;
import mamori.handover.ReturnRefused;
import mamori.handover.Returns;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.log.AdminLog;
import mamori.store.ClockConfiguration;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mamori pages return|unaccounted --tenant T}: the count-back of internal pages as the
 * signed-in user, through the same service as the counter's returns page ({@link Returns}), so the
 * same rules and the same log records.
 */
@Command(
    name = "pages",
    mixinStandardHelpOptions = true,
    description =
        "Internal pages counted back: check printed pages in as filed or shredded; list those not"
            + " accounted for.",
    subcommands = {PagesCommand.Return.class, PagesCommand.Unaccounted.class})
final class PagesCommand implements Runnable {
  static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(Returns.JAPAN);

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori pages --help'");
  }

  static Returns returns(VaultSession s) {
    Clock clock = ClockConfiguration.systemClock();
    var ds = s.store.dataSource();
    return new Returns(
        ds,
        new Documents(ds, new PageSeals(s.keys), new SecurityAlerts(ds, clock), clock),
        new AdminLog(s.logs, clock),
        clock);
  }

  /** Which disposition: exactly one of the two. */
  static final class Disposition {
    @Option(names = "--filed", required = true, description = "The pages were filed.")
    boolean filed;

    @Option(names = "--shredded", required = true, description = "The pages were shredded.")
    boolean shredded;
  }

  @Command(
      name = "return",
      mixinStandardHelpOptions = true,
      description = {
        "Checks internal pages in by their codes (the short code or the QR code's text), each",
        "logged before it is recorded. One line a code: the disposition, the document, the page,",
        "the title; or why it was refused. Exit 1 when any code was refused."
      })
  static final class Return implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Disposition disposition;

    @Parameters(paramLabel = "CODE", arity = "1..500", description = "Page codes.")
    List<String> codes;

    @Override
    public Integer call() {
      Returns.Disposition d =
          disposition.filed ? Returns.Disposition.FILED : Returns.Disposition.SHREDDED;
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      int refused = 0;
      try (VaultSession s = store.session()) {
        Returns returns = returns(s);
        Principal p = as(spec, s, tenant, x -> x);
        for (String code : codes) {
          try {
            Returns.Returned r = returns.checkIn(p, code, d);
            out.printf(
                Locale.ROOT,
                "%-8s  %s page %d/%d  %s%s%n",
                r.disposition().code(),
                r.document().id(),
                r.page(),
                r.document().pages(),
                r.document().title(),
                r.before().isPresent() ? "  (was " + r.before().get().code() + ")" : "");
          } catch (ReturnRefused e) {
            if (e.problem() == ReturnRefused.Problem.NOT_ALLOWED) {
              throw new LoginCommand.CliUser.NotAllowed(e.code() + ": " + e.getMessage());
            }
            refused++;
            err.printf(
                Locale.ROOT,
                "refused   %s: %s: %s%n",
                Why.textFrom(code, 80),
                e.problem().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                e.getMessage());
          }
        }
      }
      out.flush();
      err.flush();
      return refused == 0 ? 0 : 1;
    }
  }

  @Command(
      name = "unaccounted",
      mixinStandardHelpOptions = true,
      description = {
        "The internal pages printed before today (in Japan), or before the day --as-of, that were",
        "neither filed nor shredded, oldest first: printed, document, page, printer, printed by,",
        "title; at most --limit, then the cursor of the next page (--after). For the tenant's",
        "security officer and admin. Exit 1 when there is any."
      })
  static final class Unaccounted implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Option(names = "--limit", paramLabel = "N", description = "At most N (default 100, max 500).")
    int limit = 100;

    @Option(
        names = "--after",
        paramLabel = "CURSOR",
        description = "Go on after this cursor (printed at the end of the page before).")
    String after;

    @Option(
        names = "--as-of",
        paramLabel = "YYYY-MM-DD",
        description =
            "The morning of this day in Japan (default today): the pages printed before it. The"
                + " next morning's list is --as-of tomorrow.")
    String asOf;

    @Override
    public Integer call() {
      if (limit < 1 || limit > Returns.MAX_LIST) {
        throw new ParameterException(spec.commandLine(), "--limit is 1 to " + Returns.MAX_LIST);
      }
      Optional<Returns.After> from;
      try {
        from = after == null ? Optional.empty() : Optional.of(Returns.After.parse(after));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(
            spec.commandLine(), "--after: the cursor is not one this command printed");
      }
      Instant morning;
      if (asOf == null) {
        morning = Returns.startOfDay(ClockConfiguration.systemClock().instant());
      } else {
        try {
          morning = LocalDate.parse(asOf).atStartOfDay(Returns.JAPAN).toInstant();
        } catch (DateTimeParseException e) {
          throw new ParameterException(spec.commandLine(), "--as-of is a day: YYYY-MM-DD");
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      long count;
      try (VaultSession s = store.session()) {
        Principal p = as(spec, s, tenant, x -> x);
        if (!p.controller() || !Returns.READERS.contains(p.role())) {
          throw new LoginCommand.CliUser.NotAllowed(
              "role.not-allowed: only the tenant's security officer or admin lists the pages");
        }
        Returns returns = returns(s);
        count = returns.countUnaccounted(p.tenantId(), morning);
        Returns.Listing page = returns.unaccounted(p.tenantId(), morning, from, limit);
        out.printf(
            Locale.ROOT,
            "%d internal pages not accounted for (printed before %s)%n",
            count,
            MINUTE.format(morning));
        for (Returns.Unaccounted u : page.pages()) {
          out.printf(
              Locale.ROOT,
              "%s  %s  page %d/%d  %s  %s  %s%n",
              MINUTE.format(u.printedAt()),
              u.document(),
              u.page(),
              u.pages(),
              u.printer(),
              u.printedBy().value(),
              u.title());
        }
        if (page.next().isPresent()) {
          out.printf(Locale.ROOT, "more: --after %s%n", page.next().get().text());
        }
      }
      out.flush();
      return count == 0 ? 0 : 1;
    }
  }
}
