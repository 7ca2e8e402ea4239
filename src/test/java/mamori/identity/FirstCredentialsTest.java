package mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import mamori.core.Role;
import mamori.crypto.RootKeyConfig;
import mamori.crypto.RootKeys;
import mamori.crypto.TenantKeys;
import mamori.store.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A new user's first password and second factor, from an enrolment address: checked together, kept
 * together, only for a user who has neither.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class FirstCredentialsTest extends IdentityTestBase {
  static final char[] PASSWORD = "correct horse battery".toCharArray();

  @TempDir Path temp;
  Credentials credentials;
  String secret;

  @BeforeEach
  void addUser() {
    TenantKeys keys =
        new TenantKeys(
            store.dataSource(),
            RootKeys.open(new RootKeyConfig.KeyFile(temp.resolve("root.key")), store.dataSource()),
            clock);
    credentials =
        new Credentials(
            store.dataSource(), keys, new SecurityAlerts(store.dataSource(), clock), clock);
    users.add("city", "city", "newcomer", "New", Role.STAFF);
    secret = Credentials.newSecret();
  }

  String codeAt(Duration offset) {
    return Credentials.currentCode(secret, Clock.offset(clock, offset));
  }

  @Test
  void aRightCode_givesFirstCredentials_keptOnce_andTheUserSignsInWithThem() {
    assertThat(credentials.beginFirst(users.find("newcomer").orElseThrow()).uri())
        .startsWith("otpauth://totp/Mamori:newcomer?secret=");
    var first = credentials.checkFirst("newcomer", PASSWORD, secret, codeAt(Duration.ZERO));
    assertThat(first).hasValueSatisfying(f -> assertThat(f.user().id()).isEqualTo("newcomer"));
    assertThat(first.get().toString()).isEqualTo("First[newcomer]");
    assertThat(credentials.status("newcomer").hasPassword()).as("nothing kept yet").isFalse();
    assertThat(credentials.keepFirst(first.get())).isTrue();
    assertThat(credentials.status("newcomer"))
        .isEqualTo(new Credentials.Status(true, true, 0, null));
    assertThat(credentials.keepFirst(first.get())).as("only once").isFalse();

    var passed = (Credentials.PasswordPassed) credentials.checkPassword("newcomer", PASSWORD);
    assertThat(passed.enrolled()).isTrue();
    assertThat(credentials.checkCode(passed, codeAt(Duration.ZERO)))
        .as("the code that enrolled is not accepted again")
        .isInstanceOf(Credentials.Refused.class);
    clock.advance(Duration.ofSeconds(30));
    assertThat(credentials.checkCode(passed, codeAt(Duration.ZERO)))
        .isInstanceOf(Credentials.Passed.class);
  }

  @Test
  void theCodeOfTheStepBefore_enrols_andTheCurrentCodeThenSignsIn() {
    var first =
        credentials.checkFirst("newcomer", PASSWORD, secret, codeAt(Duration.ofSeconds(-30)));
    assertThat(credentials.keepFirst(first.orElseThrow())).isTrue();
    var passed = (Credentials.PasswordPassed) credentials.checkPassword("newcomer", PASSWORD);
    assertThat(credentials.checkCode(passed, codeAt(Duration.ZERO)))
        .isInstanceOf(Credentials.Passed.class);
  }

  @Test
  void aWrongOrStaleCode_givesNothing_andCountsNoFailure() {
    String wrong = codeAt(Duration.ZERO).equals("000000") ? "111111" : "000000";
    assertThat(credentials.checkFirst("newcomer", PASSWORD, secret, wrong)).isEmpty();
    assertThat(
            credentials.checkFirst("newcomer", PASSWORD, secret, codeAt(Duration.ofSeconds(-90))))
        .isEmpty();
    assertThat(credentials.status("newcomer").failures()).isZero();
  }

  @Test
  void aBadPasswordOrShortSecret_isRefused() {
    assertThatThrownBy(() ->
            credentials.checkFirst(
                "newcomer", "short".toCharArray(), secret, codeAt(Duration.ZERO)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("12 to 128");
    assertThatThrownBy(() ->
            credentials.checkFirst(
                "newcomer", "i-am-newcomer-really".toCharArray(), secret, codeAt(Duration.ZERO)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("login name");
    String shortSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PX".substring(0, 24);
    assertThatThrownBy(() ->
            credentials.checkFirst(
                "newcomer", PASSWORD, shortSecret, Credentials.currentCode(shortSecret, clock)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("128 bits");
    String exactly128 = "JBSWY3DPEHPK3PXPJBSWY3DPEE";
    assertThat(
            credentials.checkFirst(
                "newcomer", PASSWORD, exactly128, Credentials.currentCode(exactly128, clock)))
        .isPresent();
  }

  @Test
  void aUserWithAPasswordOrAFactor_orDisabled_orUnknown_getsNoFirstCredentials() {
    users.add("city", "city", "has-password", "P", Role.STAFF);
    credentials.setPassword("has-password", PASSWORD);
    users.add("city", "city", "has-factor", "F", Role.STAFF);
    credentials.setSecondFactor("has-factor", secret);
    users.add("city", "city", "gone", "G", Role.STAFF);
    users.disable("gone");
    for (String id : new String[] {"has-password", "has-factor"}) {
      assertThatThrownBy(() -> credentials.checkFirst(id, PASSWORD, secret, codeAt(Duration.ZERO)))
          .as(id)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("enrolled already");
    }
    assertThatThrownBy(
            () -> credentials.checkFirst("gone", PASSWORD, secret, codeAt(Duration.ZERO)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("disabled");
    assertThatThrownBy(
            () -> credentials.checkFirst("nobody", PASSWORD, secret, codeAt(Duration.ZERO)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no user");
  }

  @Test
  void keepFirst_isRefused_whenAPasswordOrAFactorCameMeanwhile() {
    var first =
        credentials.checkFirst("newcomer", PASSWORD, secret, codeAt(Duration.ZERO)).orElseThrow();
    credentials.setSecondFactor("newcomer", Credentials.newSecret());
    assertThat(credentials.keepFirst(first)).isFalse();
    assertThat(credentials.status("newcomer").hasPassword()).isFalse();

    users.add("city", "city", "second", "S", Role.STAFF);
    var other =
        credentials.checkFirst("second", PASSWORD, secret, codeAt(Duration.ZERO)).orElseThrow();
    credentials.setPassword("second", "another long password".toCharArray());
    assertThat(credentials.keepFirst(other)).isFalse();
    assertThat(credentials.status("second").enrolled()).isFalse();
  }
}
