package mamori.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import mamori.entrustment.Purpose;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mamori purposes add|list|change}: a tenant's purposes (事務) with their legal basis and
 * retention rule, with the same rules as the console and {@code /api/v1/purposes}; each change is
 * logged before it is stored.
 */
@Command(
    name = "purposes",
    mixinStandardHelpOptions = true,
    description =
        "Register, list and change a tenant's purposes (事務): legal basis and retention rule.",
    subcommands = {
      PurposesCommand.Add.class,
      PurposesCommand.ListPurposes.class,
      PurposesCommand.Change.class
    })
final class PurposesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori purposes --help'");
  }

  static String print(Purpose p) {
    return String.format(
        "%-28s %3d years from %-44s %s / %s",
        p.id(), p.retention().years(), start(p.retention().from()), p.name(), p.legalBasis());
  }

  static String start(Purpose.Start s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static Purpose.Start start(CommandSpec spec, String text) {
    String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Purpose.Start s : Purpose.Start.values()) {
      if (s.name().equals(t)) {
        return s;
      }
    }
    throw new ParameterException(
        spec.commandLine(),
        "--retention-from is case-closed or after-january-10-following-filing-deadline");
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = "Registers a purpose; logged (purpose.add) first.")
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Option(names = "--id", required = true, paramLabel = "ID")
    String id;

    @Option(names = "--name", required = true, paramLabel = "N")
    String name;

    @Option(
        names = "--legal-basis",
        required = true,
        paramLabel = "TEXT",
        description = "A row of the 番号法 別表, or the municipality's own ordinance.")
    String legalBasis;

    @Option(
        names = "--retention-years",
        required = true,
        paramLabel = "N",
        description = "1 to 100.")
    int years;

    @Option(
        names = "--retention-from",
        required = true,
        paramLabel = "EVENT",
        description = "case-closed or after-january-10-following-filing-deadline.")
    String from;

    @Override
    public Integer call() {
      Purpose.Start s = start(spec, from);
      return OrganisationsCommand.RegistryStore.change(
          spec,
          store,
          tenant,
          (e, caller) ->
              "added "
                  + print(
                      e.addPurpose(
                          new Purpose(
                              tenant, id, name, legalBasis, new Purpose.Retention(years, s)),
                          caller)));
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists a tenant's purposes.")
  static final class ListPurposes implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Override
    public Integer call() {
      List<Purpose> list =
          OrganisationsCommand.RegistryStore.with(
              spec, store, tenant, (e, caller) -> e.purposes(tenant));
      PrintWriter out = spec.commandLine().getOut();
      list.forEach(p -> out.println(print(p)));
      if (list.isEmpty()) {
        out.println("no purposes in " + tenant);
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "change",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = "Changes a purpose; what is not given stays. Logged (purpose.change) first.")
  static final class Change implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(paramLabel = "PURPOSE")
    String id;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Option(names = "--name", paramLabel = "N")
    @Nullable String name;

    @Option(names = "--legal-basis", paramLabel = "TEXT")
    @Nullable String legalBasis;

    @Option(names = "--retention-years", paramLabel = "N")
    @Nullable Integer years;

    @Option(names = "--retention-from", paramLabel = "EVENT")
    @Nullable String from;

    @Override
    public Integer call() {
      Purpose.Start s = from == null ? null : start(spec, from);
      return OrganisationsCommand.RegistryStore.change(
          spec,
          store,
          tenant,
          (e, caller) -> {
            Purpose stored =
                e.purposes(tenant).stream()
                    .filter(p -> p.id().equals(id))
                    .findFirst()
                    .orElse(
                        new Purpose(
                            tenant,
                            id,
                            "-",
                            "-",
                            new Purpose.Retention(1, Purpose.Start.CASE_CLOSED)));
            Purpose changed =
                stored.with(
                    name == null ? stored.name() : name,
                    legalBasis == null ? stored.legalBasis() : legalBasis,
                    // what goes at the end and the rule's source stay as stored
                    new Purpose.Retention(
                        years == null ? stored.retention().years() : years,
                        s == null ? stored.retention().from() : s,
                        stored.retention().disposal(),
                        stored.retention().source()));
            return "changed " + print(e.changePurpose(changed, caller));
          });
    }
  }
}
