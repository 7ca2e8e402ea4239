package mamori.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import mamori.core.PersonTag;
import mamori.crypto.AgencyToken;
import mamori.log.AccessRecord;
import mamori.log.LogUnavailableException;
import mamori.number.IndividualNumber;
import mamori.number.InsecureNumberAccess;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tags, lists, pages of a set's members and the listing's cursor, on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class PersonSetsTest extends VaultTestBase {
  static final PersonTag KITA = PersonTag.parse("ward=kita");
  static final PersonTag MINAMI = PersonTag.parse("ward=minami");

  PersonSets sets() {
    return vault.sets();
  }

  JdbcClient jdbc() {
    return JdbcClient.create(store.dataSource());
  }

  List<AgencyToken> registered(int n, long seed) {
    List<PersonData> batch = TestPersons.generate(n, seed);
    vault.register(TENANT, CLERK, batch);
    return batch.stream().map(p -> vault.findByNumber(TENANT, p.myNumber()).orElseThrow()).toList();
  }

  @Test
  void theDetectionsReadOfATag_givesTheTenantsOwnTokensOfExactlyThoseTagged() {
    PersonTag guarded = PersonTag.parse("protected");
    List<AgencyToken> ps = registered(4, 17);
    mamori.access.TaggedPersons tagged = new mamori.access.TaggedPersons(vault);
    assertThat(tagged.tokens(new mamori.core.TenantId(TENANT), guarded)).isEmpty();
    sets().tag(TENANT, CLERK, ps.get(1), guarded);
    sets().tag(TENANT, CLERK, ps.get(3), guarded);
    sets().tag(TENANT, CLERK, ps.get(2), KITA);
    assertThat(tagged.tokens(new mamori.core.TenantId(TENANT), guarded))
        .containsExactlyInAnyOrder(ps.get(1).value(), ps.get(3).value());
    assertThat(tagged.tokens(new mamori.core.TenantId("other-city"), guarded)).isEmpty();
  }

  @Test
  void aTagsHash_isTheSameWithinATenant_andDiffersAcrossTenantsAndTags() {
    byte[] kita = sets().tagHash(TENANT, KITA);
    assertThat(sets().tagHash(TENANT, PersonTag.parse(" ward = kita "))).isEqualTo(kita);
    assertThat(sets().tagHash(TENANT, PersonTag.parse("ｗａｒｄ=ｋｉｔａ"))).isEqualTo(kita);
    assertThat(sets().tagHash("other-city", KITA)).hasSize(16).isNotEqualTo(kita);
    assertThat(sets().tagHash(TENANT, MINAMI)).isNotEqualTo(kita);
    assertThat(sets().tagHash(TENANT, PersonTag.parse("ward"))).isNotEqualTo(kita);
    assertThat(kita).isEqualTo(keys.blindIndex(TENANT, "person-tag", "ward=kita"));
  }

  @Test
  void aTag_isStoredAsItsHashOnly_andLoggedFirst_namingThePersonNotTheTag() {
    AgencyToken p = registered(3, 11).get(1);
    long before = logSize();

    sets().tag(TENANT, CLERK, p, KITA);

    List<Map<String, Object>> rows = jdbc().sql("SELECT * FROM person_tag").query().listOfRows();
    assertThat(rows).hasSize(1);
    for (Object v : rows.getFirst().values()) {
      String text = v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : v.toString();
      assertThat(text).doesNotContain("kita").doesNotContain("ward");
    }
    assertThat((byte[]) rows.getFirst().get("tag_hash")).isEqualTo(sets().tagHash(TENANT, KITA));
    assertThat(logSize()).isEqualTo(before + 1);
    AccessRecord r = logged(before);
    assertThat(r.action()).isEqualTo("person.tag");
    assertThat(r.personToken()).isEqualTo(p.value());
    assertThat(r.allowed()).isTrue();
    assertThat(r.toString() + r.caseRef() + r.purpose()).doesNotContain("kita");
  }

  @Test
  void aPersonIsInATag_onlyWhileTagged_andNotOnceErased() {
    List<AgencyToken> ps = registered(3, 12);
    sets().tag(TENANT, CLERK, ps.get(0), KITA);
    sets().tag(TENANT, CLERK, ps.get(0), KITA); // again: one row
    sets().tag(TENANT, CLERK, ps.get(1), MINAMI);
    PersonSets.Members kita = new PersonSets.Members.Tagged(KITA);

    assertThat(sets().holds(TENANT, ps.get(0), kita)).isTrue();
    assertThat(sets().holds(TENANT, ps.get(1), kita)).isFalse();
    assertThat(sets().holds(TENANT, ps.get(2), kita)).isFalse();
    assertThat(sets().holds("other-city", ps.get(0), kita)).isFalse();
    assertThat(sets().holds(TENANT, ps.get(2), new PersonSets.Members.Everyone())).isTrue();
    assertThat(sets().holds(TENANT, ps.get(2), new PersonSets.Members.Nobody())).isFalse();
    assertThat(jdbc().sql("SELECT COUNT(*) FROM person_tag").query(Long.class).single())
        .isEqualTo(2);

    assertThat(sets().untag(TENANT, CLERK, ps.get(0), KITA)).isTrue();
    assertThat(sets().untag(TENANT, CLERK, ps.get(0), KITA)).isFalse();
    assertThat(sets().holds(TENANT, ps.get(0), kita)).isFalse();
    assertThat(logged(logSize() - 1).action()).isEqualTo("person.untag");

    sets().tag(TENANT, CLERK, ps.get(0), KITA);
    vault.erase(TENANT, ps.get(0), CLERK);
    assertThat(sets().holds(TENANT, ps.get(0), kita)).isFalse();
    assertThat(
            jdbc()
                .sql("SELECT COUNT(*) FROM person_tag WHERE tag_hash = ?")
                .param(sets().tagHash(TENANT, KITA))
                .query(Long.class)
                .single())
        .isZero();
    assertThatThrownBy(() -> sets().tag(TENANT, CLERK, ps.get(0), KITA))
        .isInstanceOf(VaultException.class);
  }

  List<IndividualNumber> importedNumbers = List.of();

  @Test
  void anImportsNumbers_areTagged_oneRecordAPersonFound_beforeAnyHashIsStored() {
    List<PersonData> batch = TestPersons.generate(5, 16);
    vault.register(TENANT, CLERK, batch);
    List<IndividualNumber> numbers =
        new ArrayList<>(batch.stream().map(PersonData::myNumber).toList());
    numbers.add(TestPersons.generate(1, 98).getFirst().myNumber()); // not in the vault
    long before = logSize();

    assertThat(sets().tagNumbers(TENANT, CLERK, numbers, KITA)).isEqualTo(5);

    assertThat(logSize()).isEqualTo(before + 5);
    for (long i = before; i < before + 5; i++) {
      assertThat(logged(i).action()).isEqualTo("person.tag");
    }
    for (PersonData p : batch) {
      AgencyToken t = vault.findByNumber(TENANT, p.myNumber()).orElseThrow();
      assertThat(sets().holds(TENANT, t, new PersonSets.Members.Tagged(KITA))).isTrue();
    }
    assertThat(sets().tagNumbers(TENANT, CLERK, List.of(), KITA)).isZero();
    assertThat(logSize()).isEqualTo(before + 5);
  }

  @Test
  void theLogClosed_nothingIsTaggedOrListed() {
    List<PersonData> batch = TestPersons.generate(2, 13);
    vault.register(TENANT, CLERK, batch);
    importedNumbers = batch.stream().map(PersonData::myNumber).toList();
    List<AgencyToken> ps =
        batch.stream().map(p -> vault.findByNumber(TENANT, p.myNumber()).orElseThrow()).toList();
    logs.forTenant(TENANT).close();

    assertThatThrownBy(() -> sets().tag(TENANT, CLERK, ps.get(0), KITA))
        .isInstanceOf(LogUnavailableException.class);
    assertThatThrownBy(
            () -> sets().createList(TENANT, CLERK, "l-1", "list", List.of(ps.get(0).value())))
        .isInstanceOf(LogUnavailableException.class);
    assertThat(jdbc().sql("SELECT COUNT(*) FROM person_tag").query(Long.class).single()).isZero();
    assertThat(jdbc().sql("SELECT COUNT(*) FROM person_list").query(Long.class).single()).isZero();
    assertThat(jdbc().sql("SELECT COUNT(*) FROM person_list_member").query(Long.class).single())
        .isZero();
  }

  @Test
  void aList_ofTokensAndNumbers_keepsOnlyThePersons_andReportsTheLinesThatNameNobody() {
    List<PersonData> batch = TestPersons.generate(4, 14);
    vault.register(TENANT, CLERK, batch);
    AgencyToken first = vault.findByNumber(TENANT, batch.get(0).myNumber()).orElseThrow();
    String number = batch.get(1).myNumber().digits(InsecureNumberAccess.get());
    String unknownNumber =
        TestPersons.generate(1, 99).getFirst().myNumber().digits(InsecureNumberAccess.get());
    String badCheck = number.substring(0, 11) + ((number.charAt(11) - '0' + 1) % 10);
    long before = logSize();

    PersonSets.ListReport r =
        sets()
            .createList(
                TENANT,
                CLERK,
                "kita-2026",
                "北区 2026",
                List.of(
                    first.value(),
                    number,
                    unknownNumber,
                    "not a token",
                    badCheck,
                    first.value(),
                    AgencyToken.parse(first.value()).value().toLowerCase(java.util.Locale.ROOT)));

    assertThat(r.id()).isEqualTo("kita-2026");
    assertThat(r.members()).isEqualTo(2);
    assertThat(r.unknownLines()).containsExactly(3, 4, 5);
    assertThat(r.toString()).doesNotContain(number).doesNotContain(unknownNumber);
    assertThat(logSize()).isEqualTo(before + 1);
    AccessRecord made = logged(before);
    assertThat(made.action()).isEqualTo("list.create");
    assertThat(made.caseRef()).isEqualTo("kita-2026");
    assertThat(made.personToken()).isEmpty();
    // the table keeps ids only: no number, no token
    for (Map<String, Object> row :
        jdbc().sql("SELECT * FROM person_list_member").query().listOfRows()) {
      assertThat(row.values().toString()).doesNotContain(number).doesNotContain(first.value());
    }
    PersonSets.Members list = new PersonSets.Members.Listed("kita-2026");
    assertThat(sets().holds(TENANT, first, list)).isTrue();
    AgencyToken second = vault.findByNumber(TENANT, batch.get(1).myNumber()).orElseThrow();
    assertThat(sets().holds(TENANT, second, list)).isTrue();
    AgencyToken third = vault.findByNumber(TENANT, batch.get(2).myNumber()).orElseThrow();
    assertThat(sets().holds(TENANT, third, list)).isFalse();
    assertThat(sets().holds(TENANT, first, new PersonSets.Members.Listed("other"))).isFalse();
    assertThat(sets().lists(TENANT))
        .singleElement()
        .satisfies(l -> {
          assertThat(l.id()).isEqualTo("kita-2026");
          assertThat(l.name()).isEqualTo("北区 2026");
          assertThat(l.createdBy()).isEqualTo("clerk-1");
          assertThat(l.size()).isEqualTo(2);
        });
    assertThat(sets().lists("other-city")).isEmpty();

    long logged = logSize();
    assertThatThrownBy(
            () -> sets().createList(TENANT, CLERK, "kita-2026", "again", List.of(number)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(number);
    assertThat(logSize()).as("a refused list is not logged").isEqualTo(logged);
  }

  @Test
  void aListsIdAndName_areChecked_beforeAnythingIsLogged() {
    long before = logSize();
    for (String[] bad :
        new String[][] {
          {"Kita", "n"},
          {"", "n"},
          {"k".repeat(65), "n"},
          {"123456789012", "n"},
          {"ok", ""},
          {"ok", "a\nb"},
          {"ok", "x".repeat(201)},
          {"ok", "番号 123456789012"}
        }) {
      assertThatThrownBy(() -> sets().createList(TENANT, CLERK, bad[0], bad[1], List.of("x")))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> sets().createList(TENANT, CLERK, "ok", "n", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(logSize()).isEqualTo(before);
    PersonSets.checkList("k".repeat(64), "x".repeat(200));
  }

  /** Stores {@code n} bare persons (ids and tokens only), the first {@code tagged} tagged KITA. */
  Set<Long> storeBare(int n, int tagged) throws Exception {
    Random random = new Random(25);
    Set<Long> ids = new HashSet<>();
    while (ids.size() < n) {
      ids.add(random.nextLong() & Long.MAX_VALUE);
    }
    byte[] hash = sets().tagHash(TENANT, KITA);
    Set<Long> inTag = new HashSet<>();
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement person =
            c.prepareStatement(
                "INSERT INTO person (tenant_id, person_id, token, version, created_at,"
                    + " updated_at) VALUES (?, ?, ?, 1, 0, 0)");
        PreparedStatement tag =
            c.prepareStatement(
                "INSERT INTO person_tag (tenant_id, tag_hash, person_id) VALUES (?, ?, ?)")) {
      c.setAutoCommit(false);
      for (long id : ids) {
        person.setString(1, TENANT);
        person.setLong(2, id);
        person.setString(3, keys.token(TENANT, TENANT, id).value());
        person.addBatch();
        if (inTag.size() < tagged) {
          inTag.add(id);
          tag.setString(1, TENANT);
          tag.setBytes(2, hash);
          tag.setLong(3, id);
          tag.addBatch();
        }
      }
      person.executeBatch();
      tag.executeBatch();
      c.commit();
    }
    return inTag;
  }

  @Test
  void walkingATagOf25000Persons_pageByPage_seesEachExactlyOnce() throws Exception {
    Set<Long> inTag = storeBare(26_000, 25_000);
    Set<AgencyToken> expected = new HashSet<>();
    for (long id : inTag) {
      expected.add(keys.token(TENANT, "sub-co", id));
    }
    List<AgencyToken> seen = new ArrayList<>();
    long after = Long.MIN_VALUE;
    int pages = 0;
    String cursor = null;
    while (true) {
      if (cursor != null) {
        after = sets().openCursor(TENANT, "sub-co/op", cursor).orElseThrow();
      }
      PersonSets.Page page =
          sets().page(TENANT, "sub-co", new PersonSets.Members.Tagged(KITA), after, 1_000);
      pages++;
      page.pairs().forEach(p -> seen.add(p.organisation()));
      if (page.last().isEmpty()) {
        break;
      }
      cursor = sets().sealCursor(TENANT, "sub-co/op", page.last().getAsLong());
    }
    assertThat(seen).hasSize(25_000).doesNotHaveDuplicates();
    assertThat(new HashSet<>(seen)).isEqualTo(expected);
    assertThat(pages).isEqualTo(26); // 25 full pages, then an empty one
  }

  @Test
  void everyone_isWalkedInIdOrder_andAnErasedPersonIsNotListed() throws Exception {
    List<AgencyToken> ps = registered(7, 15);
    vault.erase(TENANT, ps.get(3), CLERK);
    List<AgencyToken> own = new ArrayList<>();
    long after = Long.MIN_VALUE;
    PersonSets.Page page;
    do {
      page = sets().page(TENANT, "sub-co", new PersonSets.Members.Everyone(), after, 2);
      page.pairs().forEach(p -> own.add(p.own()));
      assertThat(page.pairs()).hasSizeLessThanOrEqualTo(2);
      after = page.last().orElse(after);
    } while (page.last().isPresent());
    assertThat(own).hasSize(6).doesNotContain(ps.get(3)).containsAll(ps.subList(0, 3));
    assertThat(sets().page(TENANT, "sub-co", new PersonSets.Members.Nobody(), 0, 5).pairs())
        .isEmpty();
    assertThat(sets().page(TENANT, "sub-co", new PersonSets.Members.Everyone(), 0, 6).last())
        .isPresent();
    assertThat(sets().page(TENANT, "sub-co", new PersonSets.Members.Everyone(), 0, 7).last())
        .isEmpty();
    assertThatThrownBy(() -> sets().page(TENANT, "sub-co", new PersonSets.Members.Everyone(), 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> sets().page(TENANT, "sub-co", new PersonSets.Members.Everyone(), 0, 10_001))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(sets().page(TENANT, "sub-co", new PersonSets.Members.Everyone(), 0, 10_000).pairs())
        .hasSize(6);
  }

  @Test
  void aCursor_opensOnlyForTheCallerAndTenantItWasSealedFor() {
    String cursor = sets().sealCursor(TENANT, "sub-co/op", 4242);

    assertThat(sets().openCursor(TENANT, "sub-co/op", cursor)).isEqualTo(OptionalLong.of(4242));
    assertThat(cursor).doesNotContain("4242");
    assertThat(sets().sealCursor(TENANT, "sub-co/op", 4242)).isNotEqualTo(cursor);
    assertThat(sets().openCursor(TENANT, "other-co/op", cursor)).isEmpty();
    assertThat(sets().openCursor(TENANT, "sub-co/op2", cursor)).isEmpty();
    assertThat(sets().openCursor("other-city", "sub-co/op", cursor)).isEmpty();
    char c = cursor.charAt(cursor.length() / 2);
    String altered =
        cursor.substring(0, cursor.length() / 2)
            + (c == 'A' ? 'B' : 'A')
            + cursor.substring(cursor.length() / 2 + 1);
    assertThat(sets().openCursor(TENANT, "sub-co/op", altered)).isEmpty();
    for (String forged : List.of("", "!!!", "AAAA", "x".repeat(201), "4242")) {
      assertThat(sets().openCursor(TENANT, "sub-co/op", forged)).isEmpty();
    }
  }
}
