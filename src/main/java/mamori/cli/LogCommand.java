package mamori.cli;

import java.io.PrintWriter;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import mamori.crypto.SigningKeys;
import mamori.log.AccessRecord;
import mamori.log.AccessRecordCodec;
import mamori.log.LogVerifier;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.store.ClockConfiguration;
import mamori.store.Store;
import mamori.terminal.Progress;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mamori log ...}: the transparency log from the command line, without the web stack. */
@Command(name = "log", mixinStandardHelpOptions = true,
    description = "Print a log's verifier key, checkpoint, proofs or entries, and verify whole logs.",
    subcommands = {LogCommand.Vkey.class, LogCommand.CheckpointCmd.class, LogCommand.Prove.class,
        LogCommand.Entries.class, LogCommand.Verify.class})
final class LogCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'mamori log --help'");
  }

  /** Opens the store and the logs; closes both. */
  static <T> T withLogs(StoreOptions store, LogsWork<T> work) throws Exception {
    try (Store s = Store.open(store.location());
         TransparencyLogs logs = new TransparencyLogs(s.dataSource(), SigningKeys.in(store.keyFolder()),
             TransparencyLogs.DEFAULT_ORIGIN_PREFIX, ClockConfiguration.systemClock())) {
      return work.run(logs);
    }
  }

  interface LogsWork<T> {
    T run(TransparencyLogs logs) throws Exception;
  }

  static TenantLog existing(CommandSpec spec, TransparencyLogs logs, String tenant) {
    if (!logs.exists(tenant)) {
      throw new ParameterException(spec.commandLine(), "there is no log for tenant " + tenant);
    }
    return logs.forTenant(tenant);
  }

  @Command(name = "vkey", mixinStandardHelpOptions = true,
      description = "Prints the verifier keys of a tenant's log (C2SP vkey form): Ed25519, then ML-DSA-44.")
  static final class Vkey implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;
    @Option(names = "--tenant", required = true, paramLabel = "T") String tenant;

    @Override
    public Integer call() throws Exception {
      return withLogs(store, logs -> {
        existing(spec, logs, tenant);
        PrintWriter out = spec.commandLine().getOut();
        logs.verifierKeys(tenant).forEach(k -> out.println(k));
        out.flush();
        return 0;
      });
    }
  }

  @Command(name = "checkpoint", mixinStandardHelpOptions = true,
      description = "Prints the latest signed checkpoint of a tenant's log.")
  static final class CheckpointCmd implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;
    @Option(names = "--tenant", required = true, paramLabel = "T") String tenant;

    @Override
    public Integer call() throws Exception {
      return withLogs(store, logs -> {
        String note = existing(spec, logs, tenant).checkpoint()
            .orElseThrow(() -> new ParameterException(spec.commandLine(), "the log of " + tenant + " has no checkpoint yet"));
        spec.commandLine().getOut().print(note);
        spec.commandLine().getOut().flush();
        return 0;
      });
    }
  }

  @Command(name = "prove", mixinStandardHelpOptions = true,
      description = {"Prints an inclusion proof (--index I [--size N]) or a consistency proof (--from M --to N)",
          "as JSON with base64 hashes, the shape of the RFC 6962 test vectors. --size defaults to the",
          "latest checkpoint's size, so the proof checks against the published checkpoint."})
  static final class Prove implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;
    @Option(names = "--tenant", required = true, paramLabel = "T") String tenant;

    @ArgGroup(exclusive = true, multiplicity = "1") Which which;

    static final class Which {
      @ArgGroup(exclusive = false) @Nullable Inclusion inclusion;
      @ArgGroup(exclusive = false) @Nullable Consistency consistency;
    }

    static final class Inclusion {
      @Option(names = "--index", required = true, paramLabel = "I") long index;
      @Option(names = "--size", paramLabel = "N") @Nullable Long size;
    }

    static final class Consistency {
      @Option(names = "--from", required = true, paramLabel = "M") long from;
      @Option(names = "--to", required = true, paramLabel = "N") long to;
    }

    @Override
    public Integer call() throws Exception {
      return withLogs(store, logs -> {
        TenantLog log = existing(spec, logs, tenant);
        String json;
        if (which.inclusion != null) {
          long size = which.inclusion.size != null ? which.inclusion.size : publishedSize(log);
          long index = which.inclusion.index;
          check(index >= 0 && index < size, "--index must be from 0 to " + (size - 1) + " for a tree of size " + size);
          check(size <= log.size(), "--size must be at most " + log.size());
          json = "{\"leafIdx\":" + index + ",\"treeSize\":" + size + ",\"leafHash\":\"" + b64(log.leafHash(index))
              + "\",\"proof\":" + list(log.inclusionProof(index, size)) + "}";
        } else {
          Consistency asked = Objects.requireNonNull(which.consistency, "the group holds one of its two");
          long m = asked.from;
          long n = asked.to;
          check(m >= 0 && m <= n && n <= log.size(), "need 0 <= --from <= --to <= " + log.size());
          json = "{\"size1\":" + m + ",\"size2\":" + n + ",\"root1\":\"" + b64(log.root(m)) + "\",\"root2\":\""
              + b64(log.root(n)) + "\",\"proof\":" + list(log.consistencyProof(m, n)) + "}";
        }
        spec.commandLine().getOut().println(json);
        spec.commandLine().getOut().flush();
        return 0;
      });
    }

    private long publishedSize(TenantLog log) throws Exception {
      String note = log.checkpoint()
          .orElseThrow(() -> new ParameterException(spec.commandLine(), "no checkpoint yet: give --size"));
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
      return hashes.stream().map(h -> "\"" + b64(h) + "\"").collect(Collectors.joining(",", "[", "]"));
    }
  }

  @Command(name = "entries", mixinStandardHelpOptions = true,
      description = {"Prints access records of a tenant's log, one a line, oldest first: index, time, action,",
          "actor@organisation, chain (entrustments joined by '>'), purpose/case, person token, fields,",
          "decision; '-' stands for an empty chain, token or field list. Without --from the newest",
          "--limit records are shown; with it, --limit records from that index on. --token shows only",
          "the records naming that person. Exit 1 when a stored entry is not an access record."})
  static final class Entries implements Callable<Integer> {
    static final int MAX_LIMIT = 10_000;

    @Spec CommandSpec spec;
    @Mixin StoreOptions store;
    @Option(names = "--tenant", required = true, paramLabel = "T") String tenant;
    @Option(names = "--token", paramLabel = "X", description = "Only the records naming this person token.")
    @Nullable String token;
    @Option(names = "--from", paramLabel = "N", description = "The first index to show.") @Nullable Long from;
    @Option(names = "--limit", paramLabel = "M", defaultValue = "50",
        description = "At most this many records, 1 to 10,000 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new ParameterException(spec.commandLine(), "--limit must be from 1 to 10,000, not " + limit);
      }
      return withLogs(store, logs -> {
        TenantLog log = existing(spec, logs, tenant);
        if (from != null && (from < 0 || from > log.size())) {
          throw new ParameterException(spec.commandLine(), "--from must be from 0 to " + log.size() + ", not " + from);
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean allDecoded = true;
        for (long index : indexes(log)) {
          byte[] entry = log.entry(index).orElseThrow();
          try {
            out.println(index + " " + line(AccessRecordCodec.decode(entry)));
          } catch (IllegalArgumentException e) {
            out.println(index + " ? not an access record: " + e.getMessage());
            allDecoded = false;
          }
        }
        out.flush();
        return allDecoded ? 0 : 1;
      });
    }

    private List<Long> indexes(TenantLog log) {
      if (token != null) {
        List<Long> all = log.indicesFor(token);
        if (from == null) {
          return all.subList(Math.max(0, all.size() - limit), all.size());
        }
        return all.stream().filter(i -> i >= from).limit(limit).toList();
      }
      long size = log.size();
      long first = from != null ? from : Math.max(0, size - limit);
      return LongStream.range(first, Math.min(size, first + limit)).boxed().toList();
    }

    static String line(AccessRecord r) {
      return r.time() + " " + r.action() + " " + r.actor() + "@" + r.organisation() + " "
          + orDash(String.join(">", r.chain())) + " " + r.purpose() + "/" + r.caseRef() + " "
          + orDash(r.personToken()) + " " + orDash(String.join(",", r.fields())) + " " + r.decision();
    }

    private static String orDash(String s) {
      return s.isEmpty() ? "-" : s;
    }
  }

  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = {"Recomputes each log from its stored entries, checks every stored tile and checkpoint",
          "against it, and names the first entry or checkpoint that disagrees. Exit 1 when one does."})
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;
    @Option(names = "--tenant", paramLabel = "T", description = "One tenant; all tenants when omitted.")
    @Nullable String tenant;

    @Override
    public Integer call() throws Exception {
      return withLogs(store, logs -> {
        List<String> tenants = tenant != null ? List.of(tenant) : logs.tenants();
        PrintWriter out = spec.commandLine().getOut();
        boolean allOk = true;
        if (tenants.isEmpty()) {
          out.println("no logs in " + store.location());
        }
        for (String t : tenants) {
          long started = System.nanoTime();
          LogVerifier.Report r = Progress.track("verify " + t, -1, p -> LogVerifier.verify(logs, t, p));
          double s = (System.nanoTime() - started) / 1e9;
          if (r.ok()) {
            out.printf(java.util.Locale.ROOT, "%s: ok, %,d entries and %,d checkpoints verified in %.1f s%n",
                t, r.entries(), r.checkpoints(), s);
          } else {
            allOk = false;
            out.printf("%s: FAILED: %s%n", t, r.problem().orElseThrow());
          }
        }
        out.flush();
        return allOk ? 0 : 1;
      });
    }
  }
}
