package mamori.cli;

import static mamori.cli.LoginCommand.CliUser.as;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.access.AccessGate;
import mamori.core.PersonTag;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.entrustment.PersonSet;
import mamori.entrustment.Purpose;
import mamori.identity.Principal;
import mamori.retention.DeletionRecords;
import mamori.retention.Model;
import mamori.retention.Retentions;
import mamori.terminal.Progress;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mamori retention ...}: bases, rules, holds, standing approvals and deletion runs, as the
 * user signed in with {@code mamori login}, through the same service as the console ({@link
 * Retentions}), so the same rules and the same log records.
 */
@Command(
    name = "retention",
    mixinStandardHelpOptions = true,
    description =
        "Retention: record when a purpose's period starts, hold persons, propose, approve and run"
            + " deletions, and read their records (tokens, never numbers).",
    subcommands = {
      RetentionCommand.Status.class,
      RetentionCommand.Basis.class,
      RetentionCommand.Rule.class,
      RetentionCommand.Propose.class,
      RetentionCommand.Approve.class,
      RetentionCommand.Cancel.class,
      RetentionCommand.StandingCmd.class,
      RetentionCommand.RunCmd.class,
      RetentionCommand.HoldCmd.class,
      RetentionCommand.Lift.class,
      RetentionCommand.Records.class,
      RetentionCertificateCommand.class
    })
final class RetentionCommand implements Runnable {
  static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(Retentions.JAPAN);

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori retention --help'");
  }

  /**
   * A day as typed: YYYY-MM-DD, full-width digits and hyphens read as ASCII (NFKC), slashes as
   * hyphens.
   */
  static LocalDate day(CommandSpec spec, String option, String typed) {
    String t = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().replace('/', '-');
    t = t.replace('\u2010', '-').replace('\u2212', '-').replace('\u30fc', '-');
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(),
          option
              + " is a day, YYYY-MM-DD (full-width digits are read as digits), not "
              + Why.textFrom(typed, 20));
    }
  }

  static AgencyToken token(CommandSpec spec, String where, String typed) {
    try {
      return AgencyToken.parse(typed);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), where + ": " + e.getMessage());
    }
  }

  /** Who a command names: tokens, a tag, a list, or a file of tokens (one a line). */
  static final class Persons {
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
        description = "The persons tagged so (listed through the gate: the tenant's own staff).")
    @Nullable String tag;

    @Option(
        names = "--list",
        required = true,
        paramLabel = "ID",
        description = "The members of a list (listed through the gate: the tenant's own staff).")
    @Nullable String list;

    @Option(
        names = "--tokens-file",
        required = true,
        paramLabel = "FILE",
        description = "A file of tokens, one a line.")
    @Nullable Path file;

    /** The tenant's own tokens named; a tag or list is listed through the gate for {@code why}. */
    List<AgencyToken> resolve(CommandSpec spec, VaultSession s, Principal p, Why why) {
      List<AgencyToken> out = new ArrayList<>();
      if (persons != null) {
        for (String t : persons) {
          out.add(token(spec, "--person", t));
        }
        return out;
      }
      if (file != null) {
        List<String> lines = lines(spec, file);
        for (int i = 0; i < lines.size(); i++) {
          String l = lines.get(i).strip();
          if (!l.isEmpty() && !l.startsWith("#")) {
            out.add(token(spec, "line " + (i + 1), l));
          }
        }
        return out;
      }
      PersonSet set;
      try {
        set =
            tag != null
                ? new PersonSet.Tagged(PersonTag.parse(tag))
                : new PersonSet.Listed(java.util.Objects.requireNonNull(list).strip());
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--tag: " + e.getMessage());
      }
      AccessGate gate = s.gate(p.tenantId().value());
      Optional<String> after = Optional.empty();
      do {
        AccessGate.Listing page = gate.members(p, why, set, 10_000, after.orElse(null));
        out.addAll(page.tokens());
        after = page.next();
      } while (after.isPresent());
      return out;
    }
  }

  /**
   * A file's lines, read as UTF-8: a leading byte order mark (Excel's "CSV UTF-8") is dropped, and
   * a line that is not UTF-8 (a Shift_JIS file, say) is refused by its number.
   */
  static List<String> lines(CommandSpec spec, Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ParameterException(
          spec.commandLine(), "cannot read " + file + ": " + e.getMessage());
    }
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    List<String> out = new ArrayList<>();
    java.nio.charset.CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    int from = start;
    while (from < bytes.length) {
      int end = from;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      int to = end > from && bytes[end - 1] == '\r' ? end - 1 : end;
      try {
        out.add(utf8.decode(java.nio.ByteBuffer.wrap(bytes, from, to - from)).toString());
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new ParameterException(
            spec.commandLine(),
            file
                + ": line "
                + (out.size() + 1)
                + " is not UTF-8 text (a Shift_JIS file? save it as \"CSV UTF-8\")");
      }
      from = end + 1;
    }
    return out;
  }

  static String run(Model.Run r) {
    return String.format(
        Locale.ROOT,
        "%s  as of %s  %-9s  %d persons: %d whole, %d number only, %d kept  proposed by %s%s%s",
        r.id(),
        r.asOf(),
        r.state().name().toLowerCase(Locale.ROOT),
        r.persons(),
        r.whole(),
        r.numberOnly(),
        r.kept(),
        r.proposedBy().value(),
        r.approvedBy().map(u -> "  approved by " + u.value()).orElse(""),
        r.standing() ? " (standing)" : "");
  }

  static String hold(Model.Hold h) {
    return String.format(
        Locale.ROOT,
        "%s  %-11s  %s  %d persons  placed by %s %s%s  %s",
        h.id(),
        h.kind().code(),
        h.reference(),
        h.persons(),
        h.placedBy().value(),
        MINUTE.format(h.placedAt()),
        h.liftedAt().map(t -> "  lifted " + MINUTE.format(t)).orElse(""),
        h.reason());
  }

  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description =
          "Bases, persons due today, active holds, standing approvals and the latest runs (the"
              + " tenant's security officer, admin and auditor).")
  static final class Status implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession s = store.session()) {
        Model.Status st = as(spec, s, tenant, p -> s.retentions(tenant).status(p));
        out.printf(
            Locale.ROOT,
            "%d bases (%d open cases); %d persons due today%n",
            st.bases(),
            st.openCases(),
            st.dueToday());
        out.printf(Locale.ROOT, "%d active holds%n", st.activeHolds().size());
        st.activeHolds().forEach(h -> out.println("  " + hold(h)));
        for (Model.Standing x : st.standing()) {
          out.printf(
              Locale.ROOT,
              "standing approval: %s by %s %s%n",
              x.purpose(),
              x.approvedBy().value(),
              MINUTE.format(x.approvedAt()));
        }
        st.runs().forEach(r -> out.println(run(r)));
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "basis",
      mixinStandardHelpOptions = true,
      description = {
        "Records the event a purpose's period runs from (the case closed, the filing deadline),",
        "or that the case is open (kept indefinitely): for persons by --person, --tag, --list",
        "or --tokens-file with --purpose and --event (a day or 'open'), or from a CSV file of",
        "token,purpose,event lines. A day after today (Japan) is refused and nothing is stored."
      })
  static final class Basis implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    @Nullable Persons who;

    @Option(names = "--file", paramLabel = "CSV", description = "Lines token,purpose,event.")
    @Nullable Path csv;

    @Option(names = "--purpose", paramLabel = "P", description = "The purpose (with the persons).")
    @Nullable String purpose;

    @Option(
        names = "--event",
        paramLabel = "YYYY-MM-DD|open",
        description = "The day the period runs from, or 'open' (with the persons).")
    @Nullable String event;

    @Option(
        names = "--case",
        paramLabel = "CASE",
        description = "The case a tag or list is listed under (default retention-basis).")
    String caseRef = "retention-basis";

    @Override
    public Integer call() {
      if ((csv == null) == (who == null)) {
        throw new ParameterException(
            spec.commandLine(),
            "name the persons (--person, --tag, --list, --tokens-file) or --file");
      }
      if (who != null && (purpose == null || event == null)) {
        throw new ParameterException(
            spec.commandLine(), "--purpose and --event go with the persons named");
      }
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession s = store.session()) {
        Retentions r = s.retentions(tenant);
        Model.BasisReport report =
            as(
                spec,
                s,
                tenant,
                p -> {
                  List<Model.BasisEntry> entries = new ArrayList<>();
                  if (csv != null) {
                    entries.addAll(csvEntries(csv));
                  } else {
                    String pur = java.util.Objects.requireNonNull(purpose).strip();
                    Optional<LocalDate> ev =
                        event(java.util.Objects.requireNonNull(event), "--event");
                    Why why;
                    try {
                      why = Why.typed(pur, caseRef);
                    } catch (Why.Invalid e) {
                      throw new ParameterException(spec.commandLine(), e.getMessage());
                    }
                    for (AgencyToken t :
                        java.util.Objects.requireNonNull(who).resolve(spec, s, p, why)) {
                      entries.add(new Model.BasisEntry(t, pur, ev));
                    }
                  }
                  return r.recordBases(p, entries);
                });
        out.printf(
            Locale.ROOT,
            "recorded %d bases: %d closed, %d open%n",
            report.recorded(),
            report.closed(),
            report.open());
      }
      out.flush();
      return 0;
    }

    private Optional<LocalDate> event(String typed, String where) {
      String t = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
      return t.equals("open") ? Optional.empty() : Optional.of(day(spec, where, typed));
    }

    private List<Model.BasisEntry> csvEntries(Path file) {
      List<String> lines = lines(spec, file);
      List<Model.BasisEntry> out = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i).strip();
        if (l.isEmpty()
            || l.startsWith("#")
            || (i == 0 && l.toLowerCase(Locale.ROOT).startsWith("token"))) {
          continue;
        }
        String[] cols = l.split(",", -1);
        if (cols.length != 3) {
          throw new ParameterException(
              spec.commandLine(), "line " + (i + 1) + ": a line is token,purpose,event");
        }
        out.add(
            new Model.BasisEntry(
                token(spec, "line " + (i + 1), cols[0]),
                cols[1].strip(),
                event(cols[2], "line " + (i + 1) + ": the event")));
      }
      return out;
    }
  }

  @Command(
      name = "rule",
      mixinStandardHelpOptions = true,
      description = {
        "Changes a purpose's retention rule (through the purposes' registry, logged as",
        "purpose.change). A rule that makes every person with a basis under the purpose due",
        "today is refused unless confirmed twice: --confirm and --confirm-count N, N the count",
        "the refusal shows."
      })
  static final class Rule implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Option(names = "--purpose", required = true, paramLabel = "P")
    String purpose;

    @Option(names = "--years", required = true, paramLabel = "N", description = "1 to 100.")
    int years;

    @Option(
        names = "--from",
        required = true,
        paramLabel = "EVENT",
        description = "case-closed or filing-deadline.")
    String from;

    @Option(
        names = "--disposal",
        required = true,
        paramLabel = "WHAT",
        description = "record (the whole record) or number (the number only).")
    String disposal;

    @Option(
        names = "--source",
        required = true,
        paramLabel = "TEXT",
        description = "Where the rule comes from.")
    String source;

    @Option(names = "--confirm", description = "The first confirmation.")
    boolean confirm;

    @Option(
        names = "--confirm-count",
        paramLabel = "N",
        description = "The second: the count shown.")
    long count = -1;

    @Override
    public Integer call() {
      Purpose.Start start =
          switch (from.strip().toLowerCase(Locale.ROOT)) {
            case "case-closed" -> Purpose.Start.CASE_CLOSED;
            case "filing-deadline" -> Purpose.Start.AFTER_JANUARY_10_FOLLOWING_FILING_DEADLINE;
            default ->
                throw new ParameterException(
                    spec.commandLine(), "--from is case-closed or filing-deadline");
          };
      Purpose.Disposal d =
          switch (disposal.strip().toLowerCase(Locale.ROOT)) {
            case "record" -> Purpose.Disposal.RECORD;
            case "number" -> Purpose.Disposal.NUMBER;
            default ->
                throw new ParameterException(spec.commandLine(), "--disposal is record or number");
          };
      Purpose.Retention rule;
      try {
        rule = new Purpose.Retention(years, start, d, source.strip());
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession s = store.session()) {
        Purpose p =
            as(
                spec,
                s,
                tenant,
                x ->
                    s.retentions(tenant)
                        .changeRule(
                            x, purpose.strip(), rule, new Model.Confirmation(confirm, count)));
        out.printf(
            Locale.ROOT,
            "changed %s: %d years from %s, then %s%n",
            p.id(),
            p.retention().years(),
            from.strip().toLowerCase(Locale.ROOT),
            d.name().toLowerCase(Locale.ROOT));
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "propose",
      mixinStandardHelpOptions = true,
      description = {
        "Proposes a run of the persons due as of today (or --as-of a past day, to catch up):",
        "every basis ended, not held, not erased, not listed by another open run. Exit 1 when",
        "no one is due."
      })
  static final class Propose implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Option(
        names = "--as-of",
        paramLabel = "YYYY-MM-DD",
        description = "A past day (default today).")
    @Nullable String asOf;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession s = store.session()) {
        Retentions r = s.retentions(tenant);
        LocalDate day = asOf == null ? r.today() : day(spec, "--as-of", asOf);
        Optional<Model.Run> run = as(spec, s, tenant, p -> r.propose(p, day));
        if (run.isEmpty()) {
          out.printf(Locale.ROOT, "no one is due as of %s%n", day);
          out.flush();
          return 1;
        }
        out.println(run(run.get()));
        if (!run.get().everyoneOf().isEmpty()) {
          out.printf(
              Locale.ROOT,
              "the run deletes every person of %s: approving needs --confirm --confirm-count %d%n",
              String.join(", ", run.get().everyoneOf()),
              run.get().persons());
        }
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "approve",
      mixinStandardHelpOptions = true,
      description = {
        "Approves a proposed run (the security officer, not its proposer). A run that deletes",
        "every person of a purpose needs --confirm and --confirm-count N (its person count)."
      })
  static final class Approve implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Parameters(paramLabel = "RUN")
    String runId;

    @Option(names = "--confirm", description = "The first confirmation.")
    boolean confirm;

    @Option(
        names = "--confirm-count",
        paramLabel = "N",
        description = "The second: the count shown.")
    long count = -1;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession s = store.session()) {
        Model.Run r =
            as(
                spec,
                s,
                tenant,
                p ->
                    s.retentions(tenant).approve(p, runId, new Model.Confirmation(confirm, count)));
        out.println(run(r));
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "cancel",
      mixinStandardHelpOptions = true,
      description = "Cancels a run not finished (the officer or admin); no one more is erased.")
  static final class Cancel implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Parameters(paramLabel = "RUN")
    String runId;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession s = store.session()) {
        out.println(run(as(spec, s, tenant, p -> s.retentions(tenant).cancel(p, runId))));
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "standing",
      mixinStandardHelpOptions = true,
      description = {
        "Gives (--give) or withdraws (--withdraw) a standing approval of a purpose's deletions",
        "(the security officer); with neither, lists them."
      })
  static final class StandingCmd implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Option(names = "--give", paramLabel = "P", description = "Give one to purpose P.")
    @Nullable String give;

    @Option(names = "--withdraw", paramLabel = "P", description = "Withdraw purpose P's.")
    @Nullable String withdraw;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession s = store.session()) {
        Retentions r = s.retentions(tenant);
        String give = this.give;
        String withdraw = this.withdraw;
        if (give != null) {
          Model.Standing x = as(spec, s, tenant, p -> r.giveStanding(p, give.strip()));
          out.printf(Locale.ROOT, "standing approval given: %s%n", x.purpose());
        } else if (withdraw != null) {
          boolean had = as(spec, s, tenant, p -> r.withdrawStanding(p, withdraw.strip()));
          out.printf(
              Locale.ROOT,
              had ? "standing approval withdrawn: %s%n" : "%s had no standing approval%n",
              withdraw.strip());
        } else {
          for (Model.Standing x : as(spec, s, tenant, r::standing)) {
            out.printf(
                Locale.ROOT,
                "%s  by %s  %s%n",
                x.purpose(),
                x.approvedBy().value(),
                MINUTE.format(x.approvedAt()));
          }
        }
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description = {
        "Runs an approved run, or resumes one that stopped, to its end: batches of persons",
        "erased through the vault (each an erase record naming the token), with a progress bar",
        "on a terminal. Killed, it is run again and goes on where it stopped."
      })
  static final class RunCmd implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Parameters(paramLabel = "RUN")
    String runId;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession s = store.session()) {
        Retentions r = s.retentions(tenant);
        Model.Run total = as(spec, s, tenant, p -> r.run(p, runId));
        Model.Run done;
        try (Progress.Bar bar = Progress.open("persons", total.persons())) {
          done = as(spec, s, tenant, p -> r.run(p, runId, (n, all) -> bar.accept(n)));
        }
        out.println(run(done));
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "hold",
      mixinStandardHelpOptions = true,
      description = {
        "Places a legal hold on persons (the officer or admin): never proposed or erased while",
        "it is active. Without persons, lists the holds (--all: lifted ones too)."
      })
  static final class HoldCmd implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    @Nullable Persons who;

    @Option(names = "--kind", paramLabel = "KIND", description = "incident, court-order or audit.")
    @Nullable String kind;

    @Option(
        names = "--reference",
        paramLabel = "REF",
        description = "An incident id, a case number.")
    @Nullable String reference;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, in a sentence.")
    @Nullable String reason;

    @Option(
        names = "--purpose",
        paramLabel = "P",
        description = "The purpose a tag or list is listed under (with --tag or --list).")
    @Nullable String purpose;

    @Option(names = "--all", description = "List lifted holds too.")
    boolean all;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession s = store.session()) {
        Retentions r = s.retentions(tenant);
        if (who == null) {
          as(spec, s, tenant, p -> r.holds(p, !all)).forEach(h -> out.println(hold(h)));
          out.flush();
          return 0;
        }
        if (kind == null || reference == null || reason == null) {
          throw new ParameterException(
              spec.commandLine(), "a hold needs --kind, --reference and --reason");
        }
        Model.HoldKind k;
        try {
          k = Model.HoldKind.parse(kind);
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), "--kind: " + e.getMessage());
        }
        Persons named = who;
        String ref = reference;
        String why0 = reason;
        Model.Hold h =
            as(
                spec,
                s,
                tenant,
                p -> {
                  Why why = Why.NONE;
                  if (named.tag != null || named.list != null) {
                    if (purpose == null) {
                      throw new ParameterException(
                          spec.commandLine(), "--tag and --list are listed under a --purpose");
                    }
                    try {
                      why = Why.typed(purpose, "hold " + ref);
                    } catch (Why.Invalid e) {
                      throw new ParameterException(spec.commandLine(), e.getMessage());
                    }
                  }
                  return r.placeHold(p, k, ref, why0, named.resolve(spec, s, p, why));
                });
        out.println(hold(h));
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "lift",
      mixinStandardHelpOptions = true,
      description = "Lifts an active hold (the officer or admin).")
  static final class Lift implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Parameters(paramLabel = "HOLD")
    String holdId;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession s = store.session()) {
        out.println(hold(as(spec, s, tenant, p -> s.retentions(tenant).liftHold(p, holdId))));
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "records",
      mixinStandardHelpOptions = true,
      description = {
        "A run's persons and, once done, their deletion records: token, purposes, disposal,",
        "state, reason kept, when (tokens only, never a number); at most --limit, then the",
        "cursor of the next page (--after). Or a person's own deletion records (--person)."
      })
  static final class Records implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Option(names = "--run", paramLabel = "RUN")
    @Nullable String runId;

    @Option(names = "--person", paramLabel = "TOKEN", description = "A person's deletions.")
    @Nullable String person;

    @Option(names = "--limit", paramLabel = "N", description = "At most N (default 100, max 1000).")
    int limit = 100;

    @Option(names = "--after", paramLabel = "CURSOR")
    @Nullable String after;

    @Override
    public Integer call() {
      if ((runId == null) == (person == null)) {
        throw new ParameterException(spec.commandLine(), "name --run or --person");
      }
      if (limit < 1 || limit > Retentions.MAX_PAGE) {
        throw new ParameterException(spec.commandLine(), "--limit is 1 to " + Retentions.MAX_PAGE);
      }
      long from = Long.MIN_VALUE;
      if (after != null) {
        try {
          from = Long.parseLong(after.strip(), 36);
        } catch (NumberFormatException e) {
          throw new ParameterException(
              spec.commandLine(), "--after: the cursor is not one this command printed");
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession s = store.session()) {
        Retentions r = s.retentions(tenant);
        if (person != null) {
          AgencyToken t = token(spec, "--person", person);
          List<DeletionRecords.Deletion> ds = as(spec, s, tenant, p -> r.deletions(p, t));
          for (DeletionRecords.Deletion d : ds) {
            out.printf(
                Locale.ROOT,
                "%s  run %s  %s  %s%n",
                MINUTE.format(d.doneAt()),
                d.runId(),
                d.disposal().name().toLowerCase(Locale.ROOT),
                String.join(",", d.purposes()));
          }
          out.flush();
          return ds.isEmpty() ? 1 : 0;
        }
        long start = from;
        Model.RunPage page =
            as(
                spec,
                s,
                tenant,
                p -> r.records(p, java.util.Objects.requireNonNull(runId), start, limit));
        for (Model.RunPerson x : page.persons()) {
          out.printf(
              Locale.ROOT,
              "%s  %-7s  %-6s  %s%s  %s%n",
              x.token().value(),
              x.state(),
              x.disposal().name().toLowerCase(Locale.ROOT),
              String.join(",", x.purposes()),
              x.keptReason().map(k -> " (" + k + ")").orElse(""),
              x.doneAt().map(MINUTE::format).orElse(""));
        }
        if (page.next().isPresent()) {
          out.printf(Locale.ROOT, "more: --after %s%n", Long.toString(page.next().getAsLong(), 36));
        }
      }
      out.flush();
      return 0;
    }
  }
}
