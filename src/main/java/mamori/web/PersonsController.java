package mamori.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mamori.access.AccessException;
import mamori.access.AccessGate;
import mamori.access.PersonAccesses;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Reason;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.identity.Principal;
import mamori.vault.Revealed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/persons}: persons through the gate, named by the caller's own tokens. */
@RestController
class PersonsController {
  private final AccessGate gate;
  private final PersonAccesses accesses;

  PersonsController(AccessGate gate, PersonAccesses accesses) {
    this.gate = gate;
    this.accesses = accesses;
  }

  record Tokens(List<String> tokens) {}

  record Person(String token, int version, Map<String, String> fields) {}

  @GetMapping(path = "/api/v1/persons", produces = "application/json")
  Tokens list(@AuthenticationPrincipal Principal p, @RequestParam String purpose,
      @RequestParam(name = "case") String caseRef, @RequestParam(defaultValue = "100") int limit) {
    return new Tokens(gate.persons(p, new Why(purpose, caseRef), limit).stream().map(AgencyToken::value).toList());
  }

  @GetMapping(path = "/api/v1/persons/{token}", produces = "application/json")
  Person read(@AuthenticationPrincipal Principal p, @PathVariable String token, @RequestParam String purpose,
      @RequestParam(name = "case") String caseRef, @RequestParam(required = false) @Nullable List<String> fields) {
    Map<Field, Mask> asked = new EnumMap<>(Field.class);
    if (fields != null) {
      for (String f : fields) {
        asked.put(Field.ofColumn(f.strip()).orElseThrow(() -> new IllegalArgumentException("unknown field")),
            Mask.NONE);
      }
    }
    Revealed r = gate.read(p, parse(token), new Why(purpose, caseRef), asked);
    Map<String, String> shown = new LinkedHashMap<>();
    for (Field f : Field.values()) {
      r.get(f).ifPresent(v -> shown.put(f.column(), v));
    }
    return new Person(token, r.version(), shown);
  }

  @GetMapping(path = "/api/v1/persons/{token}/accesses", produces = "application/json")
  PersonAccesses.History accesses(@AuthenticationPrincipal Principal p, @PathVariable String token,
      @RequestParam(defaultValue = "100") int limit) {
    return accesses.of(p, parse(token), Math.max(1, Math.min(limit, 1000)));
  }

  private static AgencyToken parse(String token) {
    try {
      return AgencyToken.parse(token);
    } catch (IllegalArgumentException e) {
      throw new AccessException(Reason.PERSON_NOT_FOUND, "no such person");
    }
  }
}
