package mamori.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.crypto.AgencyToken;
import mamori.number.IndividualNumber;
import mamori.number.InvalidNumberException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori persons find}: a person's token from their My Number, or from a name and birth
 * date.
 */
@Command(
    name = "find",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Prints the token of the person with a My Number, or of the persons with a name",
      "and birth date. Exit 1 when none is found."
    })
final class PersonsFindCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PersonsCommand.Access access;

  @ArgGroup(exclusive = true, multiplicity = "1")
  By by;

  static final class By {
    @Option(
        names = "--number",
        paramLabel = "N",
        description = "The My Number (full-width digits and hyphens allowed).")
    @Nullable String number;

    @ArgGroup(exclusive = false)
    @Nullable ByName name;
  }

  static final class ByName {
    @Option(names = "--family-name", required = true, paramLabel = "NAME")
    String family;

    @Option(names = "--given-name", required = true, paramLabel = "NAME")
    String given;

    @Option(names = "--birth-date", required = true, paramLabel = "YYYY-MM-DD")
    String birthDate;
  }

  @Override
  public Integer call() {
    access.check(spec);
    List<AgencyToken> found;
    if (by.number != null) {
      IndividualNumber number;
      try {
        number = IndividualNumber.parse(by.number);
      } catch (InvalidNumberException e) {
        throw new ParameterException(spec.commandLine(), "--number: " + e.getMessage());
      }
      try (VaultSession s = access.store.session()) {
        mamori.identity.Principal p = access.principal(spec, s);
        found =
            s.gate(p.tenantId().value()).findByNumber(p, access.why(), number).stream().toList();
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
        mamori.identity.Principal p = access.principal(spec, s);
        found =
            s.gate(p.tenantId().value())
                .findByNameAndBirthDate(p, access.why(), by.name.family, by.name.given, date);
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
