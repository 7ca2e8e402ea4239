package mamori.web;

import java.util.Arrays;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.log.verify.TilePath;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each tenant's log over HTTP as C2SP tlog-tiles lays it out under {@code /log/{tenant}/}: the
 * latest published checkpoint and the Merkle tiles, which hold hashes only and so reveal nobody.
 * Entry bundles hold access records, which are personal data: they are for authorised auditors
 * only.
 */
@RestController
class LogController {
  private static final MediaType TEXT = MediaType.parseMediaType("text/plain; charset=utf-8");
  private final TransparencyLogs logs;

  LogController(TransparencyLogs logs) {
    this.logs = logs;
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
  ResponseEntity<?> tile(@PathVariable String tenant, @PathVariable String rest) {
    TilePath path;
    try {
      path = TilePath.parse("tile" + rest);
    } catch (IllegalArgumentException e) {
      return ResponseEntity.badRequest().contentType(TEXT).body("not a tlog-tiles path\n");
    }
    if (path.entries()) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN)
          .contentType(TEXT)
          .body("entry bundles hold personal data and are served to authorised auditors only\n");
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
            : CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable();
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .cacheControl(cache)
        .body(Arrays.copyOf(stored, want));
  }

  private static ResponseEntity<String> notFound(String why) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(TEXT).body(why + "\n");
  }
}
