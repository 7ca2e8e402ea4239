package mamori.cli;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import mamori.VaultSession;
import mamori.cli.LoginCommand.CliUser;
import mamori.identity.Principal;
import mamori.terminal.Progress;
import mamori.transfer.Opening;
import mamori.transfer.PackageRefused;
import mamori.transfer.ReceiveKeys;
import mamori.vault.PersonImport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mamori package open FILE}: a package received, checked, released and imported. */
@Command(
    name = "open",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Opens a package sent to this tenant and imports its persons into the vault, as",
      "'mamori import persons' does: the signature must be a registered sender's, the package",
      "unexpired, sealed to one of the tenant's keys (or the --key-file) and not opened before;",
      "an online package is released by its sender, asked at its registered address. The whole",
      "content is checked before any person is imported. Every open and refusal is logged.",
      "A run stopped during its import is completed by opening the same file again.",
      "Exit 0 when every row was imported, 3 when some were rejected (FILE.rejects.csv), 2 when",
      "the package was refused (nothing imported).",
      ""
    })
final class PackageOpenCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(index = "0", paramLabel = "FILE", description = "The package file.")
  Path file;

  @Option(
      names = "--key-file",
      paramLabel = "F",
      description =
          "The recipient's private key kept outside Mamori (one Base64 line, owner-only).")
  @Nullable Path keyFile;

  @Option(
      names = "--purpose",
      paramLabel = "P",
      description = "The purpose to import under when the package's own is not registered here.")
  @Nullable String purpose;

  @Option(
      names = "--csv",
      paramLabel = "OUT",
      description =
          "Also write the content as CSV to OUT (owner-only): only when the tenant's setting "
              + Opening.CSV_EXPORT
              + " names why.")
  @Nullable Path csv;

  @Option(names = "--no-import", description = "With --csv: write the CSV instead of importing.")
  boolean noImport;

  @Override
  public Integer call() throws Exception {
    if (noImport && csv == null) {
      throw new ParameterException(spec.commandLine(), "--no-import goes with --csv");
    }
    Opening.Options options = Opening.Options.defaults();
    if (keyFile != null) {
      try {
        options = options.withKeyFile(ReceiveKeys.readKeyFile(keyFile));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--key-file: " + e.getMessage());
      }
    }
    if (purpose != null) {
      options = options.withPurpose(purpose);
    }
    if (csv != null) {
      options = options.withCsv(csv, !noImport);
    }
    PrintWriter out = spec.commandLine().getOut();
    long started = System.nanoTime();
    try (VaultSession s = store.session()) {
      Principal p = CliUser.require(s.store);
      Opening opening = SendersCommand.Receiving.opening(s, p.tenantId());
      Opening.Opened o;
      try (Progress.Bar bar = Progress.open("open", java.nio.file.Files.size(file))) {
        // the bar follows the content read (a little less than the file's size)
        o = opening.open(p, file, options.withProgress((bytes, rows) -> bar.accept(bytes)));
      } catch (NoSuchFileException e) {
        throw new ParameterException(spec.commandLine(), "no such file: " + file);
      } catch (PackageRefused e) {
        throw SendersCommand.Receiving.refused(e);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      out.println("package: " + o.packageId());
      out.println("sender: " + o.senderId());
      out.println("purpose: " + o.purpose());
      if (o.completed()) {
        out.println("completed: an earlier open stopped during its import");
      }
      long rejected = 0;
      if (o.imported().isPresent()) {
        PersonImport.Summary sum = o.imported().get();
        out.printf(
            Locale.ROOT,
            "imported: %d%nupdated: %d%nunchanged: %d%nrejected: %d%n",
            sum.imported(),
            sum.updated(),
            sum.unchanged(),
            sum.rejected());
        sum.rejectsFile().ifPresent(r -> out.println("rejects: " + r));
        rejected = sum.rejected();
      }
      o.csv().ifPresent(c -> out.println("csv: " + c));
      out.flush();
      o.warning().ifPresent(w -> spec.commandLine().getErr().println("warning: " + w));
      double seconds = (System.nanoTime() - started) / 1e9;
      spec.commandLine()
          .getErr()
          .printf(
              Locale.ROOT, "%,d bytes of content opened in %.1f s%n", o.contentBytes(), seconds);
      spec.commandLine().getErr().flush();
      return rejected > 0 ? 3 : 0;
    }
  }
}
