package mamori.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import mamori.core.Network;
import mamori.entrustment.Caller;
import mamori.entrustment.EntrustmentException;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.identity.Principal;
import mamori.log.TransparencyLogs;
import mamori.store.ClockConfiguration;
import mamori.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mamori organisations add|list|change}: a tenant's contractors and subcontractors, with the
 * same rules as the console and {@code /api/v1/organisations}; each change is logged before it is
 * stored.
 */
@Command(
    name = "organisations",
    mixinStandardHelpOptions = true,
    description =
        "Register, list and change a tenant's contractors and subcontractors: corporate number,"
            + " address, country of the work and the networks their people work from.",
    subcommands = {
      OrganisationsCommand.Add.class,
      OrganisationsCommand.ListOrganisations.class,
      OrganisationsCommand.Change.class
    })
final class OrganisationsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori organisations --help'");
  }

  static void print(PrintWriter out, Organisation o) {
    out.printf(
        "%-20s %-13s %-16s %s%s  %s  [%s]%s%n",
        o.id(),
        o.kind().name().toLowerCase(Locale.ROOT),
        o.corporateNumber() == null ? "-" : o.corporateNumber().masked(),
        o.country(),
        o.abroad() ? " (WORK ABROAD)" : "",
        o.name(),
        String.join(" ", o.networks().stream().map(Network::toString).toList()),
        o.parent() == null ? "" : " under " + o.parent());
  }

  static List<Network> networks(List<String> given) {
    List<Network> out = new ArrayList<>();
    for (String g : given) {
      out.addAll(Organisation.networks(g));
    }
    return out;
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = "Registers a contractor or subcontractor; logged (organisation.add) first.")
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
        names = "--kind",
        required = true,
        paramLabel = "K",
        description = "contractor or subcontractor.")
    String kind;

    @Option(
        names = "--corporate-number",
        required = true,
        paramLabel = "N",
        description = "The 法人番号: 13 digits, checked with its check digit.")
    String corporateNumber;

    @Option(names = "--address", required = true, paramLabel = "A")
    String address;

    @Option(
        names = "--country",
        defaultValue = "JP",
        paramLabel = "CC",
        description = "Where the work is done, ISO 3166-1 alpha-2 (default JP).")
    String country;

    @Option(
        names = "--network",
        paramLabel = "CIDR",
        description =
            "A network its people work from; repeat for more. Without one they work from nowhere.")
    List<String> networks = new ArrayList<>();

    @Option(
        names = "--parent",
        paramLabel = "ORG",
        description = "For a subcontractor, the contractor it works under.")
    @Nullable String parent;

    @Override
    public Integer call() {
      Organisation.Kind k =
          switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "contractor" -> Organisation.Kind.CONTRACTOR;
            case "subcontractor" -> Organisation.Kind.SUBCONTRACTOR;
            default ->
                throw new ParameterException(
                    spec.commandLine(), "--kind is contractor or subcontractor");
          };
      return RegistryStore.change(
          spec,
          store,
          tenant,
          (e, caller) -> {
            Organisation added =
                e.addOrganisation(
                    new Organisation(
                        id,
                        name,
                        k,
                        tenant,
                        Organisation.corporateNumber(corporateNumber),
                        address,
                        country.strip().toUpperCase(Locale.ROOT),
                        networks(networks),
                        parent),
                    caller);
            java.io.StringWriter w = new java.io.StringWriter();
            w.write("added ");
            print(new PrintWriter(w, true), added);
            return w.toString().stripTrailing();
          });
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists a tenant's organisations, the tenant first; corporate numbers masked.")
  static final class ListOrganisations implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Override
    public Integer call() {
      List<Organisation> list =
          RegistryStore.with(spec, store, tenant, (e, caller) -> e.organisations(tenant));
      PrintWriter out = spec.commandLine().getOut();
      list.forEach(o -> print(out, o));
      if (list.isEmpty()) {
        out.println("no organisations in " + tenant);
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "change",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description =
          "Changes an organisation's details; what is not given stays. Logged (organisation.change)"
              + " first.")
  static final class Change implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(paramLabel = "ORG")
    String id;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Option(names = "--name", paramLabel = "N")
    @Nullable String name;

    @Option(names = "--corporate-number", paramLabel = "N")
    @Nullable String corporateNumber;

    @Option(names = "--address", paramLabel = "A")
    @Nullable String address;

    @Option(names = "--country", paramLabel = "CC")
    @Nullable String country;

    @Option(
        names = "--network",
        paramLabel = "CIDR",
        description = "Replaces every network with those given; repeat for more.")
    @Nullable List<String> networks;

    @Option(names = "--no-networks", description = "Removes every network: its people stop.")
    boolean noNetworks;

    private mamori.number.CorporateNumber corporate(String text) {
      try {
        return Organisation.corporateNumber(text);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--corporate-number: " + e.getMessage());
      }
    }

    @Override
    public Integer call() {
      if (noNetworks && networks != null) {
        throw new ParameterException(
            spec.commandLine(), "--network and --no-networks exclude each other");
      }
      var number = corporateNumber == null ? null : corporate(corporateNumber);
      return RegistryStore.change(
          spec,
          store,
          tenant,
          (e, caller) -> {
            List<Network> nets =
                noNetworks ? List.of() : networks == null ? null : networks(networks);
            Organisation changed =
                e.changeOrganisation(
                    id,
                    o ->
                        o.withDetails(
                            name == null ? o.name() : name,
                            number == null ? o.corporateNumber() : number,
                            address == null ? o.address() : address,
                            country == null
                                ? o.country()
                                : country.strip().toUpperCase(Locale.ROOT),
                            nets == null ? o.networks() : nets),
                    caller);
            java.io.StringWriter w = new java.io.StringWriter();
            w.write("changed ");
            print(new PrintWriter(w, true), changed);
            return w.toString().stripTrailing();
          });
    }
  }

  /**
   * What {@code mamori organisations} and {@code mamori purposes} share: the registry of a store
   * with its tenants' logs, so that every change is logged before it is stored, as on the console
   * and the API. A refused value is a usage error (exit 2); a refused change is said on standard
   * error with its reason code (exit 1).
   */
  static final class RegistryStore {
    private RegistryStore() {}

    /** The outcome of a change: 0 done, 1 refused. */
    static int change(
        CommandSpec spec,
        StoreOptions options,
        String tenant,
        BiFunction<Entrustments, Caller, String> work) {
      try {
        String said = with(spec, options, tenant, work);
        PrintWriter out = spec.commandLine().getOut();
        out.println(said);
        out.flush();
        return 0;
      } catch (EntrustmentException refused) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(
            "mamori: refused: "
                + mamori.number.Masking.maskNumbers(String.valueOf(refused.getMessage())));
        err.flush();
        return 1;
      }
    }

    /**
     * Runs {@code work} as the signed-in user ({@code mamori login}), who must belong to {@code
     * tenant}; the registry's own rules then decide what their role may do.
     */
    static <T> T with(
        CommandSpec spec,
        StoreOptions options,
        String tenant,
        BiFunction<Entrustments, Caller, T> work) {
      var clock = ClockConfiguration.systemClock();
      try (Store store = Store.open(options.location());
          TransparencyLogs logs =
              new TransparencyLogs(
                  store.dataSource(),
                  mamori.crypto.SigningKeys.in(options.keyFolder()),
                  TransparencyLogs.DEFAULT_ORIGIN_PREFIX,
                  clock);
          Entrustments entrustments =
              new Entrustments(
                  store.dataSource(),
                  logs,
                  e -> {},
                  mamori.entrustment.StaffDirectory.NONE,
                  clock)) {
        Principal p = LoginCommand.CliUser.require(store, spec, tenant);
        return work.apply(
            entrustments, new Caller(p.userId().value(), p.organisationId().value(), p.role()));
      } catch (EntrustmentException refused) {
        throw refused;
      } catch (IllegalArgumentException e) {
        throw new ParameterException(
            spec.commandLine(), mamori.number.Masking.maskNumbers(String.valueOf(e.getMessage())));
      }
    }
  }
}
