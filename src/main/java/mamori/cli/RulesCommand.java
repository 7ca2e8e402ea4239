package mamori.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.core.Role;
import mamori.detect.RuleFile;
import mamori.detect.RuleFiles;
import mamori.identity.Principal;
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
 * {@code mamori rules ...}: a city's own detection rules (docs/detection-rules.md). {@code check}
 * needs no store and no sign-in; the others act as the signed-in security officer of the tenant.
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Check, load and read a tenant's own detection rules (a Sigma 2 subset).",
    subcommands = {
      RulesCommand.Check.class,
      RulesCommand.Load.class,
      RulesCommand.Show.class,
      RulesCommand.ListVersions.class
    })
final class RulesCommand implements Runnable {
  /** Exit code of a file with problems. */
  static final int INVALID = 1;

  /** A file larger than this is not read at all. */
  private static final long READ_AT_MOST = 16L * RuleFile.MAX_BYTES;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori rules --help'");
  }

  /** The file's text, or the problem that keeps it from being read (size, not UTF-8). */
  static String read(CommandSpec spec, Path file) {
    try {
      long size = Files.size(file);
      if (size > READ_AT_MOST) {
        throw new ParameterException(
            spec.commandLine(),
            file
                + ":1: the file is "
                + size
                + " bytes; a rule file has at most "
                + RuleFile.MAX_BYTES);
      }
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ParameterException(spec.commandLine(), file + ": not UTF-8 text");
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), file + ": cannot be read");
    }
  }

  /** Prints each problem as {@code FILE:LINE: message}; the exit code. */
  static int report(CommandSpec spec, Path file, List<RuleFile.Problem> problems) {
    PrintWriter err = spec.commandLine().getErr();
    for (RuleFile.Problem p : problems) {
      err.println(file + ":" + p.line() + ": " + p.message());
    }
    err.println(
        file
            + ": refused, "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + "; nothing was loaded");
    err.flush();
    return INVALID;
  }

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Checks a rule file without loading it: prints each problem with its line.",
        "Exit 0 when it would load, 1 when it has problems, 2 when it cannot be read."
      })
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
      String text = read(spec, file);
      List<RuleFile.Problem> problems = RuleFile.check(text);
      if (!problems.isEmpty()) {
        return report(spec, file, problems);
      }
      int n = RuleFile.compile(text).size();
      spec.commandLine().getOut().println(file + ": ok, " + n + (n == 1 ? " rule" : " rules"));
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  @Command(
      name = "load",
      mixinStandardHelpOptions = true,
      description = {
        "Loads a rule file as the tenant's next version (the tenant's security officer, signed",
        "in). Logged (detect.rules-load, with the version and SHA-256) before it is stored; in",
        "force in the running service within seconds. A file with problems loads nothing."
      })
  static final class Load implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
      String text = read(spec, file);
      RuleFiles.Version v;
      try (VaultSession s = store.session()) {
        Principal p = LoginCommand.CliUser.require(s.store, spec, tenant);
        try {
          v = files(s).load(p, text);
        } catch (RuleFile.Invalid e) {
          return report(spec, file, e.problems());
        } catch (RuleFiles.Refused e) {
          throw new ParameterException(spec.commandLine(), String.valueOf(e.getMessage()));
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "%s: loaded as version %d of %s (%d rules, sha256 %s)%n",
          file, v.version(), tenant, v.rules(), v.sha256());
      out.flush();
      return 0;
    }
  }

  static RuleFiles files(VaultSession s) {
    return new RuleFiles(s.store.dataSource(), s.logs, ClockConfiguration.systemClock());
  }

  /** The signed-in officer or auditor of the tenant's own organisation, who may read its rules. */
  static Principal reader(CommandSpec spec, Store store, String tenant) {
    Principal p = LoginCommand.CliUser.require(store, spec, tenant);
    if ((p.role() != Role.SECURITY_OFFICER && p.role() != Role.AUDITOR) || !p.controller()) {
      throw new ParameterException(
          spec.commandLine(),
          "role.not-allowed: a security officer or auditor of " + tenant + " reads its rules");
    }
    return p;
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Prints the tenant's rule file in force, or the version named.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Option(names = "--version", paramLabel = "N", description = "a version (default: in force)")
    @Nullable Integer version;

    @Override
    public Integer call() {
      try (VaultSession s = store.session()) {
        Principal p = reader(spec, s.store, tenant);
        Optional<RuleFiles.Version> v = files(s).get(p.tenantId(), Optional.ofNullable(version));
        if (v.isEmpty()) {
          throw new ParameterException(
              spec.commandLine(),
              version == null ? tenant + " has loaded no rules" : "no version " + version);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(v.get().text());
        out.flush();
      }
      return 0;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists every version of the tenant's rule file, newest (in force) first.")
  static final class ListVersions implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Override
    public Integer call() {
      try (VaultSession s = store.session()) {
        Principal p = reader(spec, s.store, tenant);
        PrintWriter out = spec.commandLine().getOut();
        for (RuleFiles.Version v : files(s).list(p.tenantId())) {
          out.printf(
              "v%d %s %s %d rules sha256 %s%n",
              v.version(), v.loadedAt(), v.loadedBy().value(), v.rules(), v.sha256());
        }
        out.flush();
      }
      return 0;
    }
  }
}
