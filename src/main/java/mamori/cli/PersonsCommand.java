package mamori.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.OrganisationId;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.VaultSession;
import mamori.crypto.AgencyToken;
import mamori.number.IndividualNumber;
import mamori.number.InvalidNumberException;
import mamori.number.Masking;
import mamori.vault.Actor;
import mamori.vault.PersonVersion;
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
 * {@code mamori persons ...}: the controller's own staff at the command line. Every command names the
 * purpose and the case, and is in the tenant's log before it answers; persons are named by their token.
 */
@Command(name = "persons", mixinStandardHelpOptions = true,
    description = "Find, reveal and erase persons in a tenant's vault; every step is logged first.",
    subcommands = {PersonsCommand.Find.class, PersonsCommand.Show.class, PersonsCommand.History.class,
        PersonsCommand.Erase.class})
final class PersonsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'mamori persons --help'");
  }

  /** The options every persons command takes: where, which tenant, why. */
  static final class Access {
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T") String tenant;

    @Option(names = "--purpose", required = true, paramLabel = "P",
        description = "The purpose (事務) of this access, e.g. resident-tax.") String purpose;

    @Option(names = "--case", required = true, paramLabel = "C",
        description = "The case this access belongs to, e.g. 2026-0123.") String caseRef;

    Actor actor(CommandSpec spec) {
      if (!TenantId.isValid(tenant)) {
        throw new ParameterException(spec.commandLine(), "--tenant is 1 to 64 of a-z, 0-9 and '-'");
      }
      for (String value : List.of(purpose, caseRef)) {
        if (value.isBlank() || value.length() > 200 || Masking.holdsIndividualNumber(value)) {
          throw new ParameterException(spec.commandLine(),
              "--purpose and --case are 1 to 200 characters and never hold a My Number");
        }
      }
      return new Actor(UserId.commandLine(System.getProperty("user.name", "unknown")), new OrganisationId(tenant),
          List.of(), why());
    }

    /** The purpose and case given; check them with {@link #actor} first. */
    Why why() {
      return new Why(purpose, caseRef);
    }
  }

  static AgencyToken token(CommandSpec spec, String typed) {
    try {
      return AgencyToken.parse(typed);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--token: " + e.getMessage());
    }
  }

  @Command(name = "find", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Prints the token of the person with a My Number, or of the persons with a name",
          "and birth date. Exit 1 when none is found."})
  static final class Find implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Access access;
    @ArgGroup(exclusive = true, multiplicity = "1") By by;

    static final class By {
      @Option(names = "--number", paramLabel = "N", description = "The My Number (full-width digits and hyphens allowed).")
      @Nullable String number;
      @ArgGroup(exclusive = false) @Nullable ByName name;
    }

    static final class ByName {
      @Option(names = "--family-name", required = true, paramLabel = "NAME") String family;
      @Option(names = "--given-name", required = true, paramLabel = "NAME") String given;
      @Option(names = "--birth-date", required = true, paramLabel = "YYYY-MM-DD") String birthDate;
    }

    @Override
    public Integer call() {
      Actor actor = access.actor(spec);
      List<AgencyToken> found;
      if (by.number != null) {
        IndividualNumber number;
        try {
          number = IndividualNumber.parse(by.number);
        } catch (InvalidNumberException e) {
          throw new ParameterException(spec.commandLine(), "--number: " + e.getMessage());
        }
        try (VaultSession s = access.store.session()) {
          found = s.gate(access.tenant).findByNumber(VaultSession.staff(access.tenant), access.why(), number)
              .stream().toList();
        }
      } else {
        ByName name = Objects.requireNonNull(by.name, "the group holds --number or the name");
        LocalDate date;
        try {
          date = LocalDate.parse(name.birthDate);
        } catch (DateTimeParseException e) {
          throw new ParameterException(spec.commandLine(), "--birth-date is YYYY-MM-DD");
        }
        try (VaultSession s = access.store.session()) {
          found = s.gate(access.tenant).findByNameAndBirthDate(VaultSession.staff(access.tenant), access.why(),
              by.name.family, by.name.given, date);
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      found.forEach(out::println);
      out.flush();
      if (found.isEmpty()) {
        spec.commandLine().getErr().println("no person found (the search is logged)");
        spec.commandLine().getErr().flush();
      }
      return found.isEmpty() ? 1 : 0;
    }
  }

  /** {@code --token} and how much to show of which fields. */
  static final class Reveal {
    @Option(names = "--token", required = true, paramLabel = "TOKEN") String token;

    @Option(names = "--fields", split = ",", paramLabel = "FIELD",
        description = "The fields to show (default all): my_number, family_name, given_name, family_name_kana,"
            + " given_name_kana, birth_date, sex, postal_code, address, household_id, bank_account.")
    @Nullable List<String> fields;

    @Option(names = "--mask", paramLabel = "LEVEL", defaultValue = "partial",
        description = "none, partial (the default) or full; or per field, e.g. my_number=partial,address=none"
            + " (fields not named are partial).")
    String mask;

    Map<Field, Mask> masks(CommandSpec spec) {
      Map<Field, Mask> result = new EnumMap<>(Field.class);
      List<Field> asked = fields == null ? List.of(Field.values())
          : fields.stream().map(f -> field(spec, f)).toList();
      Map<Field, Mask> perField = new EnumMap<>(Field.class);
      Mask all = Mask.PARTIAL;
      for (String part : mask.split(",")) {
        int eq = part.indexOf('=');
        if (eq < 0) {
          all = level(spec, part);
        } else {
          perField.put(field(spec, part.substring(0, eq).strip()), level(spec, part.substring(eq + 1)));
        }
      }
      for (Field f : asked) {
        result.put(f, perField.getOrDefault(f, all));
      }
      return result;
    }

    private static Field field(CommandSpec spec, String name) {
      return Field.ofColumn(name.strip().toLowerCase(Locale.ROOT))
          .orElseThrow(() -> new ParameterException(spec.commandLine(), "no field is called '" + Masking.maskNumbers(name) + "'"));
    }

    private static Mask level(CommandSpec spec, String name) {
      return switch (name.strip().toLowerCase(Locale.ROOT)) {
        case "none" -> Mask.NONE;
        case "partial" -> Mask.PARTIAL;
        case "full" -> Mask.FULL;
        default -> throw new ParameterException(spec.commandLine(), "a mask level is none, partial or full");
      };
    }
  }

  static void print(PrintWriter out, Map<Field, Mask> masks, Map<Field, String> values) {
    for (Field f : masks.keySet()) {
      out.printf("%-17s %s%n", f.column() + ":", Optional.ofNullable(values.get(f)).orElse("＊＊＊"));
    }
  }

  /** A reveal-like command: the token and masks read, the vault opened; {@link #answer} does the rest. */
  abstract static class RevealCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Access access;
    @Mixin Reveal reveal;

    @Override
    public Integer call() {
      Actor actor = access.actor(spec);
      AgencyToken token = token(spec, reveal.token);
      Map<Field, Mask> masks = reveal.masks(spec);
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession s = access.store.session()) {
        answer(s, actor, token, masks, out);
      }
      out.flush();
      return 0;
    }

    abstract void answer(VaultSession s, Actor actor, AgencyToken token, Map<Field, Mask> masks, PrintWriter out);
  }

  @Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Reveals a person's fields, partly masked unless --mask says otherwise. The read is",
          "in the log before anything is decrypted."})
  static final class Show extends RevealCommand {
    @Override
    void answer(VaultSession s, Actor actor, AgencyToken token, Map<Field, Mask> masks, PrintWriter out) {
      Revealed r = s.gate(access.tenant).read(VaultSession.staff(access.tenant), token, access.why(), masks);
      out.printf("token:            %s (version %d)%n", r.token(), r.version());
      print(out, masks, r.values());
    }
  }

  @Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
      description = "Shows the versions a person's record had before its updates, oldest first; logged first.")
  static final class History extends RevealCommand {
    @Override
    void answer(VaultSession s, Actor actor, AgencyToken token, Map<Field, Mask> masks, PrintWriter out) {
      List<PersonVersion> versions = s.gate(access.tenant).history(VaultSession.staff(access.tenant), token,
          access.why(), masks);
      if (versions.isEmpty()) {
        out.println("no earlier versions: the record was never updated");
      }
      for (PersonVersion v : versions) {
        out.printf("version %d, replaced %s%n", v.version(), v.replacedAt());
        print(out, masks, v.values());
      }
    }
  }

  @Command(name = "erase", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Erases a person for good (crypto-shredding): the person's data key, fields, indexes",
          "and earlier versions are dropped, after an erase record (with no number) is in the log."})
  static final class Erase implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Access access;
    @Option(names = "--token", required = true, paramLabel = "TOKEN") String token;

    @Override
    public Integer call() {
      access.actor(spec); // checks tenant, purpose and case
      AgencyToken t = token(spec, token);
      try (VaultSession s = access.store.session()) {
        s.gate(access.tenant).erase(VaultSession.staff(access.tenant), t, access.why());
      }
      spec.commandLine().getOut().println("erased " + t + " from " + access.tenant);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
