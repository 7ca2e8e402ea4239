package mamori.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import mamori.core.Role;
import mamori.identity.Credentials;
import mamori.log.LogUnavailableException;
import mamori.store.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One-time enrolment addresses: 24 hours, once, keyed hash only, logged before they act. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class EnrolmentsTest extends TenancyTestBase {
  static final String PASSWORD = "correct horse battery";
  Tenants.Created made;
  String secret;

  @BeforeEach
  void tenant() {
    made = tenants.add(OPERATOR, Tenants.Spec.of("kita-city", "北市"));
    secret = Credentials.newSecret();
  }

  String code(Clock at) {
    return Credentials.currentCode(secret, at);
  }

  Enrolments.Result enrol(String code) {
    return enrolments.complete(code, PASSWORD.toCharArray(), secret, code(clock));
  }

  @Test
  void anAddress_opensItsUsersAccount_andEnrolsThemOnce_loggedByTheUser() {
    String code = made.officer().code();
    assertThat(enrolments.open(code))
        .hasValueSatisfying(p -> assertThat(p.user().id()).isEqualTo("kita-city-officer"));
    assertThat(enrol(code)).isInstanceOf(Enrolments.Enrolled.class);
    assertThat(credentials.status("kita-city-officer").hasPassword()).isTrue();
    assertThat(credentials.status("kita-city-officer").enrolled()).isTrue();
    assertThat(acts("kita-city").getLast())
        .isEqualTo("user.enrol kita-city-officer allow kita-city-officer");
    clock.advance(Duration.ofSeconds(30));
    var passed = credentials.checkPassword("kita-city-officer", PASSWORD.toCharArray());
    assertThat(passed).isInstanceOf(Credentials.PasswordPassed.class);
    assertThat(credentials.checkCode((Credentials.PasswordPassed) passed, code(clock)))
        .isInstanceOf(Credentials.Passed.class);

    long size = logs.forTenant("kita-city").size();
    assertThat(enrolments.open(code)).isEmpty();
    assertThat(enrol(code)).isInstanceOf(Enrolments.Unusable.class);
    assertThat(logs.forTenant("kita-city").size()).as("a second use logs nothing").isEqualTo(size);
  }

  @Test
  void anAddress_isGoodJustBefore24Hours_andNotAtExactly24() {
    clock.advance(Duration.ofHours(24).minusMillis(1));
    assertThat(enrolments.open(made.officer().code())).isPresent();
    clock.advance(Duration.ofMillis(1));
    assertThat(enrolments.open(made.officer().code())).isEmpty();
    assertThat(enrol(made.officer().code())).isInstanceOf(Enrolments.Unusable.class);
    assertThat(credentials.status("kita-city-officer").hasPassword()).isFalse();
  }

  @Test
  void aWrongOrMalformedCode_opensNothing() {
    String code = made.officer().code();
    String wrongSecret = code.substring(0, code.length() - 1) + (code.endsWith("a") ? "b" : "a");
    String otherId = (code.startsWith("a") ? "b" : "a") + code.substring(1);
    for (String c : List.of(wrongSecret, otherId, "", "x", code + "a", code.toUpperCase())) {
      assertThat(enrolments.open(c)).as(c).isEmpty();
      assertThat(enrol(c)).as(c).isInstanceOf(Enrolments.Unusable.class);
    }
    assertThat(credentials.status("kita-city-officer").hasPassword()).isFalse();
    assertThat(enrolments.open(code)).isPresent();
  }

  @Test
  void aWrongAuthenticatorCode_orABadPassword_keepsNothing_andTheAddressStaysGood() {
    String code = made.officer().code();
    String wrong = code(clock).equals("000000") ? "111111" : "000000";
    assertThat(enrolments.complete(code, PASSWORD.toCharArray(), secret, wrong))
        .isInstanceOf(Enrolments.WrongCode.class);
    assertThatThrownBy(() -> enrolments.complete(code, "short".toCharArray(), secret, code(clock)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("12 to 128");
    assertThatThrownBy(() ->
            enrolments.complete(code, "kita-city-officer-pw".toCharArray(), secret, code(clock)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(credentials.status("kita-city-officer").hasPassword()).isFalse();
    assertThat(acts("kita-city")).noneMatch(a -> a.startsWith("user.enrol "));
    assertThat(enrol(code)).isInstanceOf(Enrolments.Enrolled.class);
  }

  @Test
  void aNewAddress_replacesTheOlder() {
    var again =
        admin.enrolment(
            principal("kita-city-officer", "kita-city", "kita-city", Role.SECURITY_OFFICER),
            "kita-city-admin");
    assertThat(enrolments.open(made.admin().code())).isEmpty();
    assertThat(enrolments.open(again.code())).isPresent();
    assertThat(enrolments.live("kita-city", "kita-city-admin")).isTrue();
  }

  @Test
  void onlyAKeyedHashOfTheCodeIsStored() {
    String code = made.officer().code();
    String secretHalf = code.substring(code.indexOf('-') + 1);
    List<Map<String, Object>> rows =
        JdbcClient.create(store.dataSource())
            .sql("SELECT * FROM user_enrolment")
            .query()
            .listOfRows();
    assertThat(rows).hasSize(2);
    for (Map<String, Object> row : rows) {
      for (Object v : row.values()) {
        String text =
            v instanceof byte[] b
                ? new String(b, StandardCharsets.ISO_8859_1) + HexFormat.of().formatHex(b)
                : String.valueOf(v);
        assertThat(text).doesNotContain(secretHalf);
      }
    }
    byte[] expected =
        keys.blindIndex(
            "kita-city", "user-enrolment", made.officer().enrolmentId() + ":" + secretHalf);
    assertThat(rows).anySatisfy(r -> assertThat((byte[]) r.get("code_hash")).isEqualTo(expected));
  }

  @Test
  void using_whenTheLogIsClosed_keepsNothing_andTheAddressStaysGood() {
    String code = made.officer().code();
    logs.forTenant("kita-city").close();
    assertThatThrownBy(() -> enrol(code)).isInstanceOf(LogUnavailableException.class);
    assertThat(credentials.status("kita-city-officer").hasPassword()).isFalse();
    assertThat(enrolments.open(code)).isPresent();
  }

  @Test
  void issuing_whenTheLogIsClosed_issuesNothing() {
    logs.forTenant("kita-city").close();
    var officer = principal("kita-city-officer", "kita-city", "kita-city", Role.SECURITY_OFFICER);
    assertThatThrownBy(() -> admin.enrolment(officer, "kita-city-admin"))
        .isInstanceOf(LogUnavailableException.class);
    assertThat(enrolments.open(made.admin().code())).as("the older still good").isPresent();
  }

  @Test
  void anEnrolledOrDisabledUser_getsNoAddress() {
    enrol(made.officer().code());
    var officer = principal("kita-city-officer", "kita-city", "kita-city", Role.SECURITY_OFFICER);
    assertThatThrownBy(() -> admin.enrolment(officer, "kita-city-officer"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("enrolled already");
    admin.disable(officer, "kita-city-admin");
    assertThat(enrolments.open(made.admin().code())).isEmpty();
    assertThatThrownBy(() -> admin.enrolment(officer, "kita-city-admin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("disabled");
  }
}
