package mamori.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mamori.core.Role;
import mamori.entrustment.Organisation;
import mamori.identity.Principal;
import mamori.log.LogUnavailableException;
import mamori.store.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Who may manage whom: each organisation its own, the officer the controller's and the admins. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class UserAdminTest extends TenancyTestBase {
  static final Principal OFFICER =
      principal("kita-city-officer", "kita-city", "kita-city", Role.SECURITY_OFFICER);
  static final Principal CITY_ADMIN =
      principal("kita-city-admin", "kita-city", "kita-city", Role.ORG_ADMIN);
  static final Principal ENTRY_ADMIN =
      principal("entry-admin", "kita-city", "entry-co", Role.ORG_ADMIN);
  static final Principal SUB_ADMIN = principal("sub-admin", "kita-city", "sub-co", Role.ORG_ADMIN);
  static final Principal AUDITOR =
      principal("kita-auditor", "kita-city", "kita-city", Role.AUDITOR);

  @BeforeEach
  void tenant() {
    tenants.add(OPERATOR, Tenants.Spec.of("kita-city", "北市"));
    tenants.add(OPERATOR, Tenants.Spec.of("other-city", "他市"));
    entrustments.registerOrganisation(
        new Organisation("entry-co", "入力社", Organisation.Kind.CONTRACTOR, "kita-city"));
    entrustments.registerOrganisation(
        new Organisation("sub-co", "再委託社", Organisation.Kind.SUBCONTRACTOR, "kita-city"));
  }

  @Test
  void theOfficer_addsTheFirstContractorAdmin_whoAddsTheirOwnOperators() {
    UserAdmin.Added first = admin.add(OFFICER, "entry-co", "entry-admin", "入力 管理者", Role.ORG_ADMIN);
    assertThat(first.user().organisationId()).isEqualTo("entry-co");
    assertThat(first.enrolment().userId()).isEqualTo("entry-admin");
    assertThat(credentials.status("entry-admin").hasPassword()).isFalse();
    assertThat(enrolments.open(first.enrolment().code())).isPresent();

    assertThatThrownBy(() -> admin.add(OFFICER, "entry-co", "entry-admin2", "二人目", Role.ORG_ADMIN))
        .isInstanceOf(UserAdmin.Refused.class);
    assertThatThrownBy(() -> admin.add(OFFICER, "entry-co", "op-x", "オペ", Role.OPERATOR))
        .isInstanceOf(UserAdmin.Refused.class);

    UserAdmin.Added op = admin.add(ENTRY_ADMIN, "entry-co", "entry-op", "入力 一郎", Role.OPERATOR);
    assertThat(op.user().role()).isEqualTo(Role.OPERATOR);
    assertThat(acts("kita-city"))
        .contains(
            "user.add entry-admin allow kita-city-officer",
            "user.enrolment-issue entry-admin allow kita-city-officer",
            "user.add entry-admin2 deny:user.not-own-organisation kita-city-officer",
            "user.add op-x deny:user.not-own-organisation kita-city-officer",
            "user.add entry-op allow entry-admin",
            "user.enrolment-issue entry-op allow entry-admin");
  }

  @Test
  void anotherOrganisationsAdmin_isRefusedEverything_andEachRefusalIsLogged() {
    admin.add(OFFICER, "entry-co", "entry-admin", "入力 管理者", Role.ORG_ADMIN);
    admin.add(ENTRY_ADMIN, "entry-co", "entry-op", "入力 一郎", Role.OPERATOR);
    assertThatThrownBy(() -> admin.add(SUB_ADMIN, "entry-co", "intruder", "侵入", Role.OPERATOR))
        .isInstanceOf(UserAdmin.Refused.class)
        .satisfies(e ->
            assertThat(((UserAdmin.Refused) e).reason().code())
                .isEqualTo("user.not-own-organisation"));
    assertThatThrownBy(() -> admin.disable(SUB_ADMIN, "entry-op"))
        .isInstanceOf(UserAdmin.Refused.class);
    assertThatThrownBy(() -> admin.enrolment(SUB_ADMIN, "entry-op"))
        .isInstanceOf(UserAdmin.Refused.class);
    assertThatThrownBy(() -> admin.add(ENTRY_ADMIN, "kita-city", "x-staff", "職員", Role.STAFF))
        .isInstanceOf(UserAdmin.Refused.class);
    assertThatThrownBy(() -> admin.add(CITY_ADMIN, "entry-co", "x-op", "オペ", Role.OPERATOR))
        .isInstanceOf(UserAdmin.Refused.class);
    assertThatThrownBy(() -> admin.add(AUDITOR, "kita-city", "x-staff", "職員", Role.STAFF))
        .isInstanceOf(UserAdmin.Refused.class);
    assertThat(users.find("intruder")).isEmpty();
    assertThat(users.find("x-staff")).isEmpty();
    assertThat(users.find("entry-op").orElseThrow().disabled()).isFalse();
    assertThat(acts("kita-city"))
        .contains(
            "user.add intruder deny:user.not-own-organisation sub-admin",
            "user.disable entry-op deny:user.not-own-organisation sub-admin",
            "user.enrolment-issue entry-op deny:user.not-own-organisation sub-admin",
            "user.add x-staff deny:user.not-own-organisation entry-admin",
            "user.add x-op deny:user.not-own-organisation kita-city-admin",
            "user.add x-staff deny:user.not-own-organisation kita-auditor");
  }

  @Test
  void anotherTenantsOrganisationOrUser_isUnknown_andNothingIsLoggedThere() {
    long size = logs.forTenant("other-city").size();
    var otherOfficer =
        principal("other-city-officer", "other-city", "other-city", Role.SECURITY_OFFICER);
    assertThatThrownBy(() -> admin.add(otherOfficer, "kita-city", "x", "X", Role.STAFF))
        .isInstanceOf(UserAdmin.Unknown.class);
    assertThatThrownBy(() -> admin.disable(otherOfficer, "kita-city-admin"))
        .isInstanceOf(UserAdmin.Unknown.class);
    assertThat(logs.forTenant("other-city").size()).isEqualTo(size);
    assertThat(users.find("kita-city-admin").orElseThrow().disabled()).isFalse();
  }

  @Test
  void theControllersAdmin_addsStaffButNoOfficer_andRolesFitTheOrganisation() {
    assertThat(admin.add(CITY_ADMIN, "kita-city", "kita-staff", "職員", Role.STAFF).user().role())
        .isEqualTo(Role.STAFF);
    assertThatThrownBy(
            () -> admin.add(CITY_ADMIN, "kita-city", "kita-o2", "二人目", Role.SECURITY_OFFICER))
        .isInstanceOf(UserAdmin.Refused.class);
    assertThat(
            admin.add(OFFICER, "kita-city", "kita-o2", "二人目", Role.SECURITY_OFFICER).user().role())
        .isEqualTo(Role.SECURITY_OFFICER);
    assertThatThrownBy(() -> admin.add(CITY_ADMIN, "kita-city", "kita-op", "オペ", Role.OPERATOR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("operator");
    assertThatThrownBy(() -> admin.add(OFFICER, "entry-co", "e-staff", "職員", Role.STAFF))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> admin.add(CITY_ADMIN, "kita-city", "kita-staff", "再", Role.STAFF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exists already");
    assertThatThrownBy(
            () -> admin.add(CITY_ADMIN, "kita-city", "kita-n", "番号 123456789012", Role.STAFF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("123456789012");
    assertThat(users.find("kita-op")).isEmpty();
    assertThat(users.find("kita-n")).isEmpty();
  }

  @Test
  void add_aReservedId_isRefusedBeforeAnythingIsLogged() {
    int before = acts("kita-city").size();
    for (String id : new String[] {"mamori.detect", "r-kita"}) {
      assertThatThrownBy(() -> admin.add(CITY_ADMIN, "kita-city", id, "職員", Role.STAFF))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("may not start with 'mamori.'");
      assertThat(users.find(id)).isEmpty();
    }
    assertThat(acts("kita-city")).hasSize(before);
  }

  @Test
  void disable_isLoggedFirst_neverOneself() {
    admin.add(CITY_ADMIN, "kita-city", "kita-staff", "職員", Role.STAFF);
    assertThat(admin.disable(CITY_ADMIN, "kita-staff").disabled()).isTrue();
    assertThat(acts("kita-city").getLast())
        .isEqualTo("user.disable kita-staff allow kita-city-admin");
    assertThatThrownBy(() -> admin.disable(CITY_ADMIN, "kita-city-admin"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(users.find("kita-city-admin").orElseThrow().disabled()).isFalse();
  }

  @Test
  void anAdd_whenTheLogIsClosed_addsNobody() {
    logs.forTenant("kita-city").close();
    assertThatThrownBy(() -> admin.add(CITY_ADMIN, "kita-city", "kita-staff", "職員", Role.STAFF))
        .isInstanceOf(LogUnavailableException.class);
    assertThatThrownBy(() -> admin.disable(OFFICER, "kita-city-admin"))
        .isInstanceOf(LogUnavailableException.class);
    assertThatThrownBy(
            () -> admin.change(OFFICER, "kita-city-admin", UserAdmin.SignInChange.UNLOCK))
        .isInstanceOf(LogUnavailableException.class);
    assertThat(users.find("kita-staff")).isEmpty();
    assertThat(users.find("kita-city-admin").orElseThrow().disabled()).isFalse();
  }

  @Test
  void unlockAndResetFactor_areTheOfficersAlone() {
    assertThatThrownBy(() ->
            admin.change(CITY_ADMIN, "kita-city-officer", UserAdmin.SignInChange.RESET_FACTOR))
        .isInstanceOf(UserAdmin.Refused.class);
    assertThat(admin.change(OFFICER, "kita-city-admin", UserAdmin.SignInChange.UNLOCK)).isFalse();
    assertThat(admin.change(OFFICER, "kita-city-admin", UserAdmin.SignInChange.RESET_FACTOR))
        .isTrue();
    assertThat(acts("kita-city"))
        .contains(
            "user.reset-factor kita-city-officer deny:user.not-own-organisation kita-city-admin",
            "user.unlock kita-city-admin allow kita-city-officer",
            "user.reset-factor kita-city-admin allow kita-city-officer");
  }

  @Test
  void visible_officerAndAuditorSeeTheTenant_anAdminTheirOrganisation() {
    admin.add(OFFICER, "entry-co", "entry-admin", "入力 管理者", Role.ORG_ADMIN);
    assertThat(admin.visible(OFFICER)).hasSize(3);
    assertThat(admin.visible(AUDITOR)).hasSize(3);
    assertThat(admin.visible(ENTRY_ADMIN)).extracting(u -> u.id()).containsExactly("entry-admin");
    assertThat(admin.visible(principal("s", "kita-city", "kita-city", Role.STAFF))).isEmpty();
  }
}
