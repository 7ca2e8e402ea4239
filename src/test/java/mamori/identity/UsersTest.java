package mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mamori.core.Role;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Adding, finding, listing and disabling users, on SQLite and on PostgreSQL. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class UsersTest extends IdentityTestBase {

  @Test
  void add_thenFindAndList_showTheUserInTheirTenantOnly() {
    User added = users.add("demo-city", "entry-co", "op.tanaka", "田中 一郎", Role.OPERATOR);
    users.add("other-city", "other-city", "clerk-1", "Clerk", Role.STAFF);

    assertThat(users.find("op.tanaka")).contains(added);
    assertThat(added.createdAt()).isEqualTo(clock.instant());
    assertThat(users.list("demo-city")).extracting(User::id).containsExactly("op.tanaka");
    assertThat(users.list("other-city")).extracting(User::id).containsExactly("clerk-1");
  }

  @Test
  void add_aTakenLoginName_isRefusedAlsoInAnotherTenant() {
    users.add("demo-city", "demo-city", "sato", "佐藤", Role.STAFF);
    assertThatThrownBy(() -> users.add("other-city", "other-city", "sato", "Sato", Role.AUDITOR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exists");
    assertThat(users.list("other-city")).isEmpty();
  }

  @Test
  void add_malformedValues_areRefusedAndChangeNothing() {
    assertThatThrownBy(() -> users.add("demo-city", "demo-city", "Upper", "x", Role.STAFF))
        .hasMessageContaining("user id");
    assertThatThrownBy(() -> users.add("demo-city", "demo-city", ".dot", "x", Role.STAFF))
        .hasMessageContaining("user id");
    assertThatThrownBy(() -> users.add("demo-city", "demo-city", "a".repeat(65), "x", Role.STAFF))
        .hasMessageContaining("user id");
    assertThatThrownBy(() -> users.add("Demo City", "demo-city", "ok", "x", Role.STAFF))
        .hasMessageContaining("tenant id");
    assertThatThrownBy(() -> users.add("demo-city", "entry_co", "ok", "x", Role.STAFF))
        .hasMessageContaining("organisation id");
    assertThatThrownBy(() -> users.add("demo-city", "demo-city", "ok", " ", Role.STAFF))
        .hasMessageContaining("display name");
    assertThatThrownBy(() -> users.add("demo-city", "demo-city", "ok", "a\nb", Role.STAFF))
        .hasMessageContaining("display name");
    assertThat(users.list("demo-city")).isEmpty();
  }

  @Test
  void disable_marksTheUserOnce_andUnknownUserAnswersFalse() {
    users.add("demo-city", "demo-city", "sato", "佐藤", Role.STAFF);
    assertThat(users.disable("sato")).isTrue();
    var first = users.find("sato").orElseThrow().disabledAt();
    clock.advance(java.time.Duration.ofHours(1));
    users.disable("sato");
    assertThat(users.find("sato").orElseThrow().disabledAt()).isEqualTo(first).isNotNull();
    assertThat(users.disable("nobody")).isFalse();
  }

  @Test
  void roleParse_acceptsDashesAndCase_andRefusesOthers() {
    assertThat(Role.parse("org-admin")).isEqualTo(Role.ORG_ADMIN);
    assertThat(Role.parse("Security_Officer")).isEqualTo(Role.SECURITY_OFFICER);
    assertThatThrownBy(() -> Role.parse("root")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void add_aReservedId_isRefused_systemAndResidentPrefixes() {
    for (String id : new String[] {"mamori.detect", "mamori.x", "r-abc", "r-"}) {
      assertThatThrownBy(() -> users.add("demo-city", "demo-city", id, "x", Role.STAFF))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "a user id may not start with 'mamori.' (the system's own identities) or 'r-'"
                  + " (residents in the log)");
    }
    assertThat(users.list("demo-city")).isEmpty();
    // near misses are ordinary ids
    for (String id : new String[] {"mamori", "mamori-x", "r", "ra-1", "rr-1", "op.mamori.x"}) {
      users.add("demo-city", "demo-city", id, "x", Role.STAFF);
    }
    assertThat(users.list("demo-city")).hasSize(6);
    assertThat(Users.reserved("mamori.detect")).isTrue();
    assertThat(Users.reserved("r-1")).isTrue();
    assertThat(Users.reserved("mamori")).isFalse();
    assertThat(Users.reserved("ra-1")).isFalse();
  }
}
