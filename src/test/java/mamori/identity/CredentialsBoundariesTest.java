package mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
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
 * Where sign-in changes its answer: the back-off at each failure to the millisecond, a revocation
 * in the very millisecond of a sign-in, and the randomness of authenticator secrets and sign-in
 * ids. Time only moves when the test moves the clock.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class CredentialsBoundariesTest extends IdentityTestBase {
  static final char[] PASSWORD = "correct horse battery".toCharArray();
  static final char[] WRONG = "wrong password here".toCharArray();
  static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  @TempDir Path temp;
  Credentials credentials;

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
    users.add("city", "city", "clerk", "Clerk", mamori.core.Role.STAFF);
    credentials.setPassword("clerk", PASSWORD);
    credentials.setSecondFactor("clerk", SECRET);
  }

  Credentials.Check password(char[] password) {
    return credentials.checkPassword("clerk", password);
  }

  SignedIn signIn() {
    Credentials.PasswordPassed passed = (Credentials.PasswordPassed) password(PASSWORD);
    return ((Credentials.Passed)
            credentials.checkCode(passed, Credentials.currentCode(SECRET, clock)))
        .signedIn();
  }

  @Test
  void theWait_startsAtTheThirdFailure_andDoubles_toTheMillisecond() {
    assertThat(password(WRONG)).isInstanceOf(Credentials.Refused.class);
    assertThat(password(WRONG)).as("the second failure").isInstanceOf(Credentials.Refused.class);
    assertThat(password(WRONG))
        .as("after two failures, no wait yet")
        .isInstanceOf(Credentials.Refused.class);

    assertThat(password(PASSWORD))
        .as("third failure: 1 s")
        .isEqualTo(new Credentials.Wait(Duration.ofSeconds(1)));
    clock.advance(Duration.ofMillis(999));
    assertThat(password(PASSWORD)).isEqualTo(new Credentials.Wait(Duration.ofMillis(1)));
    clock.advance(Duration.ofMillis(1));
    assertThat(password(WRONG))
        .as("checked again at the second it ends")
        .isInstanceOf(Credentials.Refused.class);

    assertThat(password(PASSWORD))
        .as("fourth failure: 2 s")
        .isEqualTo(new Credentials.Wait(Duration.ofSeconds(2)));
    clock.advance(Duration.ofSeconds(2));
    assertThat(password(WRONG)).isInstanceOf(Credentials.Refused.class);

    assertThat(password(PASSWORD))
        .as("fifth failure: 4 s")
        .isEqualTo(new Credentials.Wait(Duration.ofSeconds(4)));
    clock.advance(Duration.ofMillis(3_999));
    assertThat(password(PASSWORD)).isEqualTo(new Credentials.Wait(Duration.ofMillis(1)));
    clock.advance(Duration.ofMillis(1));
    assertThat(password(PASSWORD)).isInstanceOf(Credentials.PasswordPassed.class);
    assertThat(credentials.status("clerk").failures())
        .as("a right password clears nothing")
        .isEqualTo(5);
  }

  @Test
  void aRevocationInTheSameMillisecondAsASignIn_endsThatSession() {
    SignedIn before = signIn();
    credentials.revokeSessions("clerk");
    assertThat(clock.instant()).as("the clock has not moved").isEqualTo(before.at());
    assertThat(credentials.sessionValid("clerk", before.at())).isFalse();

    clock.advance(Duration.ofSeconds(30)); // the next code
    SignedIn after = signIn();
    assertThat(credentials.sessionValid("clerk", after.at())).isTrue();
    assertThat(credentials.sessionValid("clerk", before.at())).isFalse();
  }

  @Test
  void everySignIn_getsItsOwnTokenId() {
    SignedIn first = signIn();
    clock.advance(Duration.ofSeconds(30));
    SignedIn second = signIn();
    assertThat(first.principal().tokenId())
        .matches("web:[0-9a-f]{18}")
        .isNotEqualTo("web:" + "0".repeat(18));
    assertThat(second.principal().tokenId()).isNotEqualTo(first.principal().tokenId());
  }

  @Test
  void everyEnrolment_getsItsOwnSecret() {
    users.add("city", "city", "newcomer", "Newcomer", mamori.core.Role.STAFF);
    credentials.setPassword("newcomer", PASSWORD);
    Credentials.PasswordPassed passed =
        (Credentials.PasswordPassed) credentials.checkPassword("newcomer", PASSWORD);
    String first = credentials.beginEnrolment(passed).secret();
    String second = credentials.beginEnrolment(passed).secret();
    assertThat(first).isNotEqualTo(second);
    assertThat(Base32.decode(first)).hasSize(20).isNotEqualTo(new byte[20]);
  }

  /**
   * 500 secrets of 160 bits: all different, about half the bits set overall (40,000 of 80,000,
   * allowed 39,200 to 40,800, over five standard deviations), and no bit position stuck (each set
   * in 250 of 500, allowed 180 to 320, over six standard deviations). A working random source fails
   * this about never.
   */
  @Test
  void secrets_lookRandom() {
    int samples = 500;
    Set<String> seen = new HashSet<>();
    int[] setAt = new int[160];
    long ones = 0;
    for (int i = 0; i < samples; i++) {
      String secret = Credentials.newSecret();
      assertThat(secret).matches("[A-Z2-7]{32}");
      seen.add(secret);
      byte[] bytes = Base32.decode(secret);
      for (int bit = 0; bit < 160; bit++) {
        if ((bytes[bit / 8] >> (bit % 8) & 1) == 1) {
          setAt[bit]++;
          ones++;
        }
      }
    }
    assertThat(seen).hasSize(samples);
    assertThat(ones).isBetween(39_200L, 40_800L);
    for (int bit = 0; bit < 160; bit++) {
      assertThat(setAt[bit]).as("bit %d", bit).isBetween(180, 320);
    }
  }

  @Test
  void aPassword_isTwelveTo128Characters_bothIncluded() {
    credentials.setPassword("clerk", "twelve chars".toCharArray());
    assertThat(password("twelve chars".toCharArray()))
        .isInstanceOf(Credentials.PasswordPassed.class);
    String longest = "p".repeat(128);
    credentials.setPassword("clerk", longest.toCharArray());
    assertThat(password(longest.toCharArray())).isInstanceOf(Credentials.PasswordPassed.class);
    assertThatThrownBy(() -> credentials.setPassword("clerk", "eleven char".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> credentials.setPassword("clerk", "p".repeat(129).toCharArray()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAuthenticatorSecret_hasAtLeast128Bits_andCanBeSetBeforeAnyPassword() {
    users.add("city", "city", "prepared", "Prepared", mamori.core.Role.STAFF);
    credentials.setSecondFactor("prepared", Base32.encode(new byte[16]));
    assertThat(credentials.status("prepared"))
        .isEqualTo(new Credentials.Status(false, true, 0, null));
    assertThatThrownBy(() -> credentials.setSecondFactor("prepared", Base32.encode(new byte[15])))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unlock_saysWhetherThereWasAnythingToUnlock() {
    assertThat(credentials.unlock("clerk")).as("no failures").isFalse();
    password(WRONG);
    assertThat(credentials.status("clerk").lockedAt()).isNull();
    assertThat(credentials.unlock("clerk")).isTrue();
    assertThat(credentials.status("clerk").failures()).isZero();
  }

  @Test
  void resettingTheSecondFactor_endsSessionsOfThatVeryMillisecond_andAsksForEnrolment() {
    SignedIn s = signIn();
    credentials.resetSecondFactor("clerk");
    assertThat(((Credentials.PasswordPassed) password(PASSWORD)).enrolled()).isFalse();
    credentials.setSecondFactor("clerk", SECRET); // enrolled again within the same millisecond
    assertThat(credentials.sessionValid("clerk", s.at()))
        .as("the session from before the reset")
        .isFalse();
  }

  @Test
  void aCodeFromTheNextStep_isAccepted_andTypedSeparatorsAreDropped() {
    String next =
        Credentials.currentCode(
            SECRET,
            java.time.Clock.fixed(clock.instant().plusSeconds(30), java.time.ZoneOffset.UTC));
    Credentials.PasswordPassed passed = (Credentials.PasswordPassed) password(PASSWORD);
    assertThat(credentials.checkCode(passed, next.substring(0, 3) + " " + next.substring(3)))
        .as("a clock running a step ahead")
        .isInstanceOf(Credentials.Passed.class);
    assertThat(SecondFactor.normaliseCode("０１２３４５６７８９")).isEqualTo("0123456789");
    assertThat(SecondFactor.normaliseCode("123-456")).isEqualTo("123456");
    assertThat(SecondFactor.normaliseCode("123\u3000456")).isEqualTo("123456");
    assertThat(SecondFactor.normaliseCode("123 456")).isEqualTo("123456");
    assertThat(SecondFactor.normaliseCode("123/456")).isEmpty();
    assertThat(Credentials.passkeyOwner("clerk")).isEqualTo("staff:clerk");
  }

  @Test
  void aPasswordCheck_onAnInterruptedThread_isBusy_andKeepsTheInterrupt() {
    Thread.currentThread().interrupt();
    try {
      assertThat(password(PASSWORD)).isInstanceOf(Credentials.Busy.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(credentials.status("clerk").failures()).isZero();
  }

  @Test
  void whatCredentialsPrint_holdsNoSecret() {
    Credentials.PasswordPassed passed = (Credentials.PasswordPassed) password(PASSWORD);
    assertThat(passed).hasToString("PasswordPassed[clerk]");
    Credentials.Enrolment e = credentials.beginEnrolment(passed);
    assertThat(e).hasToString("Enrolment[...]");
    assertThat(e.toString()).doesNotContain(e.secret());
  }
}
