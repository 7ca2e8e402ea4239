package mamori.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/*
 * wrk (Debian's package) is the saturation half of `mamori bench read`: a C load generator in a process
 * of its own, closed-loop over C keep-alive connections on two threads, as fast as the service answers.
 * The bench writes a Lua script into its scratch folder that reads the bearer token and the paths from
 * files there (so no token is on a command line), sends the paths in turn (each wrk thread from its own
 * offset) and prints its summary as `wrk.*` lines, which are read back here. A run with a connection,
 * read, write or timeout error, or any answer of 400 or above, fails.
 */
/** Runs {@code wrk} against a list of paths with a bearer token and reads its rate. */
final class Wrk {
  static final String COMMAND = "wrk";
  static final int THREADS = 2;

  static final String SCRIPT =
      """
      -- written by mamori bench read: the bearer header, and the paths in turn
      local started = 0
      function setup(thread)
        thread:set("offset", started * 7919)
        started = started + 1
      end
      local paths = {}
      local n = 0
      local i = 0
      function init(args)
        for line in io.lines(args[1]) do
          if #line > 0 then
            n = n + 1
            paths[n] = line
          end
        end
        local f = assert(io.open(args[2], "r"))
        wrk.headers["Authorization"] = "Bearer " .. f:read("*l")
        f:close()
        i = (offset or 0) % n
      end
      function request()
        i = i + 1
        if i > n then i = 1 end
        return wrk.format("GET", paths[i])
      end
      function done(summary, latency, requests)
        local e = summary.errors
        io.write(string.format("wrk.requests: %d\\n", summary.requests))
        io.write(string.format("wrk.duration_us: %d\\n", summary.duration))
        io.write(string.format("wrk.bytes: %d\\n", summary.bytes))
        io.write(string.format("wrk.errors: %d\\n", e.connect + e.read + e.write + e.timeout))
        io.write(string.format("wrk.status_errors: %d\\n", e.status))
      end
      """;

  /** What one run measured. */
  record Result(long requests, double seconds, long bytes) {
    double perSecond() {
      return requests / seconds;
    }

    double meanBytes() {
      return requests == 0 ? 0 : bytes / (double) requests;
    }

    Result and(Result other) {
      return new Result(requests + other.requests, seconds + other.seconds, bytes + other.bytes);
    }
  }

  private final Path folder;
  private final Path script;
  private final Path bearer;
  private final String base;

  /** A wrk for {@code base} whose script and bearer file live in {@code folder}. */
  Wrk(Path folder, String base, String bearerToken) throws IOException {
    this.folder = folder;
    this.base = base;
    this.script = folder.resolve("read.lua");
    this.bearer = folder.resolve("bearer");
    Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
    Files.writeString(bearer, bearerToken + "\n", StandardCharsets.UTF_8);
  }

  /** The bearer file, for the open-loop client to read. */
  Path bearer() {
    return bearer;
  }

  /** Writes {@code paths} one a line into the scratch folder as {@code name}. */
  Path paths(String name, List<String> paths) throws IOException {
    Path file = folder.resolve(name);
    Files.write(file, paths, StandardCharsets.UTF_8);
    return file;
  }

  /**
   * Runs wrk over {@code paths} from {@code connections} connections for {@code seconds}.
   *
   * @throws IllegalStateException when wrk is missing, fails, runs over its time, or any request
   *     failed
   */
  Result run(Path paths, int connections, int seconds) throws IOException, InterruptedException {
    List<String> command =
        List.of(
            COMMAND,
            "-t" + Math.min(THREADS, connections),
            "-c" + connections,
            "-d" + seconds + "s",
            "--timeout",
            "10s",
            "-s",
            script.toString(),
            base,
            "--",
            paths.toString(),
            bearer.toString());
    Path output = folder.resolve("wrk.out");
    Process wrk;
    try {
      wrk =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "bench read needs wrk on the PATH (Debian: apt-get install wrk): " + e.getMessage(), e);
    }
    if (!wrk.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
      wrk.destroyForcibly().waitFor();
      throw new IllegalStateException("wrk ran over " + (seconds + 60) + " s");
    }
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    Map<String, Long> v = new HashMap<>();
    for (String line : lines) {
      int colon = line.indexOf(": ");
      if (line.startsWith("wrk.") && colon > 0) {
        v.put(line.substring(0, colon), Long.parseLong(line.substring(colon + 2).strip()));
      }
    }
    if (wrk.exitValue() != 0 || !v.containsKey("wrk.requests")) {
      throw new IllegalStateException(
          "wrk failed (" + wrk.exitValue() + "): " + String.join(" | ", lines));
    }
    long requests = figure(v, "wrk.requests", lines);
    long failed = figure(v, "wrk.errors", lines) + figure(v, "wrk.status_errors", lines);
    if (failed > 0) {
      throw new IllegalStateException(
          failed + " of " + requests + " requests failed: " + String.join(" | ", lines));
    }
    return new Result(
        requests, figure(v, "wrk.duration_us", lines) / 1e6, figure(v, "wrk.bytes", lines));
  }

  private static long figure(Map<String, Long> figures, String name, List<String> lines) {
    Long value = figures.get(name);
    if (value == null) {
      throw new IllegalStateException("wrk printed no " + name + ": " + String.join(" | ", lines));
    }
    return value;
  }
}
