package mamori.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.cli.LoginCommand.CliUser;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.incident.IncidentEvidence;
import mamori.store.ClockConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mamori incidents evidence}: an incident's evidence export, for an auditor or the PPC. */
@Command(
    name = "evidence",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Exports an incident's evidence as JSON (mamori.incident-evidence/1): the log entries"
          + " concerned with their inclusion proofs against the newest checkpoint the witnesses"
          + " cosigned; tokens only. Check it with: mamori log verify --export FILE.",
      "The security officer or an auditor; the export is logged first."
    })
final class IncidentsEvidenceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(names = "--tenant", required = true, paramLabel = "T")
  String tenant;

  @Option(names = "--incident", required = true, paramLabel = "I")
  String incident;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
  Path out;

  @Option(
      names = "--uncosigned",
      description =
          "Accept a checkpoint signed by the log alone when no cosigned one covers the entries.")
  boolean uncosigned;

  @Override
  public Integer call() throws Exception {
    Clock clock = ClockConfiguration.systemClock();
    try (VaultSession s = store.session()) {
      Principal p = CliUser.require(s.store, spec, tenant);
      IncidentEvidence evidence =
          new IncidentEvidence(
              s.store.dataSource(), s.logs, new SecurityAlerts(s.store.dataSource(), clock), clock);
      byte[] json = evidence.export(p, incident, uncosigned);
      Files.write(out, json);
      spec.commandLine()
          .getOut()
          .printf("evidence of %s in %s (%d bytes)%n", incident, out, json.length);
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
