package mamori.vault;

import static mamori.vault.VaultRecords.record;

import com.google.crypto.tink.Aead;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.NumberText;
import mamori.core.PersonTag;
import mamori.core.PersonToken;
import mamori.core.TenantId;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.crypto.TenantKeys;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import mamori.number.IndividualNumber;
import mamori.number.InsecureNumberAccess;
import mamori.store.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The controller's person sets (V25__person_sets.sql): tags on persons, kept only as keyed hashes,
 * and named lists of persons; their members a page at a time; and the opaque cursor that carries a
 * listing from one page to the next.
 *
 * <p>Design. A tag's hash is the vault's blind index of kind {@code person-tag} (the tenant's index
 * PRF), so one tenant's equal tags share a hash, two tenants' never join, and the table holds no
 * tag text. A list is made once from the tenant's tokens or from numbers; a number is looked up by
 * its blind index and only the person's id is kept, and an entry that names nobody is reported by
 * its line, never echoed. Tagging and making a list are administrative acts: the record ({@code
 * person.tag}, {@code person.untag}, {@code list.create}) is durable in the tenant's log before
 * anything is stored, and when the log fails nothing is. Who may do them is the gate's to decide.
 *
 * <p>Every page is one range of a key that ends in {@code person_id} ({@code person}'s own key,
 * {@code person_tag}'s or {@code person_list_member}'s), after the last id of the page before;
 * erased persons are never listed. A cursor is that id sealed with the tenant's field AEAD under
 * associated data naming the caller, so it tells nothing, and one made for another caller or
 * altered does not open.
 */
public final class PersonSets {
  /** The blind index kind of a tag. */
  static final String TAG_KIND = "person-tag";

  /** The longest list name. */
  public static final int MAX_NAME = 200;

  /** The most entries a list is made of in one upload. */
  public static final int MAX_ENTRIES = 1_000_000;

  private static final byte[] CURSOR_PREFIX = "mamori/cursor/v1\0".getBytes(StandardCharsets.UTF_8);

  private final PersonTable table;
  private final JdbcClient jdbc;
  private final DataSource store;
  private final TenantKeys keys;
  private final TransparencyLogs logs;
  private final Clock clock;

  public PersonSets(DataSource store, TenantKeys keys, TransparencyLogs logs, Clock clock) {
    this.table = new PersonTable(store);
    this.jdbc = JdbcClient.create(store);
    this.store = store;
    this.keys = keys;
    this.logs = logs;
    this.clock = clock;
  }

  /** The persons a set holds, as the vault evaluates it. */
  public sealed interface Members {
    /** Every live person of the tenant. */
    record Everyone() implements Members {}

    /** The persons tagged {@code tag}. */
    record Tagged(PersonTag tag) implements Members {}

    /** The members of list {@code listId}. */
    record Listed(String listId) implements Members {}

    /** No one. */
    record Nobody() implements Members {}
  }

  /**
   * One page of a set's members, each with the token the organisation knows them by, and the last
   * person id the page reached (the cursor's position) when a next page may hold more.
   */
  public record Page(List<Vault.TokenPair> pairs, OptionalLong last) {
    public Page {
      pairs = List.copyOf(pairs);
    }
  }

  /** A list as {@code GET /api/v1/person-lists} shows it. */
  public record PersonList(
      String id, String name, String createdBy, Instant createdAt, long size) {}

  /**
   * What making a list did: the persons it holds, and the entries that named nobody (a token or
   * number not in the vault, an erased person, or an entry that is neither), by their 1-based line.
   */
  public record ListReport(String id, long members, List<Integer> unknownLines) {
    public ListReport {
      unknownLines = List.copyOf(unknownLines);
    }
  }

  /** The hash a tag is stored under for {@code tenant}. */
  public byte[] tagHash(String tenant, PersonTag tag) {
    return keys.blindIndex(tenant, TAG_KIND, tag.text());
  }

  /**
   * Up to {@code limit} members of {@code members} whose person id is above {@code after}, in id
   * order; a full page names its last id.
   */
  public Page page(String tenant, String organisation, Members members, long after, int limit) {
    if (limit < 1 || limit > 10_000) {
      throw new IllegalArgumentException("limit is 1 to 10000, not " + limit);
    }
    String live = " AND p.erased_at IS NULL";
    List<Map.Entry<Long, String>> rows =
        Sql.run(
            PersonTable.FAILED,
            () ->
                switch (members) {
                  case Members.Nobody n -> List.<Map.Entry<Long, String>>of();
                  case Members.Everyone e ->
                      query(
                          "SELECT p.person_id, p.token FROM person p WHERE p.tenant_id = ?"
                              + " AND p.person_id > ?"
                              + live
                              + " ORDER BY p.person_id LIMIT "
                              + limit,
                          tenant,
                          after);
                  case Members.Tagged t ->
                      query(
                          "SELECT p.person_id, p.token FROM person_tag t JOIN person p"
                              + " ON p.tenant_id = t.tenant_id AND p.person_id = t.person_id"
                              + " WHERE t.tenant_id = ? AND t.tag_hash = ? AND t.person_id > ?"
                              + live
                              + " ORDER BY t.person_id LIMIT "
                              + limit,
                          tenant,
                          tagHash(tenant, t.tag()),
                          after);
                  case Members.Listed l ->
                      query(
                          "SELECT p.person_id, p.token FROM person_list_member m JOIN person p"
                              + " ON p.tenant_id = m.tenant_id AND p.person_id = m.person_id"
                              + " WHERE m.tenant_id = ? AND m.list_id = ? AND m.person_id > ?"
                              + live
                              + " ORDER BY m.person_id LIMIT "
                              + limit,
                          tenant,
                          l.listId(),
                          after);
                });
    List<Vault.TokenPair> pairs = new ArrayList<>(rows.size());
    for (Map.Entry<Long, String> r : rows) {
      pairs.add(
          new Vault.TokenPair(
              keys.token(tenant, organisation, r.getKey()), new AgencyToken(r.getValue())));
    }
    return new Page(
        pairs,
        rows.size() == limit ? OptionalLong.of(rows.getLast().getKey()) : OptionalLong.empty());
  }

  private List<Map.Entry<Long, String>> query(String sql, Object... params) {
    return jdbc.sql(sql)
        .params(params)
        .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
        .list();
  }

  /** Whether the person with the tenant's token {@code own} is a live member of {@code members}. */
  public boolean holds(String tenant, AgencyToken own, Members members) {
    return switch (members) {
      case Members.Nobody n -> false;
      case Members.Everyone e -> true;
      case Members.Tagged t ->
          Sql.run(
              PersonTable.FAILED,
              () ->
                  jdbc.sql(
                              "SELECT COUNT(*) FROM person_tag t JOIN person p"
                                  + " ON p.tenant_id = t.tenant_id AND p.person_id = t.person_id"
                                  + " WHERE t.tenant_id = ? AND t.tag_hash = ? AND p.token = ?"
                                  + " AND p.erased_at IS NULL")
                          .params(tenant, tagHash(tenant, t.tag()), own.value())
                          .query(Long.class)
                          .single()
                      > 0);
      case Members.Listed l ->
          Sql.run(
              PersonTable.FAILED,
              () ->
                  jdbc.sql(
                              "SELECT COUNT(*) FROM person_list_member m JOIN person p"
                                  + " ON p.tenant_id = m.tenant_id AND p.person_id = m.person_id"
                                  + " WHERE m.tenant_id = ? AND m.list_id = ? AND p.token = ?"
                                  + " AND p.erased_at IS NULL")
                          .params(tenant, l.listId(), own.value())
                          .query(Long.class)
                          .single()
                      > 0);
    };
  }

  /**
   * Tags the person with the tenant's token {@code own}: the {@code person.tag} record first, then
   * the hash. Tagging a person again with the same tag changes nothing but is logged again.
   *
   * @throws VaultException when the token names no live person; nothing is logged
   * @throws mamori.log.LogUnavailableException when the log cannot record it; nothing is stored
   */
  public void tag(String tenant, Actor actor, AgencyToken own, PersonTag tag) {
    long person = livePerson(tenant, own);
    byte[] hash = tagHash(tenant, tag);
    logs.forTenant(tenant).append(tagRecord(tenant, actor, Action.PERSON_TAG, own));
    Sql.run(
        PersonTable.FAILED,
        () ->
            jdbc.sql(
                    "INSERT INTO person_tag (tenant_id, tag_hash, person_id) VALUES (?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(tenant, hash, person)
                .update());
  }

  /**
   * Removes a tag from the person: the {@code person.untag} record first, then the hash. Returns
   * whether the person carried it.
   *
   * @throws VaultException when the token names no live person; nothing is logged
   */
  public boolean untag(String tenant, Actor actor, AgencyToken own, PersonTag tag) {
    long person = livePerson(tenant, own);
    byte[] hash = tagHash(tenant, tag);
    logs.forTenant(tenant).append(tagRecord(tenant, actor, Action.PERSON_UNTAG, own));
    return Sql.run(
            PersonTable.FAILED,
            () ->
                jdbc.sql(
                        "DELETE FROM person_tag WHERE tenant_id = ? AND tag_hash = ?"
                            + " AND person_id = ?")
                    .params(tenant, hash, person)
                    .update())
        > 0;
  }

  /**
   * Tags the persons of {@code numbers} (an import's rows) with {@code tag}: one {@code person.tag}
   * record per person found, all durable before any hash is stored. Returns how many were found.
   */
  public int tagNumbers(String tenant, Actor actor, List<IndividualNumber> numbers, PersonTag tag) {
    if (numbers.isEmpty()) {
      return 0;
    }
    List<byte[]> indexes = new ArrayList<>(numbers.size());
    for (IndividualNumber n : numbers) {
      indexes.add(keys.blindIndex(tenant, "number", n.digits(InsecureNumberAccess.get())));
    }
    List<PersonTable.Stored> found =
        Sql.run(PersonTable.FAILED, () -> table.byNumberIndex(tenant, indexes)).values().stream()
            .filter(s -> !s.erased())
            .toList();
    if (found.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    VaultRecords.appendAll(
        logs.forTenant(tenant),
        found.stream()
            .map(s ->
                record(
                    tenant,
                    actor,
                    Action.PERSON_TAG,
                    Optional.of(new PersonToken(s.token())),
                    List.of(),
                    now))
            .toList());
    byte[] hash = tagHash(tenant, tag);
    Sql.run(
        PersonTable.FAILED,
        () ->
            Sql.inTransaction(
                store,
                () -> {
                  for (PersonTable.Stored s : found) {
                    jdbc.sql(
                            "INSERT INTO person_tag (tenant_id, tag_hash, person_id)"
                                + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(tenant, hash, s.personId())
                        .update();
                  }
                  return found.size();
                }));
    return found.size();
  }

  /**
   * Makes list {@code id} of the persons {@code entries} name, each the tenant's token of a person
   * or a My Number (12 digits); the {@code list.create} record (its case the list's id) is durable
   * before anything is stored, and the list and its members are stored in one transaction.
   *
   * @throws IllegalArgumentException for a malformed id or name, no entries or too many, or an id
   *     the tenant already has; nothing is logged or stored
   * @throws mamori.log.LogUnavailableException when the log cannot record it; nothing is stored
   */
  public ListReport createList(
      String tenant, Actor actor, String id, String name, List<String> entries) {
    checkList(id, name);
    if (entries.isEmpty() || entries.size() > MAX_ENTRIES) {
      throw new IllegalArgumentException("a list is made of 1 to " + MAX_ENTRIES + " entries");
    }
    if (list(tenant, id).isPresent()) {
      throw new IllegalArgumentException("the tenant already has a list with this id");
    }
    Set<Long> members = new HashSet<>();
    List<Integer> unknown = new ArrayList<>();
    List<byte[]> numberIndexes = new ArrayList<>();
    List<Integer> numberLines = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.get(i).strip();
      Optional<IndividualNumber> number =
          NumberText.holdsNumber(entry) ? IndividualNumber.tryParse(entry) : Optional.empty();
      if (number.isPresent()) {
        numberIndexes.add(
            keys.blindIndex(tenant, "number", number.get().digits(InsecureNumberAccess.get())));
        numberLines.add(i + 1);
      } else if (!NumberText.holdsNumber(entry) && AgencyToken.isValid(entry)) {
        Optional<PersonTable.Stored> s =
            Sql.run(
                PersonTable.FAILED, () -> table.byToken(tenant, AgencyToken.parse(entry).value()));
        if (s.isPresent() && !s.get().erased()) {
          members.add(s.get().personId());
        } else {
          unknown.add(i + 1);
        }
      } else {
        unknown.add(i + 1);
      }
    }
    Map<ByteBuffer, PersonTable.Stored> byIndex =
        numberIndexes.isEmpty()
            ? Map.of()
            : Sql.run(PersonTable.FAILED, () -> table.byNumberIndex(tenant, numberIndexes));
    for (int i = 0; i < numberIndexes.size(); i++) {
      PersonTable.Stored s = byIndex.get(ByteBuffer.wrap(numberIndexes.get(i)));
      if (s != null && !s.erased()) {
        members.add(s.personId());
      } else {
        unknown.add(numberLines.get(i));
      }
    }
    unknown.sort(null);
    Instant now = clock.instant();
    logs.forTenant(tenant)
        .append(
            AccessRecord.of(
                new Actor(actor.user(), actor.organisation(), List.of(), Why.administrative(id))
                    .attempt(
                        new TenantId(tenant), Action.LIST_CREATE, Optional.empty(), List.of(), now),
                mamori.core.Outcome.allowed()));
    List<Long> sorted = members.stream().sorted().toList();
    Sql.run(
        PersonTable.FAILED,
        () ->
            Sql.inTransaction(
                store,
                () -> {
                  jdbc.sql(
                          "INSERT INTO person_list (tenant_id, list_id, name, created_by,"
                              + " created_at) VALUES (?, ?, ?, ?, ?)")
                      .params(tenant, id, name, actor.user().value(), now.toEpochMilli())
                      .update();
                  for (Long person : sorted) {
                    jdbc.sql(
                            "INSERT INTO person_list_member (tenant_id, list_id, person_id)"
                                + " VALUES (?, ?, ?)")
                        .params(tenant, id, person)
                        .update();
                  }
                  return sorted.size();
                }));
    return new ListReport(id, sorted.size(), unknown);
  }

  /** The tenant's lists, by id, with their sizes. */
  public List<PersonList> lists(String tenant) {
    return Sql.run(
        PersonTable.FAILED,
        () ->
            jdbc.sql(
                    "SELECT l.list_id, l.name, l.created_by, l.created_at,"
                        + " (SELECT COUNT(*) FROM person_list_member m"
                        + " WHERE m.tenant_id = l.tenant_id AND m.list_id = l.list_id)"
                        + " FROM person_list l WHERE l.tenant_id = ? ORDER BY l.list_id")
                .param(tenant)
                .query((rs, n) ->
                    new PersonList(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        Instant.ofEpochMilli(rs.getLong(4)),
                        rs.getLong(5)))
                .list());
  }

  /** The tenant's list {@code id}, when it has one. */
  public Optional<PersonList> list(String tenant, String id) {
    return lists(tenant).stream().filter(l -> l.id().equals(id)).findFirst();
  }

  /**
   * Seals the position {@code after} for the caller {@code boundTo} (e.g. its organisation and
   * user): the cursor of the next page, opaque and tamper-evident.
   */
  public String sealCursor(String tenant, String boundTo, long after) {
    byte[] plain = ByteBuffer.allocate(Long.BYTES).putLong(after).array();
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(cursorAead(tenant).encrypt(plain, cursorData(tenant, boundTo)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a cursor could not be sealed: " + e.getMessage(), e);
    }
  }

  /**
   * The position a cursor carries, or empty when it was not sealed for {@code boundTo} of {@code
   * tenant} (another caller's, altered, or not a cursor at all).
   */
  public OptionalLong openCursor(String tenant, String boundTo, String cursor) {
    if (cursor.isEmpty() || cursor.length() > 200) {
      return OptionalLong.empty();
    }
    try {
      byte[] sealed = Base64.getUrlDecoder().decode(cursor);
      byte[] plain = cursorAead(tenant).decrypt(sealed, cursorData(tenant, boundTo));
      return plain.length == Long.BYTES
          ? OptionalLong.of(ByteBuffer.wrap(plain).getLong())
          : OptionalLong.empty();
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return OptionalLong.empty();
    }
  }

  private Aead cursorAead(String tenant) {
    return keys.fieldAead(tenant);
  }

  private static byte[] cursorData(String tenant, String boundTo) {
    byte[] bound = (tenant + "\0" + boundTo).getBytes(StandardCharsets.UTF_8);
    byte[] data = new byte[CURSOR_PREFIX.length + bound.length];
    System.arraycopy(CURSOR_PREFIX, 0, data, 0, CURSOR_PREFIX.length);
    System.arraycopy(bound, 0, data, CURSOR_PREFIX.length, bound.length);
    return data;
  }

  private long livePerson(String tenant, AgencyToken own) {
    Optional<PersonTable.Stored> s =
        Sql.run(PersonTable.FAILED, () -> table.byToken(tenant, own.value()));
    if (s.isEmpty()) {
      throw new VaultException(VaultException.Reason.NOT_FOUND, "no such person");
    }
    if (s.get().erased()) {
      throw new VaultException(VaultException.Reason.ERASED, "the person was erased");
    }
    return s.get().personId();
  }

  private AccessRecord tagRecord(String tenant, Actor actor, Action action, AgencyToken own) {
    return record(tenant, actor, action, Optional.of(own.person()), List.of(), clock.instant());
  }

  /**
   * Checks a list's id (1 to 64 of a-z, 0-9 and '-') and name (1 to {@link #MAX_NAME} printable
   * characters, no number).
   */
  public static void checkList(String id, String name) {
    if (!TenantId.isValid(id)) {
      throw new IllegalArgumentException("a list id is 1 to 64 of a-z, 0-9 and '-'");
    }
    NumberText.refuseNumberIn("the list's id", id);
    Objects.requireNonNull(name, "name");
    if (name.isBlank()
        || name.length() > MAX_NAME
        || name.codePoints().anyMatch(Why::unprintable)) {
      throw new IllegalArgumentException(
          "a list's name is 1 to " + MAX_NAME + " characters, without control characters");
    }
    NumberText.refuseNumberIn("the list's name", name);
  }
}
