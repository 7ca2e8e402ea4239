package mamori.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import mamori.core.Role;
import mamori.entrustment.Organisation;
import mamori.log.LogUnavailableException;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A tenant set up from zero: logged first, refused when it exists, nothing made when unlogged. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class TenantsTest extends TenancyTestBase {

  @Test
  void add_makesTheControllerPurposesKeysLogAndTwoUsersWithoutPasswords_loggedFirst() {
    Tenants.Created made = tenants.add(OPERATOR, Tenants.Spec.of("kita-city", "北市"));

    assertThat(made.tenant().id()).isEqualTo("kita-city");
    assertThat(made.tenant().name()).isEqualTo("北市");
    assertThat(entrustments.organisation("kita-city").orElseThrow().kind())
        .isEqualTo(Organisation.Kind.CONTROLLER);
    assertThat(entrustments.purposes("kita-city")).extracting(p -> p.id()).contains("resident-tax");
    assertThat(keys.fieldKeys("kita-city")).hasSize(1);
    assertThat(users.find("kita-city-officer").orElseThrow().role())
        .isEqualTo(Role.SECURITY_OFFICER);
    assertThat(users.find("kita-city-admin").orElseThrow().role()).isEqualTo(Role.ORG_ADMIN);
    assertThat(credentials.status("kita-city-officer").hasPassword()).isFalse();
    assertThat(credentials.status("kita-city-admin").hasPassword()).isFalse();
    assertThat(made.officer().userId()).isEqualTo("kita-city-officer");
    assertThat(made.admin().userId()).isEqualTo("kita-city-admin");
    assertThat(made.officer().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
    assertThat(made.officer().address("https://m.example/"))
        .isEqualTo("https://m.example/enrol/" + made.officer().code());
    assertThat(acts("kita-city"))
        .containsExactly(
            "tenant.create kita-city allow console",
            "user.enrolment-issue kita-city-officer allow console",
            "user.enrolment-issue kita-city-admin allow console");
    assertThat(tenants.list())
        .singleElement()
        .satisfies(t -> {
          assertThat(t.id()).isEqualTo("kita-city");
          assertThat(t.organisations()).isEqualTo(1);
          assertThat(t.users()).isEqualTo(2);
          assertThat(t.createdBy()).isEqualTo("console");
          assertThat(t.createdAt()).isEqualTo(clock.instant());
        });
  }

  @Test
  void add_twice_isRefusedAndChangesNothing() {
    tenants.add(OPERATOR, Tenants.Spec.of("kita-city", "北市"));
    long size = logs.forTenant("kita-city").size();
    assertThatThrownBy(() -> tenants.add(OPERATOR, Tenants.Spec.of("kita-city", "別の市")))
        .isInstanceOf(Tenants.Exists.class)
        .hasMessageContaining("exists already");
    assertThatThrownBy(() ->
            tenants.add(
                OPERATOR, new Tenants.Spec("minami-city", "南市", "kita-city-officer", "m-admin")))
        .isInstanceOf(Tenants.Exists.class)
        .hasMessageContaining("user kita-city-officer");
    assertThat(logs.forTenant("kita-city").size()).isEqualTo(size);
    assertThat(tenants.list()).extracting(Tenants.Tenant::name).containsExactly("北市");
    assertThat(tenants.exists("minami-city")).isFalse();
    assertThat(users.find("m-admin")).isEmpty();
  }

  @Test
  void add_badInput_isRefusedBeforeAnythingIsLogged() {
    assertThatThrownBy(() -> tenants.add(OPERATOR, Tenants.Spec.of("Kita", "北市")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tenants.add(OPERATOR, Tenants.Spec.of("kita", "北\u0007市")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tenants.add(OPERATOR, Tenants.Spec.of("kita", "市 123456789012")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("123456789012");
    assertThatThrownBy(() -> tenants.add(OPERATOR, new Tenants.Spec("kita", "北市", "a", "a")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(logs.exists("kita")).isFalse();
    assertThat(tenants.list()).isEmpty();
  }

  @Test
  void add_aReservedOfficerOrAdminId_isRefusedBeforeAnythingIsLogged() {
    assertThatThrownBy(
            () -> tenants.add(OPERATOR, new Tenants.Spec("kita", "北市", "mamori.detect", "adm")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("may not start with 'mamori.'");
    assertThatThrownBy(() -> tenants.add(OPERATOR, new Tenants.Spec("kita", "北市", "off", "r-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'r-' (residents in the log)");
    assertThat(logs.exists("kita")).isFalse();
    assertThat(tenants.list()).isEmpty();
  }

  @Test
  void add_whenTheLogIsClosed_makesNothing() {
    logs.forTenant("kita-city").close();
    assertThatThrownBy(() -> tenants.add(OPERATOR, Tenants.Spec.of("kita-city", "北市")))
        .isInstanceOf(LogUnavailableException.class);
    assertThat(tenants.exists("kita-city")).isFalse();
    assertThat(entrustments.organisation("kita-city")).isEmpty();
    assertThat(users.find("kita-city-officer")).isEmpty();
    assertThat(users.list("kita-city")).isEmpty();
  }
}
