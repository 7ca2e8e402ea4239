package mamori.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.backup.Restores;
import mamori.cli.LogCommand.AuditorFiles;
import mamori.crypto.RootKeyConfig;
import mamori.store.ClockConfiguration;
import mamori.witness.WitnessEndpoint;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mamori restore}: a backup checked, restored onto a new store and verified. */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Restores a backup of 'mamori backup' onto a new folder (--data NEWDIR) or a new or empty",
      "schema (--db URL with currentSchema=NEW): checks every file against the manifest, refuses",
      "a log smaller than a checkpoint its witnesses cosigned, 'log verify' kept or --against",
      "gives (unless --accept-loss, which opens an incident naming the lost range), restores,",
      "and runs the check of 'mamori log verify' on every tenant. The keys come first:",
      "'mamori keys restore'. Exit 1 when refused; nothing is left in the target then."
    })
final class RestoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(names = "--from", required = true, paramLabel = "DIR", description = "The backup folder.")
  Path from;

  @Option(
      names = "--replace",
      description =
          "Restore over an existing store (stop the service first): it is replaced, not merged.")
  boolean replace;

  @Option(
      names = "--accept-loss",
      paramLabel = "REASON",
      description =
          "Restore although the log is smaller than a cosigned or kept checkpoint, and open an"
              + " incident in the restored store naming the missing range and this reason.")
  @Nullable String acceptLoss;

  @Option(
      names = "--witness",
      paramLabel = "TENANT=URL|VKEY",
      description =
          "A witness of a tenant's log to ask for the size it cosigned (as in"
              + " mamori.log.witnesses.<tenant>, which is read too as a system property).")
  List<String> witnesses = new ArrayList<>();

  @Option(
      names = "--against",
      paramLabel = "FILE|URL",
      description =
          "A checkpoint note trusted from outside (a witness's or an auditor's); the log it names"
              + " must not be smaller after the restore.")
  List<String> against = new ArrayList<>();

  @Option(
      names = "--no-kept",
      description = "Do not compare with the checkpoints kept by 'mamori log verify'.")
  boolean noKept;

  @Override
  public Integer call() {
    if (store.db == null && store.data == null) {
      throw new ParameterException(
          spec.commandLine(), "give the target: --data NEWDIR or --db URL (a new schema)");
    }
    PrintWriter err = spec.commandLine().getErr();
    Path keys = store.keyFolder();
    RootKeyConfig root = RootKeyConfig.from(VaultSession::property, keys);
    @Nullable RootKeyConfig check = root;
    if (root instanceof RootKeyConfig.KeyFile f && !Files.isRegularFile(f.file())) {
      err.println(
          "warning: no root key file "
              + f.file()
              + ": the restored store is not checked against it (restore it with 'mamori keys"
              + " restore')");
      check = null;
    }
    Restores.Result r =
        Restores.restore(
            new Restores.Request(
                from,
                store.location(),
                keys,
                replace,
                acceptLoss,
                noKept ? null : AuditorFiles.home(),
                trusted(),
                witnesses(),
                check),
            line -> {
              err.println(line);
              err.flush();
            },
            ClockConfiguration.systemClock());
    PrintWriter out = spec.commandLine().getOut();
    if (!r.restored()) {
      err.println(r.refusal());
      err.flush();
      return 1;
    }
    out.println("restored " + from + " into " + store.location());
    for (Restores.Loss l : r.losses()) {
      out.printf(
          java.util.Locale.ROOT,
          "%s: %,d log entries missing (size %,d to %,d, vouched for by %s): incident %s opened%n",
          l.tenant(),
          l.missing(),
          l.restored(),
          l.vouched(),
          l.source(),
          r.incidents().get(l.tenant()));
    }
    if (!r.losses().isEmpty()) {
      out.println(
          "next: tell the witnesses' operators (they refuse this log's checkpoints until they drop"
              + " the size they hold), and run 'mamori log verify --no-kept' once to keep the"
              + " restored log's checkpoint");
    }
    out.flush();
    return 0;
  }

  private List<Restores.Trusted> trusted() {
    List<Restores.Trusted> out = new ArrayList<>();
    for (String where : against) {
      try {
        out.add(
            new Restores.Trusted(
                "--against " + where,
                AuditorFiles.isUrl(where)
                    ? AuditorFiles.get(where, "text/plain")
                    : Files.readString(Path.of(where))));
      } catch (java.io.IOException | RuntimeException e) {
        throw new ParameterException(
            spec.commandLine(), "--against " + where + ": cannot read it: " + e.getMessage());
      }
    }
    return out;
  }

  private Map<String, List<WitnessEndpoint>> witnesses() {
    Map<String, String> raw = new LinkedHashMap<>();
    String prefix = "mamori.log.witnesses.";
    System.getProperties()
        .stringPropertyNames()
        .forEach(n -> {
          if (n.startsWith(prefix)) {
            raw.merge(n.substring(prefix.length()), System.getProperty(n), (a, b) -> a + "," + b);
          }
        });
    for (String w : witnesses) {
      int eq = w.indexOf('=');
      if (eq < 1) {
        throw new ParameterException(spec.commandLine(), "--witness is TENANT=URL|VKEY: " + w);
      }
      raw.merge(w.substring(0, eq), w.substring(eq + 1), (a, b) -> a + "," + b);
    }
    Map<String, List<WitnessEndpoint>> out = new LinkedHashMap<>();
    raw.forEach((tenant, list) -> {
      try {
        out.put(tenant, WitnessEndpoint.parseList(list));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(
            spec.commandLine(), "--witness " + tenant + ": " + e.getMessage());
      }
    });
    return out;
  }
}
