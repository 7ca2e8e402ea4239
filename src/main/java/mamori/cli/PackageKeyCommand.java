package mamori.cli;

import java.io.PrintWriter;
import java.util.Base64;
import java.util.concurrent.Callable;
import mamori.crypto.FingerprintWords;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mamori package signing-key}: the tenant's package signing public key (Base64 of the raw
 * Ed25519 key) and its fingerprint, in hex and as words, for a recipient to register ({@code mamori
 * senders add --key}) and to confirm over the telephone. Made on first use.
 */
@Command(
    name = "signing-key",
    mixinStandardHelpOptions = true,
    description =
        "Print the tenant's package signing public key (Base64) and its fingerprint as words, for"
            + " recipients to register.")
final class PackageKeyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(names = "--tenant", description = "the tenant (the signed-in user's by default)")
  @Nullable String tenant;

  @Override
  public Integer call() {
    return PackageListCommand.with(
        spec,
        store,
        tenant,
        (t, p) -> {
          PrintWriter out = spec.commandLine().getOut();
          String fingerprint = t.signer().fingerprint(p.tenantId());
          out.printf("tenant       %s%n", p.tenantId().value());
          out.printf(
              "key          %s%n",
              Base64.getEncoder().encodeToString(t.signer().publicKey(p.tenantId())));
          out.printf("fingerprint  %s%n", fingerprint);
          out.printf("words        %s%n", FingerprintWords.of(fingerprint));
          return 0;
        });
  }
}
