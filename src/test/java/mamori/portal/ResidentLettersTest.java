package mamori.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import mamori.crypto.RootKeyConfig;
import mamori.crypto.RootKeys;
import mamori.crypto.TenantKeys;
import mamori.identity.SecurityAlerts;
import mamori.store.Store;
import mamori.store.TestClock;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Letters and their one-time codes, on SQLite and on PostgreSQL: once, for 90 days, five tries, one
 * tenant.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class ResidentLettersTest {
  @Parameter TestStores.Kind kind;
  @TempDir Path temp;
  Store store;
  final TestClock clock = new TestClock(Instant.parse("2026-12-04T01:00:00Z"));
  ResidentLetters letters;
  SecurityAlerts alerts;

  @BeforeEach
  void open() {
    store = TestStores.open(kind);
    TenantKeys keys =
        new TenantKeys(
            store.dataSource(),
            RootKeys.open(new RootKeyConfig.KeyFile(temp.resolve("root.key")), store.dataSource()),
            clock);
    alerts = new SecurityAlerts(store.dataSource(), clock);
    letters = new ResidentLetters(store.dataSource(), keys, alerts, clock);
  }

  @AfterEach
  void close() {
    store.close();
    TestStores.drop(store.location());
  }

  @Test
  void aLetter_opensTheAccountOnceUsed_andTheAccountIsKeptForTheNextLetter() {
    ResidentLetters.Letter letter = letters.issue("city", "TOKEN-A");
    assertThat(letter.letterNumber()).matches("\\d{10}");
    assertThat(letter.code()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    assertThat(letter.toString()).doesNotContain(letter.code());
    var first = letters.activate("city", letter.letterNumber(), letter.code());
    assertThat(first)
        .isInstanceOfSatisfying(
            ResidentLetters.Activated.class,
            a -> {
              assertThat(a.resident().tenantId()).isEqualTo("city");
              assertThat(a.resident().personToken()).isEqualTo("TOKEN-A");
              assertThat(a.resident().residentId()).matches("r-[0-9a-z]{16}");
              assertThat(letters.resident(a.resident().residentId())).contains(a.resident());
            });
    assertThat(letters.use((ResidentLetters.Activated) first)).isTrue();
    assertThat(letters.use((ResidentLetters.Activated) first)).as("once").isFalse();
    assertThat(letters.activate("city", letter.letterNumber(), letter.code()))
        .as("used")
        .isInstanceOf(ResidentLetters.Refused.class);
    ResidentLetters.Letter again = letters.issue("city", "TOKEN-A");
    var second =
        (ResidentLetters.Activated) letters.activate("city", again.letterNumber(), again.code());
    assertThat(second.resident()).isEqualTo(((ResidentLetters.Activated) first).resident());
  }

  @Test
  void aLetterWhosePasskeyWasNeverMade_staysGood_andRightCodesCostNoTry() {
    ResidentLetters.Letter letter = letters.issue("city", "TOKEN-F");
    ResidentLetters.Activated first = null;
    for (int i = 0; i < ResidentLetters.MAX_TRIES * 2; i++) {
      var again = letters.activate("city", letter.letterNumber(), letter.code());
      assertThat(again)
          .as("activation %d, no passkey yet", i)
          .isInstanceOf(ResidentLetters.Activated.class);
      first = first == null ? (ResidentLetters.Activated) again : first;
    }
    for (int i = 0; i < ResidentLetters.MAX_TRIES - 1; i++) {
      letters.activate("city", letter.letterNumber(), ActivationCode.generate(new SecureRandom()));
    }
    assertThat(letters.activate("city", letter.letterNumber(), letter.code()))
        .as("four wrong codes leave one try")
        .isInstanceOf(ResidentLetters.Activated.class);
    assertThat(letters.use(first)).isTrue();
    assertThat(letters.activate("city", letter.letterNumber(), letter.code()))
        .isInstanceOf(ResidentLetters.Refused.class);
  }

  @Test
  void aLetterReplacedOrExpiredBeforeItsPasskey_isNotUsed() {
    ResidentLetters.Letter letter = letters.issue("city", "TOKEN-G");
    var replaced =
        (ResidentLetters.Activated) letters.activate("city", letter.letterNumber(), letter.code());
    ResidentLetters.Letter newer = letters.issue("city", "TOKEN-G");
    assertThat(letters.use(replaced)).as("replaced meanwhile").isFalse();
    var expiring =
        (ResidentLetters.Activated) letters.activate("city", newer.letterNumber(), newer.code());
    clock.advance(ResidentLetters.VALID_FOR);
    assertThat(letters.use(expiring)).as("expired meanwhile").isFalse();
  }

  @Test
  void theCode_isReadAsPeopleTypeIt() {
    ResidentLetters.Letter letter = letters.issue("city", "TOKEN-B");
    StringBuilder wide = new StringBuilder();
    for (char c : letter.code().toLowerCase().toCharArray()) {
      wide.append(c == '-' ? '－' : (char) (c - 0x21 + 0xFF01));
    }
    String wideNumber =
        letter
            .letterNumber()
            .chars()
            .mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
            .reduce("", String::concat);
    assertThat(letters.activate("city", wideNumber, " " + wide + " "))
        .isInstanceOf(ResidentLetters.Activated.class);
  }

  @Test
  void aTypo_isToldApart_andCostsNoTry_fiveWrongCodesLockTheLetter() {
    ResidentLetters.Letter letter = letters.issue("city", "TOKEN-C");
    String code = letter.code().replace("-", "");
    char last = code.charAt(15);
    String typo =
        code.substring(0, 15)
            + ActivationCode.ALPHABET.charAt((ActivationCode.ALPHABET.indexOf(last) + 1) % 32);
    for (int i = 0; i < 10; i++) {
      assertThat(letters.activate("city", letter.letterNumber(), typo))
          .isInstanceOf(ResidentLetters.Typo.class);
    }
    for (int i = 0; i < ResidentLetters.MAX_TRIES; i++) {
      assertThat(
              letters.activate(
                  "city", letter.letterNumber(), ActivationCode.generate(new SecureRandom())))
          .isInstanceOf(ResidentLetters.Refused.class);
    }
    assertThat(letters.activate("city", letter.letterNumber(), letter.code()))
        .as("locked")
        .isInstanceOf(ResidentLetters.Refused.class);
    assertThat(alerts.list("city", 10))
        .singleElement()
        .satisfies(a -> assertThat(a.subject()).isEqualTo("letter:" + letter.letterNumber()));
  }

  @Test
  void triesAtOnce_compareAtMostFiveCodes() throws Exception {
    ResidentLetters.Letter letter = letters.issue("city", "TOKEN-E");
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
      var results =
          new java.util.ArrayList<java.util.concurrent.Future<ResidentLetters.Activation>>();
      for (int i = 0; i < 24; i++) {
        results.add(
            pool.submit(() ->
                letters.activate(
                    "city", letter.letterNumber(), ActivationCode.generate(new SecureRandom()))));
      }
      for (var r : results) {
        assertThat(r.get()).isInstanceOf(ResidentLetters.Refused.class);
      }
    }
    assertThat(letters.activate("city", letter.letterNumber(), letter.code()))
        .isInstanceOf(ResidentLetters.Refused.class);
    assertThat(alerts.list("city", 10)).hasSize(1);
  }

  @Test
  void anotherTenant_aReplacedLetter_andAnExpiredOne_areRefused() {
    ResidentLetters.Letter letter = letters.issue("city", "TOKEN-D");
    assertThat(letters.activate("other", letter.letterNumber(), letter.code()))
        .isInstanceOf(ResidentLetters.Refused.class);
    ResidentLetters.Letter newer = letters.issue("city", "TOKEN-D");
    assertThat(letters.activate("city", letter.letterNumber(), letter.code()))
        .as("replaced")
        .isInstanceOf(ResidentLetters.Refused.class);
    clock.advance(ResidentLetters.VALID_FOR);
    assertThat(letters.activate("city", newer.letterNumber(), newer.code()))
        .as("expired")
        .isInstanceOf(ResidentLetters.Refused.class);
  }

  @Test
  void everyCode_carriesItsCheckCharacter() {
    SecureRandom random = new SecureRandom();
    for (int i = 0; i < 200; i++) {
      String code = ActivationCode.generate(random);
      assertThat(ActivationCode.read(code)).contains(code);
      for (int at = 0; at < 16; at++) {
        char c = code.charAt(at);
        char other =
            ActivationCode.ALPHABET.charAt(
                (ActivationCode.ALPHABET.indexOf(c) + 1 + random.nextInt(31)) % 32);
        String changed = code.substring(0, at) + other + code.substring(at + 1);
        assertThat(ActivationCode.read(changed)).as("one character changed").isEmpty();
      }
    }
    assertThat(ActivationCode.read("")).isEmpty();
    for (int i = 0; i < 2000; i++) {
      assertThat(
              Character.isLetter(ActivationCode.generate(random).charAt(ActivationCode.LETTER_AT)))
          .isTrue();
    }
    assertThat(ActivationCode.read("<script>")).isEmpty();
    assertThatThrownBy(() -> letters.issue("city", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
