package mamori.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/*
 * Design. PostgreSQL's own tools make and load the dump: pg_dump of the store's one schema in plain
 * SQL, given the snapshot a JDBC transaction exported (pg_export_snapshot), so the manifest's
 * checkpoints and counts, read in that transaction, describe exactly the rows dumped. A restore
 * feeds the dump to psql in one transaction with ON_ERROR_STOP, so a failure leaves nothing. The
 * target may be another schema (a restore beside the old one, as the proof test does): the dump's
 * statements name the schema explicitly (pg_dump sets an empty search_path), and the lines outside
 * COPY data blocks are rewritten from the old name to the new one; the data rows pass untouched.
 * The connection comes from the JDBC URL and goes to the tools as PG* environment variables, so a
 * password never appears on a command line.
 */
/** pg_dump and psql on the server and schema of a JDBC URL. */
final class PgTools {
  private static final Pattern URL =
      Pattern.compile("jdbc:postgresql://([^/:?,]+)(?::(\\d+))?/([^?]*)(?:\\?(.*))?");
  private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final Pattern TOOL_VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

  private PgTools() {}

  /** The libpq environment and the schema of a JDBC URL. */
  record Target(Map<String, String> env, String schema) {
    @Override
    public String toString() {
      return "schema " + schema + " on " + env.get("PGHOST") + ":" + env.get("PGPORT");
    }
  }

  static Target target(String jdbcUrl) {
    Matcher m = URL.matcher(jdbcUrl);
    if (!m.matches()) {
      throw new BackupException(
          "--db: a single-host PostgreSQL URL is needed for pg_dump and psql:"
              + " jdbc:postgresql://HOST[:PORT]/DB?user=U[&currentSchema=S]");
    }
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PGHOST", m.group(1));
    env.put("PGPORT", m.group(2) == null ? "5432" : m.group(2));
    env.put("PGDATABASE", decode(m.group(3)));
    String schema = "public";
    if (m.group(4) != null) {
      for (String pair : m.group(4).split("&")) {
        int eq = pair.indexOf('=');
        if (eq < 0) {
          continue;
        }
        String key = pair.substring(0, eq);
        String value = decode(pair.substring(eq + 1));
        switch (key) {
          case "user" -> env.put("PGUSER", value);
          case "password" -> env.put("PGPASSWORD", value);
          case "sslmode" -> env.put("PGSSLMODE", value);
          case "currentSchema" -> schema = value;
          default -> {}
        }
      }
    }
    if (!SCHEMA.matcher(schema).matches()) {
      throw new BackupException(
          "currentSchema '" + schema + "': backup and restore take a lower-case schema name");
    }
    return new Target(Map.copyOf(env), schema);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /**
   * Checks that {@code tool} is on PATH and not of an older major version than the server's.
   *
   * @throws BackupException naming the tool and both versions otherwise
   */
  static void checkVersion(String tool, int serverMajor) {
    String said;
    try {
      said = run(List.of(tool, "--version"), Map.of(), null).strip();
    } catch (BackupException e) {
      throw new BackupException(
          tool
              + " is not on PATH: install PostgreSQL's client tools of version "
              + serverMajor
              + " or newer (Debian: postgresql-client-"
              + serverMajor
              + ")",
          e);
    }
    Matcher m = TOOL_VERSION.matcher(said);
    if (!m.find()) {
      throw new BackupException("cannot read the version of " + tool + ": " + said);
    }
    int major = Integer.parseInt(m.group(1));
    if (major < serverMajor) {
      throw new BackupException(
          tool
              + " is of PostgreSQL "
              + major
              + ", older than the server's "
              + serverMajor
              + ": it cannot dump or load it faithfully; put version "
              + serverMajor
              + " or newer first on PATH");
    }
  }

  /** Dumps the target's schema as plain SQL into {@code file}, from the exported snapshot. */
  static void dump(Target t, String snapshot, Path file) {
    run(
        List.of(
            "pg_dump",
            "--schema=" + t.schema(),
            "--no-owner",
            "--no-privileges",
            "--format=plain",
            "--snapshot=" + snapshot,
            "--file=" + file),
        t.env(),
        null);
  }

  /**
   * Loads {@code dump} (of schema {@code from}) into the target's schema in one transaction; with
   * {@code replace}, the target schema is dropped first in that same transaction.
   */
  static void load(Target t, Path dump, String from, boolean replace) {
    run(
        List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction", "-f", "-"),
        t.env(),
        out -> {
          if (replace) {
            out.write("DROP SCHEMA IF EXISTS " + t.schema() + " CASCADE;\n");
          }
          try (BufferedReader in = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
            rewrite(in, out, from, t.schema());
          }
        });
  }

  /**
   * Copies a plain dump from {@code in} to {@code out} with schema {@code from} renamed {@code to}
   * outside the COPY data blocks, and {@code CREATE SCHEMA} made {@code IF NOT EXISTS} (an empty
   * schema such as {@code public} may be the target).
   */
  static void rewrite(BufferedReader in, java.io.Writer out, String from, String to)
      throws IOException {
    Pattern qualified = Pattern.compile("(?<![A-Za-z0-9_$\"])" + Pattern.quote(from) + "\\.");
    Pattern create = Pattern.compile("^CREATE SCHEMA " + Pattern.quote(from) + ";$");
    boolean data = false;
    for (String line; (line = in.readLine()) != null; ) {
      if (data) {
        data = !line.equals("\\.");
      } else {
        if (create.matcher(line).matches()) {
          line = "CREATE SCHEMA IF NOT EXISTS " + to + ";";
        } else if (!from.equals(to)) {
          line = qualified.matcher(line).replaceAll(Matcher.quoteReplacement(to + "."));
        }
        data = line.startsWith("COPY ") && line.endsWith(" FROM stdin;");
      }
      out.write(line);
      out.write('\n');
    }
  }

  interface Input {
    void write(java.io.Writer out) throws IOException;
  }

  /** Runs a tool; its output when it exits 0, else a BackupException with what it said. */
  static String run(
      List<String> command,
      Map<String, String> env,
      @org.jspecify.annotations.Nullable Input input) {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new BackupException(command.getFirst() + " cannot be started: " + e.getMessage(), e);
    }
    try {
      StringBuilder said = new StringBuilder();
      Thread reader =
          Thread.ofVirtual()
              .start(() -> {
                try {
                  said.append(
                      new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                  said.append(e.getMessage());
                }
              });
      @org.jspecify.annotations.Nullable IOException writing = null;
      try (BufferedWriter w =
          new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8))) {
        if (input != null) {
          input.write(w);
        }
      } catch (IOException e) {
        writing = e; // the tool stopped reading: its exit and its words say why
      }
      int exit = p.waitFor();
      reader.join();
      if (exit != 0 || writing != null) {
        throw new BackupException(
            command.getFirst()
                + " failed (exit "
                + exit
                + "): "
                + said.toString().strip()
                + (writing == null ? "" : " (" + writing.getMessage() + ")"));
      }
      return said.toString();
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new BackupException(command.getFirst() + " was interrupted", e);
    }
  }
}
