package mamori.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import mamori.log.AccessRecord;
import mamori.log.AccessRecordCodec;
import mamori.log.TenantLog;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mamori log entries}: a log's access records, one a line. */
@Command(
    name = "entries",
    mixinStandardHelpOptions = true,
    description = {
      "Prints access records of a tenant's log, one a line, oldest first: index, time, action,",
      "actor@organisation, chain (entrustments joined by '>'), purpose/case, person token, fields,",
      "decision; '-' stands for an empty chain, token or field list. Without --from the newest",
      "--limit records are shown; with it, --limit records from that index on. --token shows only",
      "the records naming that person. Exit 1 when a stored entry is not an access record."
    })
final class LogEntriesCommand implements Callable<Integer> {
  static final int MAX_LIMIT = 10_000;

  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(names = "--tenant", required = true, paramLabel = "T")
  String tenant;

  @Option(
      names = "--token",
      paramLabel = "X",
      description = "Only the records naming this person token.")
  @Nullable String token;

  @Option(names = "--from", paramLabel = "N", description = "The first index to show.")
  @Nullable Long from;

  @Option(
      names = "--limit",
      paramLabel = "M",
      defaultValue = "50",
      description = "At most this many records, 1 to 10,000 (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() throws Exception {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new ParameterException(
          spec.commandLine(), "--limit must be from 1 to 10,000, not " + limit);
    }
    return LogCommand.withLogs(
        store,
        logs -> {
          TenantLog log = LogCommand.existing(spec, logs, tenant);
          if (from != null && (from < 0 || from > log.size())) {
            throw new ParameterException(
                spec.commandLine(), "--from must be from 0 to " + log.size() + ", not " + from);
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

  /**
   * One record on one line. Every text is shown with its control and format characters (line
   * breaks, terminal escapes, bidirectional controls) as {@code \\uXXXX}: the service refuses them
   * in a purpose and case, but a record written under older rules may hold them, and it must not
   * forge a line or reorder text on the auditor's terminal.
   */
  static String line(AccessRecord r) {
    return printable(lineAsRecorded(r));
  }

  private static String lineAsRecorded(AccessRecord r) {
    return r.time()
        + " "
        + r.action()
        + " "
        + r.actor()
        + "@"
        + r.organisation()
        + " "
        + orDash(String.join(">", r.chain()))
        + " "
        + r.purpose()
        + "/"
        + r.caseRef()
        + " "
        + orDash(r.personToken())
        + " "
        + orDash(String.join(",", r.fields()))
        + " "
        + r.decision();
  }

  static String printable(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints()
        .forEach(cp -> {
          if (mamori.core.Why.unprintable(cp)) {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
          } else {
            b.appendCodePoint(cp);
          }
        });
    return b.toString();
  }

  private static String orDash(String s) {
    return s.isEmpty() ? "-" : s;
  }
}
