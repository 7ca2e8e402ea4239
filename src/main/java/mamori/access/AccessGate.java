package mamori.access;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import mamori.crypto.AgencyToken;
import mamori.entrustment.Action;
import mamori.entrustment.Caller;
import mamori.entrustment.Decision;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Request;
import mamori.entrustment.Role;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import mamori.number.IndividualNumber;
import mamori.vault.Actor;
import mamori.vault.Field;
import mamori.vault.Mask;
import mamori.vault.PersonVersion;
import mamori.vault.Revealed;
import mamori.vault.Vault;

/**
 * The one path to person data (DESIGN.md promise 2). Every read, listing and search is decided from the
 * caller, the entrustment chain, the purpose, the case, the action, the person and the fields.
 *
 * <p>Design. A contractor knows a person only by its own token ({@code TenantKeys.token(tenant, org, id)});
 * listing persons for an organisation remembers which tenant token each of its tokens stands for, and a
 * token without such a row (another tenant's, another organisation's) names nothing: {@code person.not-found},
 * answered as 404. A denial is appended to the tenant's log as {@code deny:<code>} and published as
 * {@link AccessDenied}; an allowed read counts against every daily cap of the chain, then goes through
 * {@link Vault#reveal}, which makes its {@code read} record durable before anything is decrypted, at the
 * strictest of the masking the chain gives and the masking asked. When the log cannot record, the
 * {@code LogUnavailableException} propagates and nothing is revealed (fail closed).
 */
public final class AccessGate {
  private final Vault vault;
  private final Entrustments entrustments;
  private final TransparencyLogs logs;
  private final Consumer<Object> events;
  private final Clock clock;
  private final PersonTokenTable tokens;

  public AccessGate(DataSource store, Vault vault, Entrustments entrustments, TransparencyLogs logs,
      Consumer<Object> events, Clock clock) {
    this.vault = vault;
    this.entrustments = entrustments;
    this.logs = logs;
    this.events = events;
    this.clock = clock;
    this.tokens = new PersonTokenTable(store);
  }

  /** The identity role as entrustments know it. */
  public static Role role(mamori.identity.Role role) {
    return switch (role) {
      case STAFF -> Role.STAFF;
      case OPERATOR -> Role.OPERATOR;
      case ORG_ADMIN -> Role.ORGANISATION_ADMIN;
      case SECURITY_OFFICER -> Role.SECURITY_OFFICER;
      case AUDITOR -> Role.AUDITOR;
    };
  }

  /** The principal as the entrustment module knows a caller. */
  public static Caller caller(Principal p) {
    return new Caller(p.userId(), p.organisationId(), role(p.role()));
  }

  /**
   * The tokens, as the caller's organisation knows them, of the first {@code limit} persons it may work
   * on for {@code purpose}; logged as one {@code list} record first.
   *
   * @throws AccessException when refused (logged)
   * @throws IllegalArgumentException when {@code limit} is not 1 to 10000; nothing is logged
   */
  public List<AgencyToken> persons(Principal p, String purpose, String caseRef, int limit) {
    if (limit < 1 || limit > 10_000) {
      throw new IllegalArgumentException("limit is 1 to 10000, not " + limit);
    }
    Set<Field> fields = scopeFields(p, purpose);
    Decision d = decide(p, purpose, caseRef, fields, Action.READ);
    if (!d.allowed()) {
      throw deny(p, d.chain(), purpose, caseRef, "list", "", fields, d.reason());
    }
    logs.forTenant(p.tenantId()).append(record(p, d.chain(), purpose, caseRef, "list", "", fields, "allow"));
    List<Vault.TokenPair> pairs = vault.tokens(p.tenantId(), p.organisationId(), limit);
    if (controller(p)) {
      return pairs.stream().map(Vault.TokenPair::own).toList();
    }
    tokens.remember(p.tenantId(), p.organisationId(), pairs);
    return pairs.stream().map(Vault.TokenPair::organisation).toList();
  }

  /**
   * Reveals a person named by the caller's token: the fields asked (all in scope when {@code asked} is
   * empty), each at the stricter of the masking asked and the masking the chain gives. The returned
   * {@link Revealed#token()} is the tenant's own token; show the caller its own.
   *
   * @throws AccessException when refused (logged), or {@code person.not-found} for a token the caller
   *     cannot know
   * @throws mamori.vault.VaultException when the person was erased
   * @throws mamori.log.LogUnavailableException when the log cannot record; nothing is revealed
   */
  public Revealed read(Principal p, AgencyToken token, String purpose, String caseRef, Map<Field, Mask> asked) {
    Allowed a = allow(p, token, purpose, caseRef, asked, "read");
    return vault.reveal(p.tenantId(), a.own(), a.masks(), a.actor());
  }

  /**
   * Reveals a person's fields to be printed on paper (a letter to the person): decided as {@link #read}
   * but for the PRINT action, so a contractor needs an entrustment that allows printing, and recorded
   * as {@code print}.
   */
  public Revealed print(Principal p, AgencyToken token, String purpose, String caseRef, Map<Field, Mask> asked) {
    Allowed a = allow(p, token, purpose, caseRef, asked, "print");
    return vault.reveal(p.tenantId(), a.own(), a.masks(), a.actor(), "print");
  }

  /** The earlier versions of a person's record, decided and logged as {@link #read}; the tenant's own staff only. */
  public List<PersonVersion> history(Principal p, AgencyToken token, String purpose, String caseRef,
      Map<Field, Mask> asked) {
    ownStaffOnly(p, purpose, caseRef, "read");
    Allowed a = allow(p, token, purpose, caseRef, asked, "read");
    return vault.history(p.tenantId(), a.own(), a.masks(), a.actor());
  }

  /** Finds a person by number for the tenant's own staff; the search is logged by the vault. */
  public Optional<AgencyToken> findByNumber(Principal p, String purpose, String caseRef, IndividualNumber number) {
    Actor actor = searcher(p, purpose, caseRef, EnumSet.of(Field.MY_NUMBER));
    return vault.findByNumber(p.tenantId(), number, actor);
  }

  /** Finds persons by name and birth date for the tenant's own staff; the search is logged by the vault. */
  public List<AgencyToken> findByNameAndBirthDate(Principal p, String purpose, String caseRef, String familyName,
      String givenName, java.time.LocalDate birthDate) {
    Actor actor = searcher(p, purpose, caseRef, EnumSet.of(Field.FAMILY_NAME, Field.GIVEN_NAME, Field.BIRTH_DATE));
    return vault.findByNameAndBirthDate(p.tenantId(), familyName, givenName, birthDate, actor);
  }

  /**
   * Erases a person for good, for the tenant's own staff whose purpose allows it; the vault writes the
   * {@code erase} record (no number) before it shreds anything.
   *
   * @throws AccessException when refused (logged)
   */
  public void erase(Principal p, AgencyToken token, String purpose, String caseRef) {
    ownStaffOnly(p, purpose, caseRef, "erase");
    Allowed a = allow(p, token, purpose, caseRef, Map.of(), "erase");
    vault.erase(p.tenantId(), a.own(), a.actor());
  }

  private Actor searcher(Principal p, String purpose, String caseRef, Set<Field> fields) {
    ownStaffOnly(p, purpose, caseRef, "find");
    Decision d = decide(p, purpose, caseRef, fields, Action.READ);
    if (!d.allowed()) {
      throw deny(p, d.chain(), purpose, caseRef, "find", "", fields, d.reason());
    }
    return new Actor(p.userId(), p.organisationId(), d.chain(), purpose, caseRef);
  }

  private void ownStaffOnly(Principal p, String purpose, String caseRef, String action) {
    if (!controller(p)) {
      throw deny(p, List.of(), purpose, caseRef, action, "", Set.of(), "organisation.not-controller");
    }
  }

  private record Allowed(String ownValue, Map<Field, Mask> masks, Actor actor) {
    AgencyToken own() {
      return new AgencyToken(ownValue);
    }
  }

  private Allowed allow(Principal p, AgencyToken token, String purpose, String caseRef, Map<Field, Mask> asked,
      String action) {
    Optional<String> own = controller(p) ? Optional.of(token.value())
        : tokens.own(p.tenantId(), p.organisationId(), token.value());
    // a token the tenant does not know names nothing, and is never written to its log
    if (own.isEmpty() || !vault.knows(p.tenantId(), new AgencyToken(own.get()))) {
      throw deny(p, List.of(), purpose, caseRef, action, "", asked.keySet(), AccessException.NOT_FOUND);
    }
    Set<Field> fields = asked.isEmpty() ? scopeFields(p, purpose) : asked.keySet();
    Decision d = decide(p, purpose, caseRef, fields, action.equals("print") ? Action.PRINT : Action.READ);
    if (!d.allowed()) {
      throw deny(p, d.chain(), purpose, caseRef, action, own.get(), fields, d.reason());
    }
    if (!entrustments.tryConsume(d, 1)) {
      throw deny(p, d.chain(), purpose, caseRef, action, own.get(), fields, "volume.exceeded");
    }
    Map<Field, Mask> masks = new EnumMap<>(Field.class);
    for (Map.Entry<Field, Mask> f : d.fields().entrySet()) {
      Mask wanted = asked.getOrDefault(f.getKey(), Mask.NONE);
      masks.put(f.getKey(), wanted.ordinal() > f.getValue().ordinal() ? wanted : f.getValue());
    }
    return new Allowed(own.get(), masks, new Actor(p.userId(), p.organisationId(), d.chain(), purpose, caseRef));
  }

  private Decision decide(Principal p, String purpose, String caseRef, Set<Field> fields, Action action) {
    return entrustments.decide(new Request(p.userId(), p.organisationId(), role(p.role()), purpose, caseRef,
        action, set -> false, fields, clock.instant()));
  }

  /** Every field for the tenant's own staff; else the fields the caller's holdings show for the purpose. */
  private Set<Field> scopeFields(Principal p, String purpose) {
    if (controller(p)) {
      return EnumSet.allOf(Field.class);
    }
    Set<Field> fields = EnumSet.noneOf(Field.class);
    for (Entrustment e : entrustments.heldBy(p.organisationId())) {
      if (e.scope().purposes().contains(purpose)) {
        fields.addAll(e.scope().fields().keySet());
      }
    }
    return fields.isEmpty() ? EnumSet.of(Field.FAMILY_NAME) : fields;
  }

  private static boolean controller(Principal p) {
    return p.organisationId().equals(p.tenantId());
  }

  private AccessException deny(Principal p, List<String> chain, String purpose, String caseRef, String action,
      String person, Set<Field> fields, String reason) {
    Instant now = clock.instant();
    logs.forTenant(p.tenantId()).append(record(p, chain, purpose, caseRef, action, person, fields, "deny:" + reason));
    events.accept(new AccessDenied(p.tenantId(), p.userId(), p.organisationId(), purpose, caseRef, action, person,
        reason, now));
    return new AccessException(reason, "access refused");
  }

  private AccessRecord record(Principal p, List<String> chain, String purpose, String caseRef, String action,
      String person, Set<Field> fields, String decision) {
    List<String> columns = new ArrayList<>();
    for (Field f : Field.values()) {
      if (fields.contains(f)) {
        columns.add(f.column());
      }
    }
    return AccessRecord.of(p.userId(), p.organisationId(), chain, purpose, caseRef, action, person, columns, decision,
        clock.instant());
  }
}
