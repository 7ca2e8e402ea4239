package mamori.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code manifest.json} of a backup folder: what the snapshot holds and how to check it. It names
 * the format, the release and store that wrote it, the schema (Flyway) version, when it was taken,
 * per tenant the log's size and root in the snapshot with the newest checkpoint signed at or below
 * that size (a public, signed note), the row counts of the main tables, and the SHA-256 of every
 * other file in the folder. It never holds a key, a person's data or a password: the checkpoints
 * are published notes, the counts are numbers, and the store is named by kind and schema only.
 *
 * @param tenants the logs in the snapshot, by tenant id
 * @param counts rows of the main tables
 * @param files the folder's other files by name (no subfolders), with their size and SHA-256
 */
public record Manifest(
    String format,
    String mamoriVersion,
    String store,
    String schemaVersion,
    String pgSchema,
    Instant takenAt,
    Map<String, LogAt> tenants,
    Map<String, Long> counts,
    Map<String, FileHash> files) {
  /** The format this release writes and reads. */
  public static final String FORMAT = "mamori-backup/1";

  public static final String FILE_NAME = "manifest.json";
  static final long MAX_BYTES = 16L << 20;
  static final String SQLITE_FILE = "mamori.db";
  static final String PG_FILE = "mamori.sql";

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  public Manifest {
    tenants = Map.copyOf(tenants);
    counts = Map.copyOf(counts);
    files = Map.copyOf(files);
  }

  /**
   * One tenant's log in the snapshot.
   *
   * @param size the integrated size (log_state)
   * @param root the root at that size, Base64
   * @param checkpointSize the size of the newest signed checkpoint at or below {@code size}, -1
   *     when none
   * @param checkpoint that checkpoint's signed note, "" when none
   */
  public record LogAt(long size, String root, long checkpointSize, String checkpoint) {}

  /** A file of the backup: its size in bytes and SHA-256 in lower-case hex. */
  public record FileHash(long size, String sha256) {}

  /** The store kind: {@code sqlite} or {@code postgresql}. */
  public boolean sqlite() {
    return "sqlite".equals(store);
  }

  /** Hashes every regular file of {@code folder} but the manifest. */
  static Map<String, FileHash> hashFiles(Path folder) throws IOException {
    Map<String, FileHash> out = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (!name.equals(FILE_NAME) && Files.isRegularFile(f)) {
          out.put(name, new FileHash(Files.size(f), sha256(f)));
        }
      }
    }
    return out;
  }

  static String sha256(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        md.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /**
   * Why the folder does not match this manifest (a file missing, added, of another size or hash),
   * or empty when every file matches.
   */
  Optional<String> mismatch(Path folder) throws IOException {
    Map<String, FileHash> found = hashFiles(folder);
    List<String> problems = new ArrayList<>();
    for (var e : files.entrySet()) {
      FileHash f = found.get(e.getKey());
      if (f == null) {
        problems.add(e.getKey() + " is missing");
      } else if (!f.equals(e.getValue())) {
        problems.add(
            e.getKey()
                + " has SHA-256 "
                + f.sha256()
                + " ("
                + f.size()
                + " bytes), the manifest says "
                + e.getValue().sha256()
                + " ("
                + e.getValue().size()
                + " bytes)");
      }
    }
    found.keySet().stream()
        .filter(n -> !files.containsKey(n))
        .forEach(n -> problems.add(n + " is not in the manifest"));
    return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
  }

  void write(Path folder) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", format);
    root.put("mamoriVersion", mamoriVersion);
    root.put("store", store);
    root.put("schemaVersion", schemaVersion);
    if (!pgSchema.isEmpty()) {
      root.put("pgSchema", pgSchema);
    }
    root.put("takenAt", takenAt.toString());
    ObjectNode t = root.putObject("tenants");
    new java.util.TreeMap<>(tenants)
        .forEach((id, log) -> {
          ObjectNode n = t.putObject(id);
          n.put("size", log.size());
          n.put("root", log.root());
          n.put("checkpointSize", log.checkpointSize());
          n.put("checkpoint", log.checkpoint());
        });
    ObjectNode c = root.putObject("counts");
    new java.util.TreeMap<>(counts).forEach(c::put);
    ObjectNode f = root.putObject("files");
    new java.util.TreeMap<>(files)
        .forEach((name, h) -> {
          ObjectNode n = f.putObject(name);
          n.put("size", h.size());
          n.put("sha256", h.sha256());
        });
    Files.writeString(
        folder.resolve(FILE_NAME), JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
  }

  /**
   * Reads {@code folder/manifest.json}.
   *
   * @throws BackupException when it is missing, malformed or of another format
   */
  public static Manifest read(Path folder) {
    Path file = folder.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new BackupException(folder + " holds no " + FILE_NAME + ": not a Mamori backup");
    }
    try {
      if (Files.size(file) > MAX_BYTES) {
        // a manifest is a few kilobytes per tenant: a huge one is not read into memory
        throw new BackupException(
            file + " is larger than " + MAX_BYTES / (1 << 20) + " MiB: not a Mamori manifest");
      }
      JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      String format = text(root, "format");
      if (!FORMAT.equals(format)) {
        throw new BackupException(
            file + " is of the format '" + format + "'; this release reads " + FORMAT);
      }
      Map<String, LogAt> tenants = new LinkedHashMap<>();
      for (var e : root.path("tenants").properties()) {
        if (!mamori.core.TenantId.isValid(e.getKey())) {
          // the id names key files and the incident's tenant: never a path
          throw new BackupException(file + " names a tenant that is not a tenant id");
        }
        JsonNode n = e.getValue();
        tenants.put(
            e.getKey(),
            new LogAt(
                n.path("size").asLong(),
                text(n, "root"),
                n.path("checkpointSize").asLong(-1),
                n.path("checkpoint").asString("")));
      }
      Map<String, Long> counts = new LinkedHashMap<>();
      for (var e : root.path("counts").properties()) {
        counts.put(e.getKey(), e.getValue().asLong());
      }
      Map<String, FileHash> files = new LinkedHashMap<>();
      for (var e : root.path("files").properties()) {
        String name = e.getKey();
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
          throw new BackupException(file + " names a file outside the folder: " + name);
        }
        files.put(
            name, new FileHash(e.getValue().path("size").asLong(), text(e.getValue(), "sha256")));
      }
      String store = text(root, "store");
      if (!store.equals("sqlite") && !store.equals("postgresql")) {
        throw new BackupException(file + ": unknown store kind '" + store + "'");
      }
      String data = store.equals("sqlite") ? SQLITE_FILE : PG_FILE;
      if (!files.containsKey(data)) {
        // checked before any target is prepared: a backup without its data restores nothing
        throw new BackupException(file + " names no " + data + ": not a backup of a store");
      }
      return new Manifest(
          format,
          text(root, "mamoriVersion"),
          store,
          text(root, "schemaVersion"),
          root.path("pgSchema").asString(""),
          Instant.parse(text(root, "takenAt")),
          tenants,
          counts,
          files);
    } catch (IOException | JacksonException | java.time.format.DateTimeParseException e) {
      throw new BackupException(file + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isString()) {
      throw new BackupException(FILE_NAME + ": '" + field + "' is missing");
    }
    return v.asString();
  }
}
