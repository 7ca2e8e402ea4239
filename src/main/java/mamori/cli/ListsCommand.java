package mamori.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import mamori.VaultSession;
import mamori.access.PersonSetAdmin;
import mamori.core.TenantId;
import mamori.identity.Principal;
import mamori.store.ClockConfiguration;
import mamori.vault.PersonSets;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori lists add|show}: the controller's lists of persons, which an entrustment names as
 * {@code list:ID}.
 */
@Command(
    name = "lists",
    mixinStandardHelpOptions = true,
    description = "Lists of persons that entrustments name as list:ID.",
    subcommands = {ListsCommand.Add.class, ListsCommand.Show.class})
final class ListsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori lists --help'");
  }

  /**
   * The one place these commands take their acting user: the user signed in with {@code mamori
   * login}, who must be of {@code tenant}; {@link PersonSetAdmin}'s rules decide the rest.
   */
  static Principal principal(CommandSpec spec, VaultSession s, String tenant) {
    return LoginCommand.CliUser.require(s.store, spec, tenant);
  }

  static PersonSetAdmin admin(VaultSession s) {
    return new PersonSetAdmin(s.vault.sets(), s.logs, ClockConfiguration.systemClock());
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Makes a list from a file of the tenant's person tokens or My Numbers, one a line",
        "(blank lines and lines starting with # are skipped). Numbers are looked up by blind",
        "index and never stored. Lines that name nobody are counted and given by line number,",
        "never echoed. The list.create record is logged before the list is stored.",
        "Exit 0 when every line named a person, 3 when some named nobody, 2 on bad input."
      })
  static final class Add implements Callable<Integer> {
    /** The most lines named in the report; the count is always whole. */
    static final int MAX_LINES_SHOWN = 100;

    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Option(
        names = "--id",
        required = true,
        paramLabel = "L",
        description = "The list's id: 1 to 64 of a-z, 0-9 and '-'.")
    String id;

    @Option(
        names = "--name",
        paramLabel = "NAME",
        description = "What the list is (default: its id).")
    @Nullable String name;

    @Option(
        names = "--file",
        required = true,
        paramLabel = "F",
        description = "Tokens or numbers, one a line (UTF-8).")
    Path file;

    @Override
    public Integer call() throws IOException {
      if (!TenantId.isValid(tenant)) {
        throw new ParameterException(spec.commandLine(), "--tenant is 1 to 64 of a-z, 0-9 and '-'");
      }
      String listName = name != null ? name : id;
      try {
        PersonSets.checkList(id, listName);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw new ParameterException(spec.commandLine(), "no such file: " + file);
      }
      List<String> entries = new ArrayList<>();
      List<Integer> lineOf = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i).strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          entries.add(l);
          lineOf.add(i + 1);
        }
      }
      if (entries.isEmpty()) {
        throw new ParameterException(spec.commandLine(), file + ": no token or number in it");
      }
      PersonSets.ListReport r;
      try (VaultSession s = store.session()) {
        Principal p = principal(spec, s, tenant);
        try {
          r = admin(s).createList(p, id, listName, entries);
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), e.getMessage());
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          Locale.ROOT,
          "list: %s%nmembers: %d%nnamed nobody: %d%n",
          r.id(),
          r.members(),
          r.unknownLines().size());
      if (!r.unknownLines().isEmpty()) {
        out.println(
            "lines: "
                + r.unknownLines().stream()
                    .limit(MAX_LINES_SHOWN)
                    .map(n -> String.valueOf(lineOf.get(n - 1)))
                    .collect(Collectors.joining(", "))
                + (r.unknownLines().size() > MAX_LINES_SHOWN ? ", ..." : ""));
      }
      out.flush();
      return r.unknownLines().isEmpty() ? 0 : 3;
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "The tenant's lists: id, size, who made it and when, name.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Override
    public Integer call() {
      if (!TenantId.isValid(tenant)) {
        throw new ParameterException(spec.commandLine(), "--tenant is 1 to 64 of a-z, 0-9 and '-'");
      }
      PrintWriter out = spec.commandLine().getOut();
      try (VaultSession s = store.session()) {
        for (PersonSets.PersonList l : admin(s).lists(principal(spec, s, tenant))) {
          out.printf(
              Locale.ROOT,
              "%s\t%d\t%s\t%s\t%s%n",
              l.id(),
              l.size(),
              l.createdBy(),
              l.createdAt(),
              l.name());
        }
      }
      out.flush();
      return 0;
    }
  }
}
