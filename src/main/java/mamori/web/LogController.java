package mamori.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import mamori.core.Role;
import mamori.identity.Principal;
import mamori.log.LogUnavailableException;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.NoteException;
import mamori.log.verify.TilePath;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each tenant's log over HTTP as C2SP tlog-tiles lays it out under {@code /log/{tenant}/}: the
 * latest published checkpoint (witnessed), the witnesses, consistency proofs and the Merkle tiles,
 * which hold hashes only and so reveal nobody, are open. Entry bundles hold access records, which
 * are personal data (persons named by token only): they are served to the tenant's own auditors
 * alone, signed in by bearer token or console session (a witness or the PPC reads them through an
 * auditor account of the tenant), and only up to the checkpoint the auditor can check, so every
 * entry served is one the signed tree commits to. Reading them writes one {@code log.audit} record
 * per audit session ({@link LogAudits}).
 */
@RestController
class LogController {
  /** The entry bundles, as the security chain matches them. */
  static final String ENTRY_BUNDLES = "/log/*/tile/entries/**";

  private static final MediaType TEXT = MediaType.parseMediaType("text/plain; charset=utf-8");
  private final TransparencyLogs logs;
  private final LogAudits audits;

  LogController(TransparencyLogs logs, LogAudits audits) {
    this.logs = logs;
    this.audits = audits;
  }

  @GetMapping("/log/{tenant}/checkpoint")
  ResponseEntity<String> checkpoint(@PathVariable String tenant) {
    if (!logs.exists(tenant)) {
      return notFound("no log for this tenant");
    }
    // the latest published checkpoint: cosigned by the witness quorum (every signed one when the
    // log
    // has no witness); a newer signed one waits for its cosignatures
    return logs.forTenant(tenant)
        .publishedCheckpoint()
        .map(note ->
            ResponseEntity.ok().contentType(TEXT).cacheControl(CacheControl.noCache()).body(note))
        .orElseGet(() -> notFound("no checkpoint yet"));
  }

  @GetMapping("/log/{tenant}/tile/{*rest}")
  ResponseEntity<?> tile(
      @PathVariable String tenant,
      @PathVariable String rest,
      @AuthenticationPrincipal @Nullable Principal principal) {
    TilePath path;
    try {
      path = TilePath.parse("tile" + rest);
    } catch (IllegalArgumentException e) {
      return ResponseEntity.badRequest().contentType(TEXT).body("not a tlog-tiles path\n");
    }
    if (path.entries()) {
      return entryBundle(tenant, path, principal);
    }
    if (!logs.exists(tenant)) {
      return notFound("no log for this tenant");
    }
    TenantLog log = logs.forTenant(tenant);
    byte[] stored = log.tile(path.level(), path.index());
    int want = path.width() * 32;
    if (stored.length < want) {
      return notFound("no such tile yet");
    }
    CacheControl cache =
        path.isPartial() || stored.length > want
            ? CacheControl.noCache()
            : CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .cacheControl(cache)
        .body(Arrays.copyOf(stored, want));
  }

  /**
   * An entry bundle for the tenant's own auditor (the security chain has let through only a bearer
   * token or a console session that passed both factors): 403 to anyone else, 404 beyond the
   * checkpoint the auditor can check. Full bundles never change, but they are personal data: cached
   * privately only; a partial one is not stored at all.
   */
  private ResponseEntity<?> entryBundle(
      String tenant, TilePath path, @Nullable Principal principal) {
    if (principal == null || !principal.tenantId().value().equals(tenant)) {
      // another tenant's user: nothing is written to either log, as for any foreign name
      return forbidden();
    }
    if (principal.role() != Role.AUDITOR || !principal.controller()) {
      audits.refused(principal);
      return forbidden();
    }
    if (!logs.exists(tenant)) {
      return notFound("no log for this tenant");
    }
    try {
      return entryBundle(logs.forTenant(tenant), path, principal);
    } catch (LogUnavailableException e) {
      // the session's record could not be written, or the store not read: nothing is served
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .contentType(TEXT)
          .body("the log cannot be read now; try again later\n");
    }
  }

  private ResponseEntity<?> entryBundle(TenantLog log, TilePath path, Principal principal) {
    long size = checkableSize(log);
    // index * 256 + width without overflow for any index the path allows
    if (path.index() >= size / TilePath.FULL_WIDTH + 1
        || path.index() * TilePath.FULL_WIDTH + path.width() > size) {
      return notFound("no such entry bundle within the latest checkpoint");
    }
    audits.reading(principal, size);
    Optional<byte[]> bundle = log.entryBundle(path.index(), path.width());
    if (bundle.isEmpty()) {
      return notFound("no such entry bundle within the latest checkpoint");
    }
    CacheControl cache =
        path.isPartial()
            ? CacheControl.noStore()
            : CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .cacheControl(cache)
        .body(bundle.get());
  }

  /**
   * The size of the checkpoint an auditor is shown and can check the bundles against: no entry
   * beyond it is served. 0 before the first checkpoint.
   */
  private static long checkableSize(TenantLog log) {
    Optional<String> note = log.publishedCheckpoint();
    if (note.isEmpty()) {
      return 0;
    }
    try {
      return Checkpoint.parse(Note.parse(note.get()).text()).size();
    } catch (NoteException e) {
      throw new LogUnavailableException("the stored checkpoint does not parse", e);
    }
  }

  private static ResponseEntity<String> forbidden() {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .contentType(TEXT)
        .body("entry bundles hold personal data and are served to the tenant's auditors only\n");
  }

  private static ResponseEntity<String> notFound(String why) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(TEXT).body(why + "\n");
  }
}
