package mamori.web;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.NoteException;
import mamori.witness.WitnessSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What a verifier outside Mamori needs beside the checkpoint and the tiles, open to all because it
 * is keys and hashes only: who vouches for the log ({@code /log/{tenant}/witnesses} as JSON, {@code
 * /log/{tenant}/keys} as a page with fingerprints to compare out of band) and consistency proofs
 * between two sizes up to the latest published checkpoint ({@code
 * /log/{tenant}/proof/consistency?from=N&to=M}), with which a resident's browser or an auditor
 * checks that today's tree extends the one they saw before.
 */
@Controller
class LogKeysController {
  private final TransparencyLogs logs;
  private final Environment environment;

  LogKeysController(TransparencyLogs logs, Environment environment) {
    this.logs = logs;
    this.environment = environment;
  }

  @GetMapping(value = "/log/{tenant}/witnesses", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<?> witnesses(@PathVariable String tenant) {
    if (!logs.exists(tenant)) {
      return error(HttpStatus.NOT_FOUND, "no log for this tenant");
    }
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noCache())
        .body(LogWitnesses.of(logs, tenant, WitnessSettings.minimum(environment)));
  }

  @GetMapping("/log/{tenant}/keys")
  String keys(@PathVariable String tenant, Model model) {
    if (!logs.exists(tenant)) {
      throw PageRefusal.notFound();
    }
    model.addAttribute("tenant", tenant);
    model.addAttribute("w", LogWitnesses.of(logs, tenant, WitnessSettings.minimum(environment)));
    return "log/keys";
  }

  @GetMapping(
      value = "/log/{tenant}/proof/consistency",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<?> consistency(
      @PathVariable String tenant,
      @RequestParam(name = "from", required = false) @Nullable String from,
      @RequestParam(name = "to", required = false) @Nullable String to) {
    if (!logs.exists(tenant)) {
      return error(HttpStatus.NOT_FOUND, "no log for this tenant");
    }
    if (from == null || to == null || !from.matches("[0-9]{1,18}") || !to.matches("[0-9]{1,18}")) {
      return error(HttpStatus.BAD_REQUEST, "from and to are tree sizes (decimal, 0 or more)");
    }
    long size1 = Long.parseLong(from);
    long size2 = Long.parseLong(to);
    TenantLog log = logs.forTenant(tenant);
    long published = publishedSize(log);
    if (size1 > size2 || size2 > published) {
      return error(
          HttpStatus.BAD_REQUEST,
          "0 <= from <= to <= " + published + " (the latest published size) does not hold");
    }
    List<String> proof =
        size1 == 0 || size1 == size2
            ? List.of()
            : log.consistencyProof(size1, size2).stream()
                .map(Base64.getEncoder()::encodeToString)
                .toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("size1", size1);
    body.put("size2", size2);
    body.put("proof", proof);
    return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(body);
  }

  private static long publishedSize(TenantLog log) {
    return log.publishedCheckpoint()
        .map(note -> {
          try {
            return Checkpoint.parse(Note.parse(note).text()).size();
          } catch (NoteException e) {
            return 0L;
          }
        })
        .orElse(0L);
  }

  private static ResponseEntity<Map<String, String>> error(HttpStatus status, String why) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("error", why));
  }
}
