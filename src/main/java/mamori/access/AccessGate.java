package mamori.access;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Outcome;
import mamori.core.PersonToken;
import mamori.core.Reason;
import mamori.core.TenantId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.entrustment.Caller;
import mamori.entrustment.Decision;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Entrustments;
import mamori.entrustment.PersonSet;
import mamori.entrustment.Request;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.log.LogUnavailableException;
import mamori.log.TransparencyLogs;
import mamori.number.IndividualNumber;
import mamori.store.TenantSettings;
import mamori.vault.Actor;
import mamori.vault.PersonSets;
import mamori.vault.PersonVersion;
import mamori.vault.Revealed;
import mamori.vault.Vault;
import mamori.vault.VaultException;
import org.jspecify.annotations.Nullable;

/**
 * The one path to person data (DESIGN.md promise 2). Every read, listing and search is decided from
 * the caller, the entrustment chain, the purpose, the case, the action, the person and the fields.
 *
 * <p>Design. A contractor knows a person only by its own token ({@code TenantKeys.token(tenant,
 * org, id)}); listing persons for an organisation remembers which tenant token each of its tokens
 * stands for, and a token without such a row (another tenant's, another organisation's) names
 * nothing: {@code person.not-found}, answered as 404. Each access is an {@link Attempt}; a denial
 * is appended to the tenant's log with its {@link Reason} and published as {@link AccessDenied}; an
 * allowed read counts against every daily cap of the chain (a staff member's against their own
 * daily volume, {@link StaffLimits}), then goes through {@link Vault#reveal}, which makes its
 * {@code read} record durable before anything is decrypted, at the strictest of the masking the
 * chain gives and the masking asked. A read that asks for no field in particular shows the number
 * partly masked, whoever asks: the full number is shown only when asked for by name. When the log
 * cannot record, or refuses the record, the exception propagates, nothing is revealed (fail closed)
 * and the volume counted is given back: volume counts what was logged.
 *
 * <p>Person sets (issue 14 point 5) are evaluated, not refused: a contractor's read is decided with
 * the person's membership of each link's set (asked of the vault once per set), so a person outside
 * is refused {@code person.out-of-scope} and logged; a listing shows only the members of the
 * allowing entrustment's set, a page at a time after an opaque cursor bound to the caller.
 *
 * <p>The gate reaches the vault, the entrustments and the log through narrow ports ({@link
 * PersonVault}, {@link Chains}, {@link AccessLog}, {@link OrganisationTokens}), so that its own
 * unit tests can decide with fakes and see every record it writes.
 */
public final class AccessGate {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AccessGate.class);
  private final PersonVault vault;
  private final Chains chains;
  private final AccessLog log;
  private final OrganisationTokens tokens;
  private final Function<TenantId, StaffLimits> limits;
  private final Consumer<Object> events;
  private final Clock clock;

  /** The last day each staff member was told about by this instance: once per person and day. */
  private final Map<Who, java.time.LocalDate> told = new ConcurrentHashMap<>();

  public AccessGate(
      DataSource store,
      Vault vault,
      Entrustments entrustments,
      TransparencyLogs logs,
      Consumer<Object> events,
      Clock clock) {
    this(
        PersonVault.of(vault),
        Chains.of(entrustments),
        AccessLog.of(logs),
        new PersonTokenTable(store),
        StaffLimits.cached(new TenantSettings(store), clock),
        events,
        clock);
  }

  AccessGate(
      PersonVault vault,
      Chains chains,
      AccessLog log,
      OrganisationTokens tokens,
      Function<TenantId, StaffLimits> limits,
      Consumer<Object> events,
      Clock clock) {
    this.vault = vault;
    this.chains = chains;
    this.log = log;
    this.tokens = tokens;
    this.limits = limits;
    this.events = events;
    this.clock = clock;
  }

  /** The principal as the entrustment module knows a caller. */
  public static Caller caller(Principal p) {
    return new Caller(p.userId().value(), p.organisationId().value(), p.role());
  }

  /**
   * The tokens, as the caller's organisation knows them, of the first {@code limit} persons it may
   * work on for the purpose: the first page of {@link #persons(Principal, Why, int, String)}.
   */
  public List<AgencyToken> persons(Principal p, Why why, int limit) {
    return persons(p, why, limit, null).tokens();
  }

  /**
   * One page of a listing: the caller's tokens of the persons, and the cursor of the next page,
   * empty when the set has no more.
   */
  public record Listing(List<AgencyToken> tokens, Optional<String> next) {
    public Listing {
      tokens = List.copyOf(tokens);
    }
  }

  /**
   * A page of the persons the caller may work on for the purpose, each page logged as one {@code
   * list} record first: every live person for the tenant's own staff; for a contractor the members
   * of the person set of the entrustment that allows the listing (the last link of its chain, whose
   * set lies within every link above it). Pages run in the order of the vault's person ids and each
   * is one range of an index; {@code after} is the {@link Listing#next} of the page before, sealed
   * for the caller's organisation and user.
   *
   * @throws AccessException when refused (logged)
   * @throws InvalidCursor when {@code after} was not given to this caller; nothing is logged
   * @throws IllegalArgumentException when {@code limit} is not 1 to 10000; nothing is logged
   */
  public Listing persons(Principal p, Why why, int limit, @Nullable String after) {
    return listing(p, why, limit, after, new PersonSets.Members.Everyone());
  }

  /**
   * A page of the members of {@code set} (a tag or a list) for the tenant's own staff, decided and
   * logged as one {@code list} record first, paged as {@link #persons(Principal, Why, int, String)}
   * is; what they then do with each person (a print, a read) is decided and logged again.
   *
   * @throws AccessException when refused (logged): a contractor's user lists through its
   *     entrustment's set with {@link #persons(Principal, Why, int, String)}
   * @throws IllegalArgumentException when {@code set} is not a tag or a list, or {@code limit} is
   *     not 1 to 10000 (for the tenant's staff; a contractor's call is refused first); nothing is
   *     logged
   * @throws InvalidCursor when {@code after} was not given to this caller; nothing is logged
   */
  public Listing members(Principal p, Why why, PersonSet set, int limit, @Nullable String after) {
    if (!(set instanceof PersonSet.Tagged || set instanceof PersonSet.Listed)) {
      throw new IllegalArgumentException("the members of a tag or a list are listed");
    }
    ownStaffOnly(p, why, Action.LIST);
    return listing(p, why, limit, after, members(set));
  }

  /**
   * A page of the persons the caller may work on: {@code own} for the tenant's own staff, the
   * entrustment's set for a contractor.
   */
  private Listing listing(
      Principal p, Why why, int limit, @Nullable String after, PersonSets.Members own) {
    if (limit < 1 || limit > 10_000) {
      throw new IllegalArgumentException("limit is 1 to 10000, not " + limit);
    }
    long from = Long.MIN_VALUE;
    if (after != null) {
      OptionalLong opened = vault.openCursor(tenant(p), boundTo(p), after);
      if (opened.isEmpty()) {
        throw new InvalidCursor();
      }
      from = opened.getAsLong();
    }
    Scoped scoped = decideInScope(p, why, Action.READ);
    Set<Field> fields = scoped.fields();
    Decision d = scoped.decision();
    Attempt listing = attempt(p, d.chain(), why, Action.LIST, Optional.empty(), fields);
    if (!d.allowed()) {
      throw deny(listing, d.reason());
    }
    log.append(tenant(p), AccessRecord.of(listing, d.outcome()));
    PersonSets.Members members = p.controller() ? own : members(setOf(p, d));
    PersonSets.Page page = vault.page(tenant(p), p.organisationId().value(), members, from, limit);
    Optional<String> next =
        page.last().isPresent()
            ? Optional.of(vault.sealCursor(tenant(p), boundTo(p), page.last().getAsLong()))
            : Optional.empty();
    List<Vault.TokenPair> pairs = page.pairs();
    if (p.controller()) {
      return new Listing(pairs.stream().map(Vault.TokenPair::own).toList(), next);
    }
    tokens.remember(tenant(p), p.organisationId().value(), pairs);
    return new Listing(pairs.stream().map(Vault.TokenPair::organisation).toList(), next);
  }

  /** What a cursor is sealed for: the caller's organisation and user. */
  private static String boundTo(Principal p) {
    return p.organisationId().value() + "/" + p.userId().value();
  }

  /**
   * The person set of the chain an allowed decision names: its last link's, the entrustment the
   * caller's organisation holds (a re-entrustment's set lies within its parent's, {@link
   * PersonSet#within}). No one when that entrustment is no longer in force, or no chain is named.
   */
  private PersonSet setOf(Principal p, Decision d) {
    if (d.chain().isEmpty()) {
      // a contractor is allowed only through a chain; without one it is shown no one
      return new PersonSet.Job("no-chain");
    }
    String last = d.chain().getLast();
    return chains.activeHeldBy(p.organisationId().value()).stream()
        .filter(e -> e.id().equals(last))
        .findFirst()
        .<PersonSet>map(e -> e.scope().persons())
        .orElse(new PersonSet.Job("no-longer-in-force"));
  }

  /** A person set as the vault evaluates it; a job holds no one. */
  static PersonSets.Members members(PersonSet set) {
    return switch (set) {
      case PersonSet.All a -> new PersonSets.Members.Everyone();
      case PersonSet.Tagged t -> new PersonSets.Members.Tagged(t.tag());
      case PersonSet.Listed l -> new PersonSets.Members.Listed(l.listId());
      case PersonSet.Job j -> new PersonSets.Members.Nobody();
    };
  }

  /**
   * Reveals a person named by the caller's token: the fields asked (all in scope when {@code asked}
   * is empty, the number then partly masked), each at the stricter of the masking asked and the
   * masking the chain gives. The returned {@link Revealed#token()} is the tenant's own token; show
   * the caller its own.
   *
   * @throws AccessException when refused (logged), or {@code person.not-found} for a token the
   *     caller cannot know
   * @throws mamori.vault.VaultException when the person was erased
   * @throws mamori.log.LogUnavailableException when the log cannot record; nothing is revealed
   */
  public Revealed read(Principal p, AgencyToken token, Why why, Map<Field, Mask> asked) {
    Allowed a = allow(p, token, why, asked, Action.READ, true);
    return counted(a, () -> a.access().reveal(a.masks(), a.actor(), Action.READ));
  }

  /**
   * Reveals a person's fields to be printed on paper that others read (a list): decided as {@link
   * #read} but for the PRINT action, so a contractor needs an entrustment that allows printing, and
   * recorded as {@code print}; a staff member's print counts against their own daily volume, as a
   * read does, so that no list prints more persons than they may read.
   */
  public Revealed print(Principal p, AgencyToken token, Why why, Map<Field, Mask> asked) {
    return printed(allow(p, token, why, asked, Action.PRINT, true));
  }

  /**
   * Reveals a person's fields to be printed on paper addressed to that person alone (a letter, a
   * notice, a pickup notice): decided and recorded as {@link #print}, but not counted against the
   * staff member's own daily volume, since the paper goes to the person whose data it is (the
   * chain's volume still counts a contractor's).
   */
  public Revealed printAddressed(Principal p, AgencyToken token, Why why, Map<Field, Mask> asked) {
    return printed(allow(p, token, why, asked, Action.PRINT, false));
  }

  private Revealed printed(Allowed a) {
    return counted(a, () -> a.access().reveal(a.masks(), a.actor(), Action.PRINT));
  }

  /**
   * The earlier versions of a person's record, decided and logged as {@link #read}; the tenant's
   * own staff only.
   */
  public List<PersonVersion> history(
      Principal p, AgencyToken token, Why why, Map<Field, Mask> asked) {
    ownStaffOnly(p, why, Action.READ);
    Allowed a = allow(p, token, why, asked, Action.READ, true);
    return counted(a, () -> vault.history(tenant(p), a.own(), a.masks(), a.actor()));
  }

  /** Finds a person by number for the tenant's own staff; the search is logged by the vault. */
  public Optional<AgencyToken> findByNumber(Principal p, Why why, IndividualNumber number) {
    Actor actor = searcher(p, why, EnumSet.of(Field.MY_NUMBER));
    return vault.findByNumber(tenant(p), number, actor);
  }

  /**
   * Finds persons by name and birth date for the tenant's own staff; the search is logged by the
   * vault.
   */
  public List<AgencyToken> findByNameAndBirthDate(
      Principal p, Why why, String familyName, String givenName, java.time.LocalDate birthDate) {
    Actor actor =
        searcher(p, why, EnumSet.of(Field.FAMILY_NAME, Field.GIVEN_NAME, Field.BIRTH_DATE));
    return vault.findByNameAndBirthDate(tenant(p), familyName, givenName, birthDate, actor);
  }

  /**
   * Erases a person for good, for the tenant's own staff whose purpose allows it; the vault writes
   * the {@code erase} record (no number) before it shreds anything.
   *
   * @throws AccessException when refused (logged)
   */
  public void erase(Principal p, AgencyToken token, Why why) {
    ownStaffOnly(p, why, Action.ERASE);
    Allowed a = allow(p, token, why, Map.of(), Action.ERASE, false);
    counted(
        a,
        () -> {
          vault.erase(tenant(p), a.own(), a.actor());
          return a;
        });
  }

  private Actor searcher(Principal p, Why why, Set<Field> fields) {
    ownStaffOnly(p, why, Action.FIND);
    Decision d = decide(p, why, fields, Action.READ);
    if (!d.allowed()) {
      throw deny(attempt(p, d.chain(), why, Action.FIND, Optional.empty(), fields), d.reason());
    }
    return new Actor(p.userId(), p.organisationId(), d.chain(), why);
  }

  private void ownStaffOnly(Principal p, Why why, Action action) {
    if (!p.controller()) {
      throw deny(
          attempt(p, List.of(), why, action, Optional.empty(), Set.of()),
          Reason.ORGANISATION_NOT_CONTROLLER);
    }
  }

  /**
   * An allowed access and what it counted: the chain's volume always, the staff member's own volume
   * when {@code own} is set, and the person's row as read to decide it ({@code access}), which the
   * reveal opens.
   */
  private record Allowed(
      AgencyToken own,
      Map<Field, Mask> masks,
      Actor actor,
      Decision decision,
      boolean ownVolume,
      PersonVault.Access access) {}

  /**
   * Decides an access to one person and counts it.
   *
   * @param countsOwn whether a staff member's access counts against their own daily volume (reads,
   *     prints for others' eyes; not letters to the person, nor erasures)
   */
  private Allowed allow(
      Principal p,
      AgencyToken token,
      Why why,
      Map<Field, Mask> asked,
      Action action,
      boolean countsOwn) {
    Optional<String> own =
        p.controller()
            ? Optional.of(token.value())
            : tokens.own(tenant(p), p.organisationId().value(), token.value());
    // a token the tenant does not know names nothing, and is never written to its log; the row
    // read to know it is the one revealed if the access is allowed
    PersonVault.Access access =
        own.map(o -> vault.access(tenant(p), new AgencyToken(o)))
            .filter(PersonVault.Access::known)
            .orElseThrow(() ->
                deny(
                    attempt(p, List.of(), why, action, Optional.empty(), asked.keySet()),
                    Reason.PERSON_NOT_FOUND));
    AgencyToken person = new AgencyToken(own.orElseThrow());
    // the entrustment allows printing as such; every other access to a person's fields as a read
    Action decided = action == Action.PRINT ? Action.PRINT : Action.READ;
    Set<Field> fields;
    Decision d;
    Predicate<PersonSet> in = personIn(tenant(p), person);
    if (asked.isEmpty()) {
      Scoped scoped = decideInScope(p, why, decided, in);
      fields = scoped.fields();
      d = scoped.decision();
    } else {
      fields = asked.keySet();
      d = decide(p, why, fields, decided, in);
    }
    Attempt attempt = attempt(p, d.chain(), why, action, Optional.of(person.person()), fields);
    if (!d.allowed()) {
      throw deny(attempt, d.reason());
    }
    // staff reads and prints for others count against their own daily volume; letters printed to
    // the person and erasures do not
    boolean ownVolume = p.controller() && countsOwn;
    if (ownVolume) {
      StaffLimits l = limits.apply(p.tenantId());
      if (!chains.tryConsumeOwn(tenant(p), p.userId().value(), d.day(), l.dailyReads())) {
        throw deny(attempt, Reason.VOLUME_EXCEEDED);
      }
    }
    if (!chains.tryConsume(d)) {
      if (ownVolume) {
        chains.giveBackOwn(tenant(p), p.userId().value(), d.day());
      }
      throw deny(attempt, Reason.VOLUME_EXCEEDED);
    }
    Map<Field, Mask> masks = new EnumMap<>(Field.class);
    for (Map.Entry<Field, Mask> f : d.fields().entrySet()) {
      // asked for nothing in particular, the number is shown partly; in full only by name
      Mask wanted =
          asked.isEmpty() && f.getKey() == Field.MY_NUMBER
              ? Mask.PARTIAL
              : asked.getOrDefault(f.getKey(), Mask.NONE);
      masks.put(f.getKey(), f.getValue().stricter(wanted));
    }
    return new Allowed(
        person,
        masks,
        new Actor(p.userId(), p.organisationId(), d.chain(), why),
        d,
        ownVolume,
        access);
  }

  /**
   * Runs the vault's part of an allowed access. When the log refuses the record ({@code
   * IllegalArgumentException}) or cannot write it ({@link LogUnavailableException}), or the vault
   * finds no live person before logging ({@link VaultException}), nothing was logged or revealed:
   * the volume counted for it is given back. A failure after the record was written (a key that
   * cannot open) keeps it counted, as the record stands. When it answers, a staff member's reads
   * are checked against the tenant's alert threshold.
   */
  private <T> T counted(Allowed a, java.util.function.Supplier<T> work) {
    T answer;
    try {
      answer = work.get();
    } catch (LogUnavailableException | VaultException | IllegalArgumentException e) {
      chains.giveBack(a.decision());
      if (a.ownVolume()) {
        chains.giveBackOwn(a.decision().tenant(), a.actor().user().value(), a.decision().day());
      }
      throw e;
    }
    if (a.ownVolume()) {
      try {
        tellOfBulkReading(a.decision(), a.actor());
      } catch (RuntimeException e) {
        // the read is logged and answered; a missed alert must not turn it into an error
        LOG.warn("the bulk-reading check failed: {}", e.toString());
      }
    }
    return answer;
  }

  private void tellOfBulkReading(Decision decision, Actor actor) {
    java.time.LocalDate day = decision.day();
    Who who = new Who(actor.user(), actor.organisation(), new TenantId(decision.tenant()));
    if (day.equals(told.get(who))) {
      return;
    }
    StaffLimits l = limits.apply(who.tenant());
    long reads = chains.countOwn(who.tenant().value(), who.user().value(), day);
    // a threshold set above the cap is reached at the cap: the officer is told either way
    long threshold = Math.min(l.alertReads(), l.dailyReads());
    if (reads >= threshold && !day.equals(told.put(who, day))) {
      events.accept(new BulkReading(who, day, reads, threshold, l.dailyReads()));
    }
  }

  /**
   * Whether the person is in a set, asked of the vault at most once per set for one decision (a
   * chain's links often share their set).
   */
  private Predicate<PersonSet> personIn(String tenant, AgencyToken person) {
    Map<PersonSet, Boolean> asked = new java.util.HashMap<>();
    return set -> asked.computeIfAbsent(set, s -> vault.holds(tenant, person, members(s)));
  }

  /**
   * A decision without a person: a listing (which shows only the set's members) or a search by the
   * tenant's own staff (who need no set); no person is refused for the set here.
   */
  private Decision decide(Principal p, Why why, Set<Field> fields, Action action) {
    return decide(p, why, fields, action, set -> true);
  }

  private Decision decide(
      Principal p, Why why, Set<Field> fields, Action action, Predicate<PersonSet> personIn) {
    return chains.decide(
        new Request(
            p.userId(),
            p.organisationId(),
            p.role(),
            why,
            action,
            personIn,
            fields,
            clock.instant()));
  }

  /** A decision on the fields of the caller's scope, and those fields. */
  private record Scoped(Decision decision, Set<Field> fields) {}

  /**
   * Decides an access to the whole of the caller's scope for the purpose: every field for the
   * tenant's own staff; for a contractor, first the fields of all its entrustments in force for the
   * purpose together, then, when no one chain covers them all, the fields of each such entrustment
   * in turn, so that two entrustments of different fields never refuse the work each allows. The
   * first allowed decision is taken; when none is, the first refusal.
   */
  private Scoped decideInScope(Principal p, Why why, Action action) {
    return decideInScope(p, why, action, set -> true);
  }

  private Scoped decideInScope(Principal p, Why why, Action action, Predicate<PersonSet> personIn) {
    List<Set<Field>> candidates = scopeCandidates(p, why);
    Scoped first = null;
    for (Set<Field> fields : candidates) {
      Decision d = decide(p, why, fields, action, personIn);
      if (d.allowed()) {
        return new Scoped(d, fields);
      }
      if (first == null) {
        first = new Scoped(d, fields);
      }
    }
    return java.util.Objects.requireNonNull(first, "at least one candidate");
  }

  /**
   * The field sets to try, widest first: every field for the tenant's own staff; else the union of
   * the fields the caller's entrustments in force show for the purpose (a requested, suspended,
   * revoked or expired one shows nothing), then each one's own; the family name alone when none
   * grants the purpose, so that the refusal names its reason.
   */
  private List<Set<Field>> scopeCandidates(Principal p, Why why) {
    if (p.controller()) {
      return List.of(EnumSet.allOf(Field.class));
    }
    Set<Field> union = EnumSet.noneOf(Field.class);
    List<Set<Field>> each = new java.util.ArrayList<>();
    for (Entrustment e : chains.activeHeldBy(p.organisationId().value())) {
      if (e.scope().purposes().contains(why.purpose())) {
        Set<Field> own = EnumSet.copyOf(e.scope().fields().keySet());
        union.addAll(own);
        if (!each.contains(own)) {
          each.add(own);
        }
      }
    }
    if (union.isEmpty()) {
      return List.of(EnumSet.of(Field.FAMILY_NAME));
    }
    List<Set<Field>> candidates = new java.util.ArrayList<>();
    candidates.add(union);
    for (Set<Field> own : each) {
      if (!own.equals(union)) {
        candidates.add(own);
      }
    }
    return candidates;
  }

  // ---- packages (issue 17)

  /**
   * A package the gate allowed: the actor its {@code package} records name (the caller, the chain,
   * the purpose and case given), the fields it carries (each shown in full by the chain), and the
   * persons counted against the daily volumes for it.
   */
  public static final class PackageAllowed {
    private final Decision decision;
    private final Actor actor;
    private final List<Field> fields;
    private final boolean ownVolume;
    private long counted;

    private PackageAllowed(
        Decision decision, Actor actor, List<Field> fields, boolean ownVolume, long counted) {
      this.decision = decision;
      this.actor = actor;
      this.fields = List.copyOf(fields);
      this.ownVolume = ownVolume;
      this.counted = counted;
    }

    /** Who packages, through which chain, for what purpose and case. */
    public Actor actor() {
      return actor;
    }

    /** The entrustment ids from the tenant down to the caller's organisation; empty for staff. */
    public List<String> chain() {
      return decision.chain();
    }

    /** The fields asked, in their order. */
    public List<Field> fields() {
      return fields;
    }

    /** The persons counted against the volumes so far. */
    public synchronized long counted() {
      return counted;
    }
  }

  /**
   * Decides the PACKAGE action (issue 17): sealing the {@code fields} of the persons of {@code
   * selection} (about {@code persons} of them, as the caller counted the selection just now) into a
   * package for a named recipient.
   *
   * <p>Who may package. Only those who work on person data (staff and operators; any other role is
   * refused {@code role.not-allowed}): the tenant's own staff with any registered purpose and any
   * selection, {@code all} included; a contractor or subcontractor only through an unbroken chain
   * of entrustments in force each of which allows {@link Action#PACKAGE}, grants the purpose and
   * shows each asked field in full (a field the chain masks cannot travel: {@code
   * field.out-of-scope}), and whose person sets hold the selection (each link's set is everyone or
   * the very set selected: {@code person.out-of-scope}); a contractor never packages {@code all}
   * ({@code organisation.not-controller}). The persons count against every daily cap of the chain
   * and, for staff, against their own daily reads ({@link StaffLimits}), like reads; when the
   * package would pass what remains the whole package is refused ({@code volume.exceeded}) and
   * nothing is counted. A refusal is one denial record in the tenant's log, published as {@link
   * AccessDenied}. The allowed package is not logged here: each person's {@code package} record is
   * appended by the vault before the person is opened.
   *
   * @throws AccessException when refused (logged)
   * @throws IllegalArgumentException when no field is asked or {@code persons} is negative; nothing
   *     is logged
   */
  public PackageAllowed packaging(
      Principal p, Why why, List<Field> fields, PersonSet selection, long persons) {
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("a package carries at least one field");
    }
    if (persons < 0) {
      throw new IllegalArgumentException("a count of persons is never negative");
    }
    Set<Field> asked = EnumSet.copyOf(fields);
    if (!p.controller() && selection instanceof PersonSet.All) {
      throw deny(
          attempt(p, List.of(), why, Action.PACKAGE, Optional.empty(), asked),
          Reason.ORGANISATION_NOT_CONTROLLER);
    }
    // a chain's set holds the selection when it is everyone (never asked) or that very set
    Decision d = decide(p, why, asked, Action.PACKAGE, selection::equals);
    Attempt attempt = attempt(p, d.chain(), why, Action.PACKAGE, Optional.empty(), asked);
    if (!d.allowed()) {
      throw deny(attempt, d.reason());
    }
    if (d.fields().values().stream().anyMatch(m -> m != Mask.NONE)) {
      throw deny(attempt, Reason.FIELD_OUT_OF_SCOPE);
    }
    boolean own = p.controller();
    if (persons > 0 && !count(p, d, own, persons)) {
      throw deny(attempt, Reason.VOLUME_EXCEEDED);
    }
    Actor actor = new Actor(p.userId(), p.organisationId(), d.chain(), why);
    if (own && persons > 0) {
      try {
        // a staff member's package counts as reads: the officer is told as of bulk reading
        tellOfBulkReading(d, actor);
      } catch (RuntimeException e) {
        LOG.warn("the bulk-reading check failed: {}", e.toString());
      }
    }
    return new PackageAllowed(d, actor, fields, own, persons);
  }

  /**
   * Counts {@code more} persons of an allowed package that the selection held beyond the count it
   * was decided with (persons added meanwhile).
   *
   * @throws AccessException ({@code volume.exceeded}, logged) when a cap would be passed; nothing
   *     more is counted
   */
  public void packageMore(Principal p, PackageAllowed allowed, long more) {
    if (more < 1) {
      return;
    }
    synchronized (allowed) {
      if (!count(p, allowed.decision, allowed.ownVolume, more)) {
        throw packageRefused(p, allowed);
      }
      allowed.counted += more;
    }
  }

  /**
   * Counts {@code n} persons of a package at once against the staff member's own daily reads (when
   * {@code own}) and every cap of the chain: all of them, or none when a cap would be passed.
   */
  private boolean count(Principal p, Decision d, boolean own, long n) {
    if (own
        && !chains.tryConsumeOwn(
            tenant(p), p.userId().value(), d.day(), limits.apply(p.tenantId()).dailyReads(), n)) {
      return false;
    }
    if (!chains.tryConsume(d, n)) {
      if (own) {
        chains.giveBackOwn(tenant(p), p.userId().value(), d.day(), n);
      }
      return false;
    }
    return true;
  }

  /**
   * Un-counts the persons of an allowed package that were counted but never logged (a package that
   * failed, or a selection that held fewer than counted): volume counts what was logged.
   */
  public void packageGiveBack(PackageAllowed allowed, long unlogged) {
    synchronized (allowed) {
      long n = Math.min(unlogged, allowed.counted);
      if (n < 1) {
        return;
      }
      Decision d = allowed.decision;
      chains.giveBack(d, n);
      if (allowed.ownVolume) {
        chains.giveBackOwn(d.tenant(), allowed.actor.user().value(), d.day(), n);
      }
      allowed.counted -= n;
    }
  }

  private AccessException packageRefused(Principal p, PackageAllowed allowed) {
    return deny(
        attempt(
            p,
            allowed.chain(),
            allowed.actor.why(),
            Action.PACKAGE,
            Optional.empty(),
            EnumSet.copyOf(allowed.fields)),
        Reason.VOLUME_EXCEEDED);
  }

  // ---- desk work (issue 16)

  /**
   * Desk work the gate allowed: its decision (the chain from the tenant down to the caller's
   * organisation, and each asked field's masking) and the person fields the entrustment the
   * caller's organisation holds shows, which decide the parts of a form the caller may be given.
   */
  public record WorkAllowed(Decision decision, Set<Field> fields) {
    public WorkAllowed {
      java.util.Objects.requireNonNull(decision, "decision");
      fields =
          fields.isEmpty()
              ? Set.of()
              : java.util.Collections.unmodifiableSet(EnumSet.copyOf(fields));
    }

    /** The entrustment ids from the tenant down to the caller's organisation. */
    public List<String> chain() {
      return decision.chain();
    }

    /** The entrustment the caller's organisation holds: whose per-operator quotas apply. */
    public String entrustment() {
      return decision.chain().getLast();
    }
  }

  /**
   * Decides desk work (issue 16 point 3): keying ({@link Action#ENTER}) or verifying ({@link
   * Action#VERIFY}) a part of a document of {@code job} whose person fields are {@code
   * scopeFields}. Allowed only through an entrustment in force whose person set is that job ({@code
   * job:<id>}), that allows the action, lists the caller on its staff and shows every one of {@code
   * scopeFields}; the tenant's own staff do not key (a controller officer is not an operator:
   * {@code chain.none}). When {@code give} is set a task is being given: it counts one against the
   * chain's daily volume. A refusal is logged with its reason and published first.
   *
   * @param person the person token of the document, once it is tied to one: the refusal names it
   * @throws AccessException when refused (logged)
   * @throws IllegalArgumentException when {@code action} is neither ENTER nor VERIFY
   */
  public WorkAllowed work(
      Principal p,
      Why why,
      Action action,
      PersonSet.Job job,
      Set<Field> scopeFields,
      Optional<PersonToken> person,
      boolean give) {
    if (action != Action.ENTER && action != Action.VERIFY) {
      throw new IllegalArgumentException("desk work is enter or verify, not " + action.code());
    }
    if (p.controller()) {
      throw deny(attempt(p, List.of(), why, action, person, scopeFields), Reason.CHAIN_NONE);
    }
    Decision d = decide(p, why, scopeFields, action, job::equals);
    Attempt attempt = attempt(p, d.chain(), why, action, person, scopeFields);
    if (!d.allowed()) {
      throw deny(attempt, d.reason());
    }
    String last = d.chain().getLast();
    Optional<Entrustment> held =
        chains.activeHeldBy(p.organisationId().value()).stream()
            .filter(e -> e.id().equals(last))
            .findFirst();
    if (held.isEmpty()) {
      throw deny(attempt, Reason.CHAIN_NONE);
    }
    // a job's work is given by an entrustment naming that job, never by one of all persons
    if (!held.get().scope().persons().equals(job)) {
      throw deny(attempt, Reason.PERSON_OUT_OF_SCOPE);
    }
    // only fields shown in full count for desk work: a masked number never gives its region
    Set<Field> shown = EnumSet.noneOf(Field.class);
    held.get()
        .scope()
        .fields()
        .forEach((f, m) -> {
          if (m == Mask.NONE) {
            shown.add(f);
          }
        });
    if (!shown.containsAll(scopeFields)) {
      throw deny(attempt, Reason.FIELD_OUT_OF_SCOPE);
    }
    if (give && !chains.tryConsume(d)) {
      throw deny(attempt, Reason.VOLUME_EXCEEDED);
    }
    return new WorkAllowed(d, shown);
  }

  /**
   * The desk actions (ENTER, VERIFY) the caller's entrustments allow on {@code job} for a part
   * holding no person field, decided without logging: what a desk asks to know which queues to look
   * in. Empty for the tenant's own staff and for anyone the job is not given to.
   */
  public Set<Action> workActions(Principal p, Why why, PersonSet.Job job) {
    Set<Action> out = EnumSet.noneOf(Action.class);
    if (p.controller()) {
      return out;
    }
    for (Action a : List.of(Action.ENTER, Action.VERIFY)) {
      Decision d = decide(p, why, Set.of(), a, job::equals);
      if (d.allowed()
          && chains.activeHeldBy(p.organisationId().value()).stream()
              .anyMatch(
                  e -> e.id().equals(d.chain().getLast()) && e.scope().persons().equals(job))) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * Runs one call of a desk: its decisions ({@link #work}, {@link #workActions}, refusals) are made
   * on one reading of the entrustments, taken when the call begins, instead of one a decision; the
   * next call reads them again, so a suspension, a revocation or a staff list's change that has
   * returned refuses the next call.
   */
  public <T> T oneCall(java.util.function.Supplier<T> call) {
    return chains.oneCall(call);
  }

  /** Un-counts a task {@link #work} counted as given but that was never shown (its log failed). */
  public void giveBack(WorkAllowed allowed) {
    chains.giveBack(allowed.decision());
  }

  /**
   * Appends the record of allowed desk work ({@link Action#TASK_VIEW}, {@link Action#ENTER}, {@link
   * Action#VERIFY}) to the tenant's log, naming the document's person once tied; returns once it is
   * durable. Call it before the work takes effect or anything is shown.
   *
   * @throws mamori.log.LogUnavailableException when the log cannot record; do nothing then
   */
  public void logWork(
      Principal p,
      WorkAllowed allowed,
      Why why,
      Action action,
      Optional<PersonToken> person,
      Set<Field> fields) {
    // the record names the fields worked on; an allowed outcome is written as "allow" alone
    log.append(
        tenant(p),
        AccessRecord.of(
            attempt(p, allowed.chain(), why, action, person, fields), Outcome.allowed()));
  }

  /**
   * Refuses desk work for a reason the desk found ({@code task.not-held}, {@code quota.hourly},
   * ...): logs and publishes the refusal, and returns the exception to throw.
   */
  public AccessException refuse(
      Principal p,
      Why why,
      Action action,
      List<String> chain,
      Optional<PersonToken> person,
      Set<Field> fields,
      Reason reason) {
    return deny(attempt(p, chain, why, action, person, fields), reason);
  }

  /** A vault person a work document is tied to: the tenant's token and the vault's id. */
  public record Tied(AgencyToken token, long personId) {}

  /**
   * Finds the person of an accepted number for desk work (the payee's My Number of a slip): a
   * {@code find} record naming the person found (or none) is logged by the vault first, under the
   * operator and chain of {@code allowed}.
   */
  public Optional<Tied> findForWork(
      Principal p, WorkAllowed allowed, Why why, IndividualNumber number) {
    Actor actor = new Actor(p.userId(), p.organisationId(), allowed.chain(), why);
    return vault
        .findByNumber(tenant(p), number, actor)
        .map(t -> new Tied(t, vault.personId(tenant(p), t)));
  }

  /**
   * The system identity that accepts documents into the vault: a reserved user ({@code mamori.*})
   * of the tenant's controller organisation. Acceptance is the controller's act, never the act of
   * the operator who decided the last task.
   */
  public static final mamori.core.UserId WORK_SYSTEM = new mamori.core.UserId("mamori.work");

  /**
   * A document whose values were all decided, to be accepted into the vault.
   *
   * @param number the payee's accepted My Number
   * @param registerAs the person the document describes, registered when no one has the number;
   *     empty when the type does not supply what the vault requires (the document is then held)
   * @param tiedTo the person the document was tied to when its number was decided, if any
   * @param fields the JSON of field id to accepted value, sealed under the person's key
   * @param stored the person fields the document's type writes: the fields its record names
   */
  public record Acceptance(
      IndividualNumber number,
      Optional<mamori.vault.PersonData> registerAs,
      long documentId,
      String jobId,
      String typeId,
      byte[] fields,
      Optional<AgencyToken> tiedTo,
      Set<Field> stored) {
    public Acceptance {
      stored = stored.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(stored));
    }
  }

  /** The actor of the system's acceptance acts in {@code tenant}, for {@code why}. */
  private static Actor system(TenantId tenant, Why why) {
    return new Actor(WORK_SYSTEM, new mamori.core.OrganisationId(tenant.value()), List.of(), why);
  }

  /**
   * Finds the person of an accepted number as the system ({@link #WORK_SYSTEM}), to tie a document
   * whose tie failed or to check a document before acceptance; the vault logs the {@code find}.
   */
  public Optional<Tied> findForAcceptance(TenantId tenant, Why why, IndividualNumber number) {
    return vault
        .findByNumber(tenant.value(), number, system(tenant, why))
        .map(t -> new Tied(t, vault.personId(tenant.value(), t)));
  }

  /**
   * Accepts a document into the vault (issue 16 point 4) as the system's act for the controller
   * ({@link #WORK_SYSTEM}, no chain): the person it was tied to, else the one found by number
   * ({@code find}, logged), else the person it describes, registered through the vault as an import
   * registers ({@code register}, logged by the vault before it stores) and found again for its
   * token. The {@link Action#DOCUMENT_ACCEPT} record, naming the person's token and exactly the
   * person fields stored, is durable before the document is attached; then the document's fields
   * are sealed under the person's key and stored in one transaction with {@code workTables} (the
   * work module's part, given the person: its values deleted, the document marked accepted), so a
   * failure leaves no half-accepted document. A registration that stood when the transaction failed
   * is found by number when acceptance is retried. A person found by number (or tied) whose name
   * and birth date are not the ones keyed is refused {@link Reason#DOCUMENT_MISMATCH}, logged: the
   * document is held, never accepted onto another resident (when the type keys no birth date, the
   * number alone decides).
   *
   * @return the person, or empty when no one has the number and the document cannot be registered
   *     (nothing is logged or stored then)
   * @throws mamori.log.LogUnavailableException when the log cannot record; nothing is stored
   */
  public Optional<Tied> acceptDocument(
      TenantId tenantId, Why why, Acceptance doc, java.util.function.Consumer<Tied> workTables) {
    Actor actor = system(tenantId, why);
    String tenant = tenantId.value();
    Optional<AgencyToken> known =
        doc.tiedTo().isPresent() ? doc.tiedTo() : vault.findByNumber(tenant, doc.number(), actor);
    boolean registered = false;
    if (known.isEmpty()) {
      if (doc.registerAs().isEmpty()) {
        return Optional.empty();
      }
      vault.register(tenant, actor, List.of(doc.registerAs().get()));
      known = vault.findByNumber(tenant, doc.number(), actor);
      registered = true;
    }
    AgencyToken person =
        known.orElseThrow(
            () -> new IllegalStateException("a person registered is not found by number"));
    if (!registered && doc.registerAs().isPresent()) {
      mamori.vault.PersonData keyed = doc.registerAs().get();
      // the person the number names must be the one keyed: the blind index of name and birth date
      // is compared, nothing is decrypted; a slip is never accepted onto another resident
      List<AgencyToken> same =
          vault.findByNameAndBirthDate(
              tenant, keyed.familyName(), keyed.givenName(), keyed.birthDate(), actor);
      if (!same.contains(person)) {
        throw deny(
            acceptance(
                tenantId,
                why,
                person,
                EnumSet.of(Field.FAMILY_NAME, Field.GIVEN_NAME, Field.BIRTH_DATE)),
            Reason.DOCUMENT_MISMATCH);
      }
    }
    log.append(
        tenant,
        AccessRecord.of(acceptance(tenantId, why, person, doc.stored()), Outcome.allowed()));
    Tied tied = new Tied(person, vault.personId(tenant, person));
    vault.attachDocument(
        tenant,
        person,
        doc.documentId(),
        doc.jobId(),
        doc.typeId(),
        doc.fields(),
        () -> workTables.accept(tied));
    return Optional.of(tied);
  }

  /**
   * The system's {@link Action#DOCUMENT_ACCEPT} attempt on {@code person} ({@link #WORK_SYSTEM} of
   * the tenant's controller organisation, no chain), naming {@code fields}.
   */
  private Attempt acceptance(TenantId tenant, Why why, AgencyToken person, Set<Field> fields) {
    return new Attempt(
        new Who(WORK_SYSTEM, new mamori.core.OrganisationId(tenant.value()), tenant),
        List.of(),
        why,
        Action.DOCUMENT_ACCEPT,
        Optional.of(person.person()),
        fields,
        clock.instant());
  }

  private static String tenant(Principal p) {
    return p.tenantId().value();
  }

  private Attempt attempt(
      Principal p,
      List<String> chain,
      Why why,
      Action action,
      Optional<PersonToken> person,
      Set<Field> fields) {
    return new Attempt(p.who(), chain, why, action, person, fields, clock.instant());
  }

  /** Logs the denial of {@code attempt}, then publishes it; returns the exception to throw. */
  private AccessException deny(Attempt attempt, Reason reason) {
    log.append(attempt.who().tenant().value(), AccessRecord.of(attempt, Outcome.denied(reason)));
    events.accept(new AccessDenied(attempt, reason));
    return new AccessException(reason, "access refused");
  }
}
