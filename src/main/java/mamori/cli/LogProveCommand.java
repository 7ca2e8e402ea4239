package mamori.cli;

import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import mamori.log.TenantLog;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mamori log prove}: an inclusion or a consistency proof as JSON. */
@Command(
    name = "prove",
    mixinStandardHelpOptions = true,
    description = {
      "Prints an inclusion proof (--index I [--size N]) or a consistency proof (--from M --to N)",
      "as JSON with base64 hashes, the shape of the RFC 6962 test vectors. --size defaults to the",
      "latest checkpoint's size, so the proof checks against the published checkpoint."
    })
final class LogProveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(names = "--tenant", required = true, paramLabel = "T")
  String tenant;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Which which;

  static final class Which {
    @ArgGroup(exclusive = false)
    @Nullable Inclusion inclusion;

    @ArgGroup(exclusive = false)
    @Nullable Consistency consistency;
  }

  static final class Inclusion {
    @Option(names = "--index", required = true, paramLabel = "I")
    long index;

    @Option(names = "--size", paramLabel = "N")
    @Nullable Long size;
  }

  static final class Consistency {
    @Option(names = "--from", required = true, paramLabel = "M")
    long from;

    @Option(names = "--to", required = true, paramLabel = "N")
    long to;
  }

  @Override
  public Integer call() throws Exception {
    return LogCommand.withLogs(
        store,
        logs -> {
          TenantLog log = LogCommand.existing(spec, logs, tenant);
          String json;
          if (which.inclusion != null) {
            long size = which.inclusion.size != null ? which.inclusion.size : publishedSize(log);
            long index = which.inclusion.index;
            check(
                index >= 0 && index < size,
                "--index must be from 0 to " + (size - 1) + " for a tree of size " + size);
            check(size <= log.size(), "--size must be at most " + log.size());
            json =
                "{\"leafIdx\":"
                    + index
                    + ",\"treeSize\":"
                    + size
                    + ",\"leafHash\":\""
                    + b64(log.leafHash(index))
                    + "\",\"proof\":"
                    + list(log.inclusionProof(index, size))
                    + "}";
          } else {
            Consistency asked =
                Objects.requireNonNull(which.consistency, "the group holds one of its two");
            long m = asked.from;
            long n = asked.to;
            check(m >= 0 && m <= n && n <= log.size(), "need 0 <= --from <= --to <= " + log.size());
            json =
                "{\"size1\":"
                    + m
                    + ",\"size2\":"
                    + n
                    + ",\"root1\":\""
                    + b64(log.root(m))
                    + "\",\"root2\":\""
                    + b64(log.root(n))
                    + "\",\"proof\":"
                    + list(log.consistencyProof(m, n))
                    + "}";
          }
          spec.commandLine().getOut().println(json);
          spec.commandLine().getOut().flush();
          return 0;
        });
  }

  private long publishedSize(TenantLog log) throws Exception {
    String note =
        log.checkpoint()
            .orElseThrow(
                () -> new ParameterException(spec.commandLine(), "no checkpoint yet: give --size"));
    return Checkpoint.parse(Note.parse(note).text()).size();
  }

  private void check(boolean ok, String message) {
    if (!ok) {
      throw new ParameterException(spec.commandLine(), message);
    }
  }

  private static String b64(byte[] h) {
    return Base64.getEncoder().encodeToString(h);
  }

  private static String list(List<byte[]> hashes) {
    return hashes.stream()
        .map(h -> "\"" + b64(h) + "\"")
        .collect(Collectors.joining(",", "[", "]"));
  }
}
