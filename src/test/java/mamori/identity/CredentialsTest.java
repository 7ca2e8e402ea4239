package mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
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
 * Password then second factor, enrolment, replay, throttling, locking and revocation, on both
 * stores.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class CredentialsTest extends IdentityTestBase {
  static final char[] PASSWORD = "correct horse battery".toCharArray();
  static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  @TempDir Path temp;
  SecurityAlerts alerts;
  Credentials credentials;

  @BeforeEach
  void addUser() {
    TenantKeys keys =
        new TenantKeys(
            store.dataSource(),
            RootKeys.open(new RootKeyConfig.KeyFile(temp.resolve("root.key")), store.dataSource()),
            clock);
    alerts = new SecurityAlerts(store.dataSource(), clock);
    credentials = new Credentials(store.dataSource(), keys, alerts, clock);
    users.add("city", "city", "clerk", "Clerk", Role.STAFF);
    users.add("other", "other", "stranger", "Stranger", Role.STAFF);
    credentials.setPassword("clerk", PASSWORD);
  }

  Credentials.PasswordPassed password() {
    return (Credentials.PasswordPassed) credentials.checkPassword("clerk", PASSWORD);
  }

  String code() {
    return Credentials.currentCode(SECRET, clock);
  }

  @Test
  void passwordAlone_givesNoSignIn_andAnUnenrolledUserMustEnrol() {
    Credentials.PasswordPassed passed = password();
    assertThat(passed.enrolled()).isFalse();
    assertThat(credentials.sessionValid("clerk", clock.instant()))
        .as("no second factor yet")
        .isFalse();
    Credentials.Enrolment e = credentials.beginEnrolment(passed);
    assertThat(e.uri()).startsWith("otpauth://totp/Mamori:clerk?secret=" + e.secret());
    assertThat(credentials.enrol(passed, e.secret(), "000000"))
        .isInstanceOf(Credentials.Refused.class);
    Credentials.Check done =
        credentials.enrol(passed, e.secret(), Credentials.currentCode(e.secret(), clock));
    assertThat(done).isInstanceOf(Credentials.Passed.class);
    Principal p = ((Credentials.Passed) done).signedIn().principal();
    assertThat(p.userId().value()).isEqualTo("clerk");
    assertThat(p.tenantId().value()).isEqualTo("city");
    assertThat(p.tokenId()).startsWith("web:");
    assertThat(credentials.status("clerk").enrolled()).isTrue();
    assertThat(password().enrolled()).isTrue();
  }

  @Test
  void aCode_isAcceptedOnce_notReplayed() {
    credentials.setSecondFactor("clerk", SECRET);
    String code = code();
    assertThat(credentials.checkCode(password(), code)).isInstanceOf(Credentials.Passed.class);
    assertThat(credentials.checkCode(password(), code))
        .as("replayed")
        .isInstanceOf(Credentials.Refused.class);
    clock.advance(Duration.ofSeconds(30));
    assertThat(credentials.checkCode(password(), code())).isInstanceOf(Credentials.Passed.class);
  }

  @Test
  void codesFromTheNeighbouringSteps_areAccepted_olderOnesAreNot() {
    credentials.setSecondFactor("clerk", SECRET);
    String old = code();
    clock.advance(Duration.ofSeconds(30));
    assertThat(credentials.checkCode(password(), old))
        .as("one step late")
        .isInstanceOf(Credentials.Passed.class);
    String older = code();
    clock.advance(Duration.ofSeconds(90));
    assertThat(credentials.checkCode(password(), older)).isInstanceOf(Credentials.Refused.class);
    assertThat(credentials.checkCode(password(), "１２３")).isInstanceOf(Credentials.Refused.class);
  }

  @Test
  void fullWidthDigits_areReadAsDigits() {
    credentials.setSecondFactor("clerk", SECRET);
    StringBuilder wide = new StringBuilder();
    code().chars().forEach(c -> wide.append((char) (c - '0' + '０')));
    assertThat(credentials.checkCode(password(), wide.toString()))
        .isInstanceOf(Credentials.Passed.class);
  }

  @Test
  void wrongPasswords_slowDown_thenLock_andAlertTheOfficerOnce() {
    credentials.setSecondFactor("clerk", SECRET);
    char[] wrong = "wrong password here".toCharArray();
    for (int i = 0; i < Credentials.SLOW_AFTER; i++) {
      assertThat(credentials.checkPassword("clerk", wrong)).isInstanceOf(Credentials.Refused.class);
    }
    assertThat(credentials.checkPassword("clerk", PASSWORD))
        .as("must wait, even with the right password")
        .isInstanceOf(Credentials.Wait.class);
    for (int i = Credentials.SLOW_AFTER; i < Credentials.LOCK_AFTER; i++) {
      clock.advance(Duration.ofDays(1));
      Credentials.Check c = credentials.checkPassword("clerk", wrong);
      assertThat(c)
          .isInstanceOf(
              i == Credentials.LOCK_AFTER - 1
                  ? Credentials.Locked.class
                  : Credentials.Refused.class);
    }
    clock.advance(Duration.ofDays(1));
    assertThat(credentials.checkPassword("clerk", PASSWORD)).isInstanceOf(Credentials.Locked.class);
    assertThat(alerts.list("city", 10))
        .singleElement()
        .satisfies(a -> {
          assertThat(a.kind()).isEqualTo("account.locked");
          assertThat(a.subject()).isEqualTo("clerk");
          assertThat(a.severity()).isEqualTo(mamori.core.Severity.HIGH);
        });
    assertThat(alerts.list("other", 10)).isEmpty();
    assertThat(credentials.unlock("clerk")).isTrue();
    assertThat(credentials.checkCode(password(), code())).isInstanceOf(Credentials.Passed.class);
  }

  @Test
  void aLockedAccount_hasItsBearerTokensRefused_untilAnOfficerUnlocksIt() {
    credentials.setSecondFactor("clerk", SECRET);
    ApiTokens.Issued issued = tokens.issue(CONSOLE, "clerk", "batch", Duration.ofDays(30));
    assertThat(tokens.authenticate(issued.secret())).isPresent();
    char[] wrong = "wrong password here".toCharArray();
    for (int i = 0; i < Credentials.LOCK_AFTER; i++) {
      clock.advance(Duration.ofDays(1));
      credentials.checkPassword("clerk", wrong);
    }
    assertThat(credentials.status("clerk").lockedAt()).isNotNull();
    assertThat(tokens.authenticate(issued.secret())).as("locked: the token too").isEmpty();
    assertThat(credentials.unlock("clerk")).isTrue();
    assertThat(tokens.authenticate(issued.secret())).as("unlocked by an officer").isPresent();
  }

  @Test
  void wrongCodes_countAsFailures_andARightPasswordDoesNotClearThem() {
    credentials.setSecondFactor("clerk", SECRET);
    for (int i = 0; i < Credentials.LOCK_AFTER - 1; i++) {
      clock.advance(Duration.ofDays(1));
      assertThat(credentials.checkCode(password(), "000000"))
          .isInstanceOf(Credentials.Refused.class);
    }
    clock.advance(Duration.ofDays(1));
    assertThat(credentials.checkCode(password(), "000001")).isInstanceOf(Credentials.Locked.class);
    assertThat(credentials.status("clerk").lockedAt()).isNotNull();
  }

  @Test
  void unknownDisabledAndPasswordlessUsers_areRefusedAlike() {
    assertThat(credentials.checkPassword("nobody", PASSWORD))
        .isInstanceOf(Credentials.Refused.class);
    assertThat(credentials.checkPassword("stranger", PASSWORD))
        .isInstanceOf(Credentials.Refused.class);
    users.disable("clerk");
    assertThat(credentials.checkPassword("clerk", PASSWORD))
        .isInstanceOf(Credentials.Refused.class);
  }

  @Test
  void revocationAndPasswordChange_endSessions() {
    credentials.setSecondFactor("clerk", SECRET);
    SignedIn s = ((Credentials.Passed) credentials.checkCode(password(), code())).signedIn();
    assertThat(credentials.sessionValid("clerk", s.at())).isTrue();
    clock.advance(Duration.ofMinutes(1));
    credentials.revokeSessions("clerk");
    assertThat(credentials.sessionValid("clerk", s.at())).isFalse();
    clock.advance(Duration.ofMinutes(1));
    SignedIn again = ((Credentials.Passed) credentials.checkCode(password(), code())).signedIn();
    assertThat(credentials.sessionValid("clerk", again.at())).isTrue();
    clock.advance(Duration.ofMinutes(1));
    credentials.setPassword("clerk", "another good passphrase".toCharArray());
    assertThat(credentials.sessionValid("clerk", again.at())).isFalse();
  }

  @Test
  void weakPasswords_areRefused_andChangeNothing() {
    assertThatThrownBy(() -> credentials.setPassword("clerk", "short".toCharArray()))
        .hasMessageContaining("12 to 128");
    assertThatThrownBy(() -> credentials.setPassword("clerk", "my name is clerk!".toCharArray()))
        .hasMessageContaining("login name");
    assertThat(credentials.checkPassword("clerk", PASSWORD))
        .isInstanceOf(Credentials.PasswordPassed.class);
  }

  @Test
  void tokensIssuedBySession_areForTheSignedInUserOnly() {
    credentials.setSecondFactor("clerk", SECRET);
    SignedIn s = ((Credentials.Passed) credentials.checkCode(password(), code())).signedIn();
    ApiTokens.Issued issued = tokens.issue(s.issuer(), "clerk", "laptop", Duration.ofHours(8));
    assertThat(tokens.list("clerk").getFirst().issuedBy())
        .isEqualTo("session:clerk/" + s.principal().tokenId());
    assertThat(tokens.authenticate(issued.secret())).isPresent();
    assertThatThrownBy(() -> tokens.issue(s.issuer(), "stranger", "x", Duration.ofHours(1)))
        .hasMessageContaining("only for themself");
  }

  @Test
  void whenEveryHashingSlotIsTaken_aPasswordCheckWaits_thenSaysTryAgain_andCountsNoFailure() {
    Credentials busy =
        new Credentials(
            store.dataSource(),
            new TenantKeys(
                store.dataSource(),
                RootKeys.open(
                    new RootKeyConfig.KeyFile(temp.resolve("root.key")), store.dataSource()),
                clock),
            alerts,
            clock,
            0);
    assertThat(busy.checkPassword("clerk", PASSWORD)).isInstanceOf(Credentials.Busy.class);
    assertThat(busy.checkPassword("nobody", PASSWORD)).isInstanceOf(Credentials.Busy.class);
    assertThat(credentials.status("clerk").failures()).isZero();
    assertThat(credentials.checkPassword("clerk", PASSWORD))
        .isInstanceOf(Credentials.PasswordPassed.class);
  }
}
