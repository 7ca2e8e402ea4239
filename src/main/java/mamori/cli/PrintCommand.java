package mamori.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.access.AccessGate;
import mamori.cli.LoginCommand.CliUser;
import mamori.core.Field;
import mamori.core.NumberText;
import mamori.core.PersonTag;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.entrustment.PersonSet;
import mamori.handover.Documents;
import mamori.handover.PagePdf;
import mamori.handover.PageSeals;
import mamori.handover.Printing;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.portal.ResidentLetters;
import mamori.store.ClockConfiguration;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori print pickup|notice|list}: coded papers printed through the gate (issue 18), as the
 * user signed in with {@code mamori login}. Each person printed is a {@code print} record in the
 * tenant's log before anything of them is revealed; each document is registered with its printer,
 * and every page carries its code.
 */
@Command(
    name = "print",
    mixinStandardHelpOptions = true,
    description =
        "Coded papers: a pickup notice or a notice to one resident, an INTERNAL list of persons.",
    subcommands = {
      PrintCommand.Pickup.class,
      PrintCommand.Notice.class,
      PrintCommand.Listing.class
    })
final class PrintCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori print --help'");
  }

  /** The printer's label when none is given: this host's name, else {@code mamori-cli}. */
  static String hostPrinter() {
    String name;
    try {
      name = java.net.InetAddress.getLocalHost().getHostName();
    } catch (IOException | RuntimeException e) {
      name = "";
    }
    String n = name.strip();
    return n.isEmpty() || n.length() > 100 || NumberText.holdsNumber(n) ? "mamori-cli" : n;
  }

  /** The printing service over the session's store, for the signed-in user's tenant. */
  static Printing printing(VaultSession s, String tenant, Clock clock) {
    AccessGate gate = s.gate(tenant);
    Entrustments entrustments = IncidentsReportCommand.entrustments(s, clock);
    SecurityAlerts alerts = new SecurityAlerts(s.store.dataSource(), clock);
    return new Printing(
        gate,
        documents(s, clock),
        new ResidentLetters(s.store.dataSource(), s.keys, alerts, clock),
        t -> entrustments.organisation(t.value()).map(Organisation::name).orElse(t.value()),
        clock);
  }

  /** The printed documents over the session's store. */
  static Documents documents(VaultSession s, Clock clock) {
    return new Documents(
        s.store.dataSource(),
        new PageSeals(s.keys),
        new SecurityAlerts(s.store.dataSource(), clock),
        clock);
  }

  /**
   * The one line a print prints: the documents (up to ten by id), the pages and the file. A code
   * holds nothing of a person, but the line names documents only.
   */
  static String summary(Printing.Printout out, Path file) {
    List<String> ids = new ArrayList<>();
    for (Documents.Printed p : out.documents()) {
      if (ids.size() == 10) {
        ids.add("and " + (out.documents().size() - 10) + " more");
        break;
      }
      ids.add(p.document().id());
    }
    return String.format(
        Locale.ROOT,
        "%d document%s (%s), %d page%s in %s",
        out.documents().size(),
        out.documents().size() == 1 ? "" : "s",
        String.join(", ", ids),
        out.pages(),
        out.pages() == 1 ? "" : "s",
        file);
  }

  /** The options every print takes (a mixin). */
  static final class Common {
    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Option(names = "--purpose", required = true, paramLabel = "P", description = "The purpose.")
    String purpose;

    @Option(names = "--case", required = true, paramLabel = "C", description = "The case.")
    String caseRef;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF.")
    Path out;

    @Option(
        names = "--printer",
        paramLabel = "NAME",
        description =
            "The printer's label stored with each document, such as 本庁舎2階プリンター"
                + " (default: this host's name, ${DEFAULT-VALUE}).")
    String printer = hostPrinter();

    @Option(
        names = "--font",
        paramLabel = "FILE",
        description = "A TrueType font with Japanese (default: IPAex Gothic).")
    Path font = PagePdf.DEFAULT_FONT;
  }

  /**
   * Runs one print: checks the font, opens the session, signs in the user of the tenant, prints and
   * writes; a person the gate refuses, or bad input, is a usage error with nothing printed.
   */
  interface Work {
    Printing.Printout print(
        VaultSession s, Printing printing, Principal p, Why why, Printing.Press press)
        throws IOException;
  }

  static int run(CommandSpec spec, StoreOptions store, Common c, Work work) throws IOException {
    if (!Files.isReadable(c.font)) {
      throw new ParameterException(
          spec.commandLine(),
          "the papers need a Japanese font at "
              + c.font
              + ": apt-get install fonts-ipaexfont-gothic, or give --font FILE; nothing was printed");
    }
    Why why;
    try {
      why = Why.typed(c.purpose, c.caseRef);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), String.valueOf(e.getMessage()));
    }
    Clock clock = ClockConfiguration.systemClock();
    Printing.Printout out;
    try (VaultSession s = store.session()) {
      Principal p = CliUser.require(s.store, spec, c.tenant);
      try {
        out =
            work.print(
                s, printing(s, c.tenant, clock), p, why, new Printing.Press(c.printer, c.font));
      } catch (Printing.PersonRefused e) {
        throw new ParameterException(spec.commandLine(), e.getMessage() + "; nothing was printed");
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage() + "; nothing was printed");
      }
    }
    out.write(c.out);
    PrintWriter w = spec.commandLine().getOut();
    w.println(summary(out, c.out));
    w.flush();
    return 0;
  }

  static AgencyToken token(CommandSpec spec, String value) {
    try {
      return AgencyToken.parse(value);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--person: " + e.getMessage());
    }
  }

  @Command(
      name = "pickup",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Prints a pickup notice (個人番号カード交付通知書) for one resident: their name and address, the"
            + " city, where to come, what to bring and until when (90 days). One PICKUP document;"
            + " its code opens the handover at the counter. No My Number is printed."
      })
  static final class Pickup implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;
    @Mixin Common common;

    @Option(names = "--person", required = true, paramLabel = "TOKEN")
    String person;

    @Option(
        names = "--place",
        paramLabel = "TEXT",
        description = "Where to come (default: the city's card counter).")
    @Nullable String place;

    @Override
    public Integer call() throws IOException {
      AgencyToken t = token(spec, person);
      return run(
          spec,
          store,
          common,
          (s, printing, p, why, press) ->
              printing.pickup(p, t, why, Optional.ofNullable(place), press));
    }
  }

  @Command(
      name = "notice",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Prints a notice to one resident: the title and text given, as plain text, under their"
            + " name and address. One NOTICE document. A title or text holding a number is"
            + " refused."
      })
  static final class Notice implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;
    @Mixin Common common;

    @Option(names = "--person", required = true, paramLabel = "TOKEN")
    String person;

    @Option(names = "--title", required = true, paramLabel = "TEXT")
    String title;

    @Option(
        names = "--text",
        required = true,
        paramLabel = "TEXT",
        description = "The notice's text; \\n starts a new line.")
    String text;

    @Override
    public Integer call() throws IOException {
      AgencyToken t = token(spec, person);
      return run(
          spec,
          store,
          common,
          (s, printing, p, why, press) ->
              printing.notice(p, t, why, title, text.replace("\\n", "\n"), press));
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Prints a list of persons with the columns chosen, 25 rows a page: one LIST document,"
            + " INTERNAL, marked 内部資料・交付禁止 on every page. Every person is revealed through the"
            + " gate first; one the gate refuses stops the list with nothing printed."
      })
  static final class Listing implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;
    @Mixin Common common;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Who who;

    static final class Who {
      @Option(
          names = "--person",
          required = true,
          split = ",",
          paramLabel = "TOKEN",
          description = "The persons, by token.")
      @Nullable List<String> persons;

      @Option(
          names = "--tag",
          required = true,
          paramLabel = "K=V",
          description = "The persons tagged so (the tenant's own staff).")
      @Nullable String tag;

      @Option(
          names = "--list",
          required = true,
          paramLabel = "ID",
          description = "The members of a list (the tenant's own staff).")
      @Nullable String list;
    }

    @Option(names = "--title", required = true, paramLabel = "TEXT")
    String title;

    @Option(
        names = "--fields",
        required = true,
        split = ",",
        paramLabel = "F,...",
        description =
            "The columns, in order: family-name, given-name, family-name-kana, given-name-kana,"
                + " birth-date, sex, postal-code, address, household-id.")
    List<String> fields;

    @Override
    public Integer call() throws IOException {
      List<Field> columns = new ArrayList<>();
      for (String f : fields) {
        String name = f.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        Optional<Field> field = Field.ofColumn(name);
        if (field.isEmpty() || !Printing.columnNames().contains(name)) {
          throw new ParameterException(
              spec.commandLine(),
              "--fields: a list shows "
                  + String.join(", ", Printing.columnNames()).replace('_', '-')
                  + "; never the number");
        }
        columns.add(field.get());
      }
      List<AgencyToken> named = new ArrayList<>();
      if (who.persons != null) {
        for (String t : who.persons) {
          named.add(token(spec, t));
        }
      }
      return run(
          spec,
          store,
          common,
          (s, printing, p, why, press) -> {
            List<AgencyToken> persons = who.persons != null ? named : members(s, p, why);
            return printing.list(p, persons, why, title, columns, press);
          });
    }

    /**
     * The members of the tag or list named, by the tenant's own tokens, listed through the gate
     * (one {@code list} record a page).
     */
    private List<AgencyToken> members(VaultSession s, Principal p, Why why) {
      if (!p.controller()) {
        throw new ParameterException(
            spec.commandLine(), "--tag and --list are for the tenant's own staff; name --person");
      }
      PersonSet set;
      try {
        set =
            who.tag != null
                ? new PersonSet.Tagged(PersonTag.parse(who.tag))
                : new PersonSet.Listed(java.util.Objects.requireNonNull(who.list).strip());
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--tag: " + e.getMessage());
      }
      if (set instanceof PersonSet.Listed l
          && !s.vault.packagePages().hasList(p.tenantId().value(), l.listId())) {
        throw new ParameterException(spec.commandLine(), "the tenant has no list " + l.listId());
      }
      AccessGate gate = s.gate(p.tenantId().value());
      List<AgencyToken> out = new ArrayList<>();
      Optional<String> after = Optional.empty();
      do {
        AccessGate.Listing page = gate.members(p, why, set, 10_000, after.orElse(null));
        out.addAll(page.tokens());
        after = page.next();
      } while (after.isPresent() && out.size() <= Printing.MAX_LIST);
      if (out.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(), "no one is in that set; nothing was printed");
      }
      return out;
    }
  }
}
