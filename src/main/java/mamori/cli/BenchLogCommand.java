package mamori.cli;

import java.util.concurrent.Callable;
import mamori.bench.LogBench;
import mamori.log.TenantLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mamori bench log}: the log's figures (appends, checkpoint delay, verification, proofs).
 */
@Command(
    name = "log",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the transparency log and prints 'name: value' lines on standard output:",
      "  log.appends_per_s                 durable appends per second from T concurrent appenders",
      "  log.checkpoint_latency_ms_p99     acknowledgement to stored signed checkpoint, p99 of all entries",
      "  log.verify_entries_per_s          whole-log verification: read every entry, hash, compare the root",
      "  log.verify_peak_heap_mb           the heap pools' peak during it (collected and reset before;",
      "                                    garbage included), log.verify_live_heap_mb what a",
      "                                    collection during it left: both flat in the log's size",
      "  log.verify_hash_only_entries_per_s  the same hashing on leaf hashes in memory, without reading",
      "  log.inclusion_proof_store_us      build + verify one proof from the store at the appended size",
      "  log.bulk_appends_per_s            then N more records appended by one thread in appendAll calls",
      "                                    of --bulk-batch records each (time inside the calls)",
      "  log.inclusion_proof_us            build + verify one proof in a synthetic tree of --proof-size",
      "                                    leaves whose tiles are built in memory (mean; _p99 beside it)",
      "then the targets as log.target.* lines, each figure over its target as a log.target_ratio.*",
      "line (turned so that 1.00 or more is met), and a '#' line saying which were met.",
      "",
      "Without --data or --db the log goes to a temporary SQLite folder that is deleted afterwards.",
      "With either, a tenant 'bench-<random>' is left in that store (its signing keys are temporary,",
      "so it can be read and verified but not extended). The synthetic tree's tiles are built at once",
      "on all cores, not appended: N x 32 bytes of memory outside the Java heap (3.2 GB and about",
      "half a minute on 2 cores at the default 100 million), so no -Xmx is needed for it.",
      ""
    })
final class BenchLogCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--appends",
      paramLabel = "N",
      defaultValue = "200000",
      description = "Entries to append: 1 to 100,000,000 (default: ${DEFAULT-VALUE}).")
  long appends;

  @Option(
      names = "--appenders",
      paramLabel = "T",
      defaultValue = "64",
      description =
          "Concurrent appenders (virtual threads, each waiting for its acknowledgement):"
              + " 1 to 65,536 (default: ${DEFAULT-VALUE}).")
  int appenders;

  @Option(
      names = "--bulk-batch",
      paramLabel = "N",
      defaultValue = "4096",
      description =
          "Records per appendAll call for log.bulk_appends_per_s: 1 to "
              + TenantLog.MAX_APPEND_ALL
              + " (default: ${DEFAULT-VALUE}).")
  int bulkBatch;

  @Option(
      names = "--proof-size",
      paramLabel = "N",
      defaultValue = "100000000",
      description =
          "Leaves of the synthetic tree for log.inclusion_proof_us: 1 to 4,000,000,000"
              + " (default: ${DEFAULT-VALUE}).")
  long proofSize;

  @Option(
      names = "--witnessed-appends",
      paramLabel = "N",
      defaultValue = "20000",
      description =
          "Appends for the checkpoint latency with two witnesses cosigning"
              + " (log.published_latency_ms_p99); 0 skips it (default: ${DEFAULT-VALUE}).")
  long witnessedAppends;

  @Override
  public Integer call() throws Exception {
    BenchCommand.check(
        spec,
        appends >= 1 && appends <= 100_000_000,
        "--appends must be from 1 to 100,000,000, not " + appends);
    BenchCommand.check(
        spec,
        appenders >= 1 && appenders <= 65_536,
        "--appenders must be from 1 to 65,536, not " + appenders);
    BenchCommand.check(
        spec,
        bulkBatch >= 1 && bulkBatch <= TenantLog.MAX_APPEND_ALL,
        "--bulk-batch must be from 1 to " + TenantLog.MAX_APPEND_ALL + ", not " + bulkBatch);
    BenchCommand.check(
        spec,
        proofSize >= 1 && proofSize <= 4_000_000_000L,
        "--proof-size must be from 1 to 4,000,000,000, not " + proofSize);
    new LogBench(BenchCommand.where(store), appends, appenders, bulkBatch, proofSize)
        .run(spec.commandLine().getOut(), spec.commandLine().getErr());
    if (witnessedAppends > 0) {
      mamori.bench.WitnessedCheckpointBenchmark.run(
          BenchCommand.where(store), witnessedAppends, appenders, spec.commandLine().getOut());
    }
    return 0;
  }
}
