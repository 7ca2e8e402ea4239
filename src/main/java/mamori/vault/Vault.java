package mamori.vault;

import static mamori.vault.VaultRecords.ALL_FIELDS;
import static mamori.vault.VaultRecords.record;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.crypto.AgencyToken;
import mamori.crypto.TenantKeys;
import mamori.log.AccessRecord;
import mamori.log.LogUnavailableException;
import mamori.log.TransparencyLogs;
import mamori.number.IndividualNumber;
import mamori.number.InsecureNumberAccess;
import mamori.store.Sql;

/**
 * The vault: person records stored encrypted, found by blind index, revealed masked, erased for
 * good.
 *
 * <p>Design. Each person has a random 63-bit id, a fresh AES-256 data key wrapped by the tenant's
 * field keyset, and its eleven fields sealed one by one under that key with the tenant, person and
 * field as associated data. A keyed blind index of the number (unique) and of name and birth date
 * finds a person; a keyed fingerprint of all fields makes a re-import of the same data a no-op.
 * Logs and callers know a person only by the tenant's agency-specific token, derived from the id.
 *
 * <p>The log comes first (promise 3): a register or update batch appends its records before its one
 * transaction, a reveal appends its "read" record before anything is decrypted, and an erase its
 * "erase" record before the key is shredded. When the log fails the error propagates and nothing is
 * stored, revealed or erased. The reverse can happen: a crash between the log and the store leaves
 * records of a batch that was not stored, and running it again logs it again (the log over-reports,
 * never under-reports). Registering a batch is {@link Registration}'s work, revealing {@link
 * Reveals}'; finding and erasing are here; a person set's members, a page at a time, are {@link
 * PersonSets}'.
 */
public final class Vault {
  /** Persons looked up, sealed and logged together in {@link #register}. */
  public static final int CHUNK = 16_384;

  /**
   * The most persons stored in one transaction in {@link #register}: four chunks. Each commit
   * rewrites nearly every page of the random-keyed indexes of a large tenant, so the writing per
   * person falls with the persons per commit; the page cache and the heap hold that many.
   */
  public static final int TRANSACTION = 4 * CHUNK;

  private final PersonTable table;
  private final TenantKeys keys;
  private final TransparencyLogs logs;
  private final Clock clock;
  private final Registration registration;
  private final Reveals reveals;
  private final PersonSets sets;
  private final PackagePages packagePages;
  private final List<ErasedWithPerson> alsoErased;
  private final Erasures erasures;

  /**
   * @param alsoErased what other modules keep of a person (a work document tied to them), shredded
   *     in the same transaction as the person; empty only where no such data is kept
   */
  public Vault(
      DataSource store,
      TenantKeys keys,
      TransparencyLogs logs,
      Clock clock,
      List<ErasedWithPerson> alsoErased) {
    this.table = new PersonTable(store);
    this.alsoErased = List.copyOf(alsoErased);
    this.keys = keys;
    this.logs = logs;
    this.clock = clock;
    this.registration = new Registration(table, keys, logs, clock);
    this.reveals = new Reveals(table, keys, logs, clock);
    this.sets = new PersonSets(store, keys, logs, clock);
    this.packagePages = new PackagePages(store, table, sets, keys, logs, clock);
    this.erasures = new Erasures(store, table, keys, logs, clock, this.alsoErased);
  }

  /** The controller's person sets (tags and lists) over this vault's persons. */
  public PersonSets sets() {
    return sets;
  }

  /** The persons of a package, a page at a time, each logged before it is opened (issue 17). */
  public PackagePages packagePages() {
    return packagePages;
  }

  /**
   * Registers a batch: persons new to the tenant are stored and logged as {@code register}, persons
   * whose fields changed are updated (the prior version kept) and logged as {@code update} naming
   * the changed fields, and persons stored as they are change nothing and log nothing. A person is
   * matched by number. Each {@link #CHUNK} persons are logged, and the chunks logged are stored in
   * one transaction of up to {@link #TRANSACTION} persons; a crash leaves each transaction whole or
   * absent (its chunks logged), and registering again completes it.
   *
   * @throws IllegalArgumentException when two persons of the batch have one number or a field is
   *     too long; nothing is logged or stored
   * @throws LogUnavailableException when the log cannot record the chunk; it is then not stored
   */
  public RegisterSummary register(String tenant, Actor actor, List<PersonData> batch) {
    RegisterSummary s = registration.register(tenant, actor, batch);
    tally(tenant, "imported", s.imported());
    tally(tenant, "updated", s.updated());
    tally(tenant, "unchanged", s.unchanged());
    return s;
  }

  private final List<Tally> tallies = new java.util.concurrent.CopyOnWriteArrayList<>();

  /**
   * Hears, per tenant, how many persons this instance registered ({@code imported}), updated, found
   * unchanged, and how many rows of an import file it rejected ({@code rejected}): the progress of
   * imports for monitoring. A listener must be quick and must not throw.
   */
  @FunctionalInterface
  public interface Tally {
    void add(String tenant, String outcome, long persons);
  }

  /** Adds a listener of {@link Tally}. */
  public void onTally(Tally listener) {
    tallies.add(listener);
  }

  void tally(String tenant, String outcome, long persons) {
    if (persons > 0) {
      tallies.forEach(t -> t.add(tenant, outcome, persons));
    }
  }

  /** The most persons registered by one import after which the store's statistics are refreshed. */
  static final long ANALYZE_AFTER = 10_000;

  /**
   * Told by a bulk import of how many persons it registered or updated: past {@link
   * #ANALYZE_AFTER}, the store's planner statistics of the person table are refreshed (PostgreSQL),
   * so that reads right after it, such as a package's pages, use the key's index.
   */
  public void imported(long persons) {
    if (persons >= ANALYZE_AFTER) {
      table.analyze();
    }
  }

  /**
   * The tenant's token of the person with {@code number}, if the vault holds one (erased persons,
   * and persons whose number alone was erased, are not found). A {@code find} record naming the
   * token found (or none) is durable in the log before the token is returned: even a search that
   * finds nothing was made by someone, for some purpose.
   *
   * @throws LogUnavailableException when the log cannot record the search; nothing is returned
   */
  public Optional<AgencyToken> findByNumber(String tenant, IndividualNumber number, Actor actor) {
    Optional<AgencyToken> found = findByNumber(tenant, number);
    logs.forTenant(tenant)
        .append(
            record(
                tenant,
                actor,
                Action.FIND,
                found.map(AgencyToken::person),
                List.of(Field.MY_NUMBER),
                clock.instant()));
    return found;
  }

  /**
   * The tenant's tokens of the persons with this name and birth date, each logged as a {@code find}
   * record before it is returned (one record naming no person when none is found).
   *
   * @throws LogUnavailableException when the log cannot record the search; nothing is returned
   */
  public List<AgencyToken> findByNameAndBirthDate(
      String tenant, String familyName, String givenName, LocalDate birthDate, Actor actor) {
    List<AgencyToken> found = findByNameAndBirthDate(tenant, familyName, givenName, birthDate);
    List<Field> searched = List.of(Field.FAMILY_NAME, Field.GIVEN_NAME, Field.BIRTH_DATE);
    Instant now = clock.instant();
    List<AccessRecord> records =
        found.isEmpty()
            ? List.of(record(tenant, actor, Action.FIND, Optional.empty(), searched, now))
            : found.stream()
                .map(
                    t -> record(tenant, actor, Action.FIND, Optional.of(t.person()), searched, now))
                .toList();
    VaultRecords.appendAll(logs.forTenant(tenant), records);
    return found;
  }

  /** Unlogged lookup by number, for the vault's own use and its tests. */
  Optional<AgencyToken> findByNumber(String tenant, IndividualNumber number) {
    byte[] index = keys.blindIndex(tenant, "number", number.digits(InsecureNumberAccess.get()));
    return Sql.run(PersonTable.FAILED, () -> table.tokenByNumberIndex(tenant, index))
        .map(AgencyToken::new);
  }

  /**
   * Unlogged lookup by name and birth date (spaces, width and case ignored), for the vault and its
   * tests.
   */
  List<AgencyToken> findByNameAndBirthDate(
      String tenant, String familyName, String givenName, LocalDate birthDate) {
    byte[] index =
        keys.blindIndex(
            tenant, "name-birth", PersonCodec.nameBirth(familyName, givenName, birthDate));
    return Sql.run(PersonTable.FAILED, () -> table.tokensByNameIndex(tenant, index)).stream()
        .map(AgencyToken::new)
        .toList();
  }

  /**
   * Reveals the asked fields of a person, each masked as asked. The {@code read} access record
   * (naming the fields not asked {@link Mask#FULL}) is durable in the log before any field is
   * decrypted.
   *
   * @throws VaultException when the token names no person of the tenant, or an erased one; nothing
   *     is logged
   * @throws LogUnavailableException when the log cannot record the read; nothing is revealed
   */
  public Revealed reveal(String tenant, AgencyToken token, Map<Field, Mask> fields, Actor actor) {
    return reveal(tenant, token, fields, actor, Action.READ);
  }

  /**
   * As {@link #reveal(String, AgencyToken, Map, Actor)}, recorded as {@code action} ({@link
   * Action#READ} or {@link Action#PRINT}: what the revealed fields are for).
   */
  public Revealed reveal(
      String tenant, AgencyToken token, Map<Field, Mask> fields, Actor actor, Action action) {
    return reveals.reveal(tenant, token, fields, actor, action);
  }

  /**
   * The versions updates replaced, oldest first, each masked as asked; logged as a {@code read}
   * first, like {@link #reveal}. Empty when the person was never updated.
   */
  public List<PersonVersion> history(
      String tenant, AgencyToken token, Map<Field, Mask> fields, Actor actor) {
    return reveals.history(tenant, token, fields, actor);
  }

  /**
   * Erases a person for good: logs an {@code erase} record (the token, no number), then in one
   * transaction drops the wrapped data key, the fields, the indexes and every prior version, and
   * shreds what the other modules keep of the person ({@link ErasedWithPerson}: the scanned pages,
   * regions, entries and values of the work documents tied to them, with those documents' keys), so
   * no copy of the ciphertexts can be opened again. The token then answers {@link
   * VaultException.Reason#ERASED}.
   *
   * @throws VaultException when the token names no person, or one already erased
   * @throws LogUnavailableException when the log cannot record the erasure; nothing is erased
   */
  public void erase(String tenant, AgencyToken token, Actor actor) {
    PersonTable.Live stored = reveals.live(tenant, token);
    logs.forTenant(tenant)
        .append(
            record(
                tenant,
                actor,
                Action.ERASE,
                Optional.of(token.person()),
                ALL_FIELDS,
                clock.instant()));
    if (!Sql.run(
        PersonTable.FAILED,
        () -> table.erase(tenant, stored.personId(), clock.millis(), alsoErased))) {
      throw Reveals.erased(token);
    }
  }

  /**
   * Erases a batch of persons, each whole or its number only ({@link BulkErasure}), for a retention
   * run, {@link BulkErasure#BATCH} persons per transaction: one {@code erase} record per person to
   * erase (its token; all fields, or {@link Field#MY_NUMBER} alone) is durable in the log before
   * the transaction of its batch. Whole is as {@link #erase}. Number only seals the other fields,
   * prior versions and accepted documents (less every value holding a number) again under a fresh
   * data key and drops the number's blind index: {@link #findByNumber} no longer finds the person,
   * registering the same number again makes a new person, a reveal of the number answers {@link
   * Revealed#NUMBER_ERASED}, and the scanned work documents tied to the person are shredded. A
   * person erased before is left alone and reported {@link BulkErasure.Result#ALREADY}, an id of no
   * person {@link BulkErasure.Result#UNKNOWN} (neither is logged). Safe to run again after a crash
   * or a failure of the store: a batch is stored whole or not at all, and running it again
   * completes it (the log over-reports, never under-reports). How and why: {@link Erasures}.
   *
   * @throws IllegalArgumentException when a person is named twice; nothing is logged or erased
   * @throws LogUnavailableException when the log cannot record a batch; it is not erased (batches
   *     before it are)
   * @throws IllegalStateException when the store fails; the failing batch is not erased
   */
  public BulkErasure.Outcome eraseAll(String tenant, List<BulkErasure.Item> batch, Actor actor) {
    return erasures.eraseAll(tenant, batch, actor);
  }

  /** The bulk erasure itself, for the vault's tests. */
  Erasures erasures() {
    return erasures;
  }

  /**
   * A person's token as one organisation knows it, next to the tenant's own token of the same
   * person.
   *
   * @param organisation the organisation's token, {@code TenantKeys.token(tenant, organisation,
   *     id)}
   * @param own the tenant's own token, the one the vault and the log name the person by
   */
  public record TokenPair(AgencyToken organisation, AgencyToken own) {}

  /**
   * Whether the token names a person of the tenant, erased or not. Reads no field and logs nothing.
   */
  public boolean knows(String tenant, AgencyToken token) {
    return hold(tenant, token).isPresent();
  }

  /**
   * A person's stored row, read once for one access: whether the token names a person (as {@link
   * #knows}), and then the row {@link #reveal(Held, Map, Actor, Action)} opens, so that an access
   * decided on it reads the row once, not twice. Holds no lock: as with a row read at the reveal,
   * an erasure or an update committed meanwhile is not seen by this access.
   */
  public Optional<Held> hold(String tenant, AgencyToken token) {
    return Sql.run(PersonTable.FAILED, () -> table.byToken(tenant, token.value()))
        .map(row -> new Held(tenant, token, row));
  }

  /** A person's stored row as {@link #hold} read it, for one access; its contents stay here. */
  public static final class Held {
    private final String tenant;
    private final AgencyToken token;
    private final PersonTable.Stored row;

    private Held(String tenant, AgencyToken token, PersonTable.Stored row) {
      this.tenant = tenant;
      this.token = token;
      this.row = row;
    }
  }

  /**
   * As {@link #reveal(String, AgencyToken, Map, Actor, Action)}, on the row {@link #hold} read.
   *
   * @throws VaultException when the person was erased; nothing is logged
   */
  public Revealed reveal(Held held, Map<Field, Mask> fields, Actor actor, Action action) {
    return reveals.reveal(held.tenant, held.token, held.row, fields, actor, action);
  }

  /**
   * The vault's id of the live person the token names, for a record that links to it (a work
   * document tied to its person); reads no field and logs nothing.
   *
   * @throws VaultException when the token names no person of the tenant, or an erased one
   */
  public long personId(String tenant, AgencyToken token) {
    return reveals.live(tenant, token).personId();
  }

  /** The sealing name of an accepted document's fields under its person's key. */
  public static String documentField(long documentId) {
    return "doc/" + documentId;
  }

  /**
   * Links an accepted work document's fields to a person (issue 16 point 4): {@code fields} (the
   * JSON of field id to value) sealed under the person's data key with {@code doc/<documentId>} as
   * its name, stored in person_document, in one transaction with {@code alsoInTransaction} (the
   * work tables' part of the acceptance) so a failure leaves neither. Logs nothing: the gate logs
   * the acceptance first. Erasing the person shreds the key and deletes the rows.
   *
   * @return the person's vault id
   * @throws VaultException when the token names no live person
   */
  public long attachDocument(
      String tenant,
      AgencyToken token,
      long documentId,
      String jobId,
      String typeId,
      byte[] fields,
      Runnable alsoInTransaction) {
    PersonTable.Live live = reveals.live(tenant, token);
    byte[] sealed =
        keys.personKey(tenant, live.personId(), live.dataKey())
            .seal(documentField(documentId), fields);
    Sql.run(
        PersonTable.FAILED,
        () ->
            table.attachDocument(
                tenant,
                live.personId(),
                documentId,
                jobId,
                typeId,
                sealed,
                clock.millis(),
                alsoInTransaction));
    return live.personId();
  }

  /** The number of persons of {@code tenant} in the vault, erased ones not counted. */
  public long count(String tenant) {
    return Sql.run(PersonTable.FAILED, () -> table.count(tenant));
  }
}
