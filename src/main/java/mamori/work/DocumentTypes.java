package mamori.work;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import mamori.core.Action;
import mamori.core.Reason;
import mamori.core.TenantId;
import mamori.identity.Principal;
import mamori.log.AdminLog;
import mamori.log.TransparencyLogs;

/**
 * The document types a tenant can make jobs of: the built-in ones (the withholding slip and the
 * dependants declaration, files in the jar) and those the tenant loaded from its own files, each
 * load of an id a new version. A built-in id cannot be loaded over. Loading is the controller's
 * security officer's or organisation admin's act, logged ({@code work.type-load}) before the file
 * is stored with its SHA-256.
 */
public final class DocumentTypes {
  /** The ids of the built-in types, in the order they are listed. */
  public static final List<String> BUILT_IN = List.of("withholding-slip", "dependants-declaration");

  private final Map<String, DocumentType> builtIn = new LinkedHashMap<>();
  private final Map<String, DocumentType> parsed = new ConcurrentHashMap<>();
  private final WorkStore store;
  private final AdminLog log;
  private final Clock clock;

  public DocumentTypes(WorkStore store, TransparencyLogs logs, Clock clock) {
    this.store = store;
    this.log = new AdminLog(logs, clock);
    this.clock = clock;
    for (String id : BUILT_IN) {
      builtIn.put(id, TypeFile.parse(builtInText(id), 1));
    }
  }

  /** The text of a built-in type's file. */
  static String builtInText(String id) {
    try (InputStream in = DocumentTypes.class.getResourceAsStream("/work/types/" + id + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException("the built-in type " + id + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A built-in type as the jar ships it, for tools that draw it without a store ({@code mamori
   * generate slips}): what is drawn then lies where the desk cuts its regions.
   *
   * @throws IllegalArgumentException when {@code id} is not a built-in type
   */
  public static DocumentType builtIn(String id) {
    if (!isBuiltIn(id)) {
      throw new IllegalArgumentException("no built-in document type " + id);
    }
    return TypeFile.parse(builtInText(id), 1);
  }

  /** Whether {@code id} names a built-in type. */
  public static boolean isBuiltIn(String id) {
    return BUILT_IN.contains(id);
  }

  /** The newest version of type {@code id} for the tenant, built in or loaded. */
  public Optional<DocumentType> type(TenantId tenant, String id) {
    DocumentType b = builtIn.get(id);
    if (b != null) {
      return Optional.of(b);
    }
    // the newest version's number first: its body is read only when it is not parsed yet
    return store.latestTypeVersion(tenant, id).flatMap(v -> type(tenant, id, v));
  }

  /** Version {@code version} of type {@code id} for the tenant. */
  public Optional<DocumentType> type(TenantId tenant, String id, int version) {
    DocumentType b = builtIn.get(id);
    if (b != null) {
      return version == 1 ? Optional.of(b) : Optional.empty();
    }
    DocumentType known = parsed.get(key(tenant, id, version));
    if (known != null) {
      return Optional.of(known);
    }
    return store.type(tenant, id, version).map(f -> parsed(tenant, f));
  }

  /** Every type of the tenant, newest versions: the built-in ones first, then by id. */
  public List<DocumentType> all(TenantId tenant) {
    List<DocumentType> out = new ArrayList<>(builtIn.values());
    for (WorkStore.TypeFile f : store.latestTypes(tenant)) {
      if (!builtIn.containsKey(f.id())) {
        out.add(parsed(tenant, f));
      }
    }
    return out;
  }

  private DocumentType parsed(TenantId tenant, WorkStore.TypeFile f) {
    return parsed.computeIfAbsent(
        key(tenant, f.id(), f.version()), k -> TypeFile.parse(f.body(), f.version()));
  }

  private static String key(TenantId tenant, String id, int version) {
    return tenant.value() + "/" + id + "/" + version;
  }

  /** A type as loaded: the type and the SHA-256 of its file, in hexadecimal. */
  public record Loaded(DocumentType type, String sha256) {}

  /**
   * Loads a city's type file: checked whole ({@link TypeFile}), logged, stored as the next version
   * of its id.
   *
   * @throws JobException refused (logged) for a caller other than the controller's security officer
   *     or organisation admin; invalid for a file that does not read (with its line) or names a
   *     built-in id; nothing is stored
   */
  public Loaded load(Principal p, String text) {
    String target = "work-type";
    Reason refused = WorkRoles.administers(p);
    if (refused != null) {
      log.refused(p.who(), Action.WORK_TYPE_LOAD, target, refused);
      throw JobException.refused(
          refused, "only the tenant's security officer or organisation admin loads types");
    }
    DocumentType probe;
    try {
      probe = TypeFile.parse(text, 1);
    } catch (TypeFile.Invalid e) {
      throw JobException.invalid("type", String.valueOf(e.getMessage()));
    }
    if (isBuiltIn(probe.id())) {
      throw JobException.invalid(
          "type", "'" + probe.id() + "' is a built-in type; choose another id");
    }
    String sha = sha256(text);
    log.allowed(p.who(), Action.WORK_TYPE_LOAD, "type " + probe.id());
    for (int attempt = 0; attempt < 5; attempt++) {
      int version = store.latestType(p.tenantId(), probe.id()).map(f -> f.version() + 1).orElse(1);
      if (store.insertType(
          p.tenantId(), probe.id(), version, text, sha, p.userId(), clock.instant())) {
        DocumentType t = probe.at(version); // read once: only the version differs
        parsed.put(key(p.tenantId(), t.id(), version), t);
        return new Loaded(t, sha);
      }
    }
    throw new JobException(
        JobException.Kind.CONFLICT, Reason.TYPE_BUSY, "", "the type is being loaded; try again");
  }

  /** The SHA-256 of a type file's text (UTF-8), in hexadecimal. */
  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
