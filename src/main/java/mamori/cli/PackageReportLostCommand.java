package mamori.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import mamori.transfer.Releases;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mamori package report-lost ID --reason TEXT}: as the controller's security officer or
 * admin, destroys an online package's release share (logged first): no one can open it from then
 * on. An offline package carries its share; its loss is recorded and the command says plainly that
 * it cannot be killed.
 */
@Command(
    name = "report-lost",
    mixinStandardHelpOptions = true,
    description =
        "Report a package lost: its release share is destroyed and no one can open it again"
            + " (an offline package is only recorded: it carries its share).")
final class PackageReportLostCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(index = "0", paramLabel = "ID", description = "the package id (32 hex digits)")
  String id;

  @Option(
      names = "--reason",
      required = true,
      paramLabel = "TEXT",
      description = "why it is lost (never a number)")
  String reason;

  @Option(names = "--tenant", description = "the tenant (the signed-in user's by default)")
  @Nullable String tenant;

  @Override
  public Integer call() {
    return PackageListCommand.with(
        spec,
        store,
        tenant,
        (t, p) -> {
          Releases.ReportedLost lost =
              t.releases().reportLost(p.who(), p.controller(), p.role(), id, reason);
          PrintWriter out = spec.commandLine().getOut();
          out.printf("package    %s%n", lost.packageId());
          out.printf("state      lost since %s%n", lost.at());
          lost.released()
              .ifPresent(when ->
                  out.printf(
                      "released   %s: the recipient was given the release share before this"
                          + " report, and may have opened the package%n",
                      when));
          out.println(
              lost.killed()
                  ? "killed     yes: the release share is destroyed; no one, the recipient"
                      + " included, can open this package from now on"
                  : "killed     NO: an offline package carries its own share. The loss is"
                      + " recorded, but the package cannot be killed: treat its data as exposed"
                      + " until it expires.");
          return 0;
        });
  }
}
