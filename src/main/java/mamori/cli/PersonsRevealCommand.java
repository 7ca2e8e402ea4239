package mamori.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.crypto.AgencyToken;
import mamori.identity.Principal;
import mamori.number.Masking;
import mamori.vault.PersonVersion;
import mamori.vault.Revealed;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori persons show} and {@code history}: the commands that reveal a person's fields. Each
 * reads the token and the masks and opens the vault; {@link #answer} does the rest.
 */
abstract class PersonsRevealCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PersonsCommand.Access access;
  @Mixin Reveal reveal;

  @Override
  public Integer call() {
    access.check(spec); // checks tenant, purpose and case
    AgencyToken token = PersonsCommand.token(spec, reveal.token);
    Map<Field, Mask> masks = reveal.masks(spec);
    PrintWriter out = spec.commandLine().getOut();
    try (VaultSession s = access.store.session()) {
      answer(s, access.principal(spec, s), token, masks, out);
    }
    out.flush();
    return 0;
  }

  abstract void answer(
      VaultSession s, Principal p, AgencyToken token, Map<Field, Mask> masks, PrintWriter out);

  /** {@code --token} and how much to show of which fields. */
  static final class Reveal {
    @Option(names = "--token", required = true, paramLabel = "TOKEN")
    String token;

    @Option(
        names = "--fields",
        split = ",",
        paramLabel = "FIELD",
        description =
            "The fields to show (default all): my_number, family_name, given_name, family_name_kana,"
                + " given_name_kana, birth_date, sex, postal_code, address, household_id, bank_account.")
    @Nullable List<String> fields;

    @Option(
        names = "--mask",
        paramLabel = "LEVEL",
        defaultValue = "partial",
        description =
            "none, partial (the default) or full; or per field, e.g. my_number=partial,address=none"
                + " (fields not named are partial).")
    String mask;

    Map<Field, Mask> masks(CommandSpec spec) {
      Map<Field, Mask> result = new EnumMap<>(Field.class);
      List<Field> asked =
          fields == null
              ? List.of(Field.values())
              : fields.stream().map(f -> field(spec, f)).toList();
      Map<Field, Mask> perField = new EnumMap<>(Field.class);
      Mask all = Mask.PARTIAL;
      for (String part : mask.split(",")) {
        int eq = part.indexOf('=');
        if (eq < 0) {
          all = level(spec, part);
        } else {
          perField.put(
              field(spec, part.substring(0, eq).strip()), level(spec, part.substring(eq + 1)));
        }
      }
      for (Field f : asked) {
        result.put(f, perField.getOrDefault(f, all));
      }
      return result;
    }

    private static Field field(CommandSpec spec, String name) {
      return Field.ofColumn(name.strip().toLowerCase(Locale.ROOT))
          .orElseThrow(() ->
              new ParameterException(
                  spec.commandLine(), "no field is called '" + Masking.maskNumbers(name) + "'"));
    }

    private static Mask level(CommandSpec spec, String name) {
      return switch (name.strip().toLowerCase(Locale.ROOT)) {
        case "none" -> Mask.NONE;
        case "partial" -> Mask.PARTIAL;
        case "full" -> Mask.FULL;
        default ->
            throw new ParameterException(
                spec.commandLine(), "a mask level is none, partial or full");
      };
    }
  }

  static void print(PrintWriter out, Map<Field, Mask> masks, Map<Field, String> values) {
    for (Field f : masks.keySet()) {
      out.printf("%-17s %s%n", f.column() + ":", Optional.ofNullable(values.get(f)).orElse("＊＊＊"));
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Reveals a person's fields, partly masked unless --mask says otherwise. The read is",
        "in the log before anything is decrypted."
      })
  static final class Show extends PersonsRevealCommand {
    @Override
    void answer(
        VaultSession s, Principal p, AgencyToken token, Map<Field, Mask> masks, PrintWriter out) {
      Revealed r = s.gate(p.tenantId().value()).read(p, token, access.why(), masks);
      out.printf("token:            %s (version %d)%n", r.token(), r.version());
      print(out, masks, r.values());
    }
  }

  @Command(
      name = "history",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description =
          "Shows the versions a person's record had before its updates, oldest first; logged first.")
  static final class History extends PersonsRevealCommand {
    @Override
    void answer(
        VaultSession s, Principal p, AgencyToken token, Map<Field, Mask> masks, PrintWriter out) {
      List<PersonVersion> versions =
          s.gate(p.tenantId().value()).history(p, token, access.why(), masks);
      if (versions.isEmpty()) {
        out.println("no earlier versions: the record was never updated");
      }
      for (PersonVersion v : versions) {
        out.printf("version %d, replaced %s%n", v.version(), v.replacedAt());
        print(out, masks, v.values());
      }
    }
  }
}
