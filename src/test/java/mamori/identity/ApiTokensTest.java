package mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.stream.Stream;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Issuing, checking, listing and revoking bearer tokens, on SQLite and on PostgreSQL. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class ApiTokensTest extends IdentityTestBase {

  @BeforeEach
  void addUsers() {
    users.add("demo-city", "entry-co", "op-1", "Operator", Role.OPERATOR);
    users.add("other-city", "other-city", "clerk-9", "Clerk", Role.STAFF);
  }

  ApiTokens.Issued issue() {
    return tokens.issue(CONSOLE, "op-1", "laptop", Duration.ofDays(30));
  }

  @Test
  void issueThenAuthenticate_givesTheUsersPrincipal() {
    ApiTokens.Issued issued = issue();
    assertThat(issued.secret()).startsWith("mamori_").hasSize(TokenText.LENGTH);
    assertThat(issued.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));
    assertThat(tokens.authenticate(issued.secret()))
        .contains(
            new Principal(
                new UserId("op-1"),
                new TenantId("demo-city"),
                new OrganisationId("entry-co"),
                Role.OPERATOR,
                issued.tokenId()));
  }

  @Test
  void theCallersRecord_comesBeforeTheToken_andWhenItFails_nothingIsStored() {
    java.util.List<String> told = new java.util.ArrayList<>();
    ApiTokens.Issued issued =
        tokens.issue(
            CONSOLE,
            "op-1",
            TokenKind.OPERATOR,
            "laptop",
            Duration.ofHours(1),
            java.util.List.of(),
            id -> {
              // told before the row exists
              assertThat(tokens.find(id)).isEmpty();
              told.add(id);
            });
    assertThat(told).containsExactly(issued.tokenId());
    assertThat(tokens.find(issued.tokenId())).isPresent();
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            tokens.issue(
                CONSOLE,
                "op-1",
                TokenKind.OPERATOR,
                "desk",
                Duration.ofHours(1),
                java.util.List.of(),
                id -> {
                  throw new IllegalStateException("the log is closed");
                }))
        .hasMessage("the log is closed");
    assertThat(tokens.list("op-1"))
        .singleElement()
        .satisfies(t -> assertThat(t.label()).isEqualTo("laptop"));
  }

  @Test
  void aLabelHoldingANumberOrAFormatCharacter_isRefused_andNothingIsIssued() {
    String spelled = "1234" + " 5678 " + "9012";
    for (String label : new String[] {"laptop " + spelled, "ラップトップ\u202e", "a\nb"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> tokens.issue(CONSOLE, "op-1", label, Duration.ofDays(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .message()
          .doesNotContain("5678");
    }
    assertThat(tokens.list("op-1")).isEmpty();
  }

  @Test
  void expiredToken_isRefused() {
    ApiTokens.Issued issued = issue();
    clock.advance(Duration.ofDays(30).minusSeconds(1));
    assertThat(tokens.authenticate(issued.secret())).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.authenticate(issued.secret())).isEmpty();
  }

  @Test
  void revokedById_isRefused_andOtherTokensStillWork() {
    ApiTokens.Issued revoked = issue();
    ApiTokens.Issued kept = issue();
    assertThat(tokens.revoke(revoked.tokenId())).isTrue();
    assertThat(tokens.revoke(revoked.tokenId())).as("already revoked").isFalse();
    assertThat(tokens.authenticate(revoked.secret())).isEmpty();
    assertThat(tokens.authenticate(kept.secret())).isPresent();
  }

  @Test
  void revokeAll_refusesEveryTokenOfTheUser() {
    ApiTokens.Issued a = issue();
    ApiTokens.Issued b = issue();
    ApiTokens.Issued other = tokens.issue(CONSOLE, "clerk-9", "", Duration.ofDays(1));
    assertThat(tokens.revokeAll("op-1")).isEqualTo(2);
    assertThat(tokens.authenticate(a.secret())).isEmpty();
    assertThat(tokens.authenticate(b.secret())).isEmpty();
    assertThat(tokens.authenticate(other.secret())).isPresent();
  }

  @Test
  void disabledUser_isRefused_andGetsNoNewToken() {
    ApiTokens.Issued issued = issue();
    users.disable("op-1");
    assertThat(tokens.authenticate(issued.secret())).isEmpty();
    assertThatThrownBy(this::issue)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("disabled");
  }

  @Test
  void forgedTokens_areRefused() {
    String real = issue().secret();
    String body = real.substring(0, TokenText.LENGTH - TokenText.CHECK_CHARS);
    char last = body.charAt(body.length() - 1);
    String otherBody = body.substring(0, body.length() - 1) + (last == 'a' ? 'b' : 'a');
    assertThat(tokens.authenticate(otherBody + TokenText.checksum(otherBody)))
        .as("right prefix and checksum, wrong secret")
        .isEmpty();
    assertThat(tokens.authenticate(otherBody + real.substring(body.length())))
        .as("wrong checksum")
        .isEmpty();
    assertThat(tokens.authenticate(real.replace("mamori_", "mamoru_")))
        .as("wrong prefix")
        .isEmpty();
    assertThat(tokens.authenticate(real + "x")).isEmpty();
    assertThat(tokens.authenticate("")).isEmpty();
    assertThat(tokens.authenticate(null)).isEmpty();
  }

  @Test
  void tokenMovedToAnotherTenant_isRefused() {
    ApiTokens.Issued issued = issue();
    store
        .jdbc()
        .sql("UPDATE api_token SET tenant_id = 'other-city' WHERE token_id = ?")
        .param(issued.tokenId())
        .update();
    assertThat(tokens.authenticate(issued.secret())).isEmpty();
  }

  @Test
  void theSecret_isNeverStored() throws Exception {
    String secret = issue().secret();
    tokens.authenticate(secret);
    String secretPart = secret.substring(TokenText.PREFIX.length(), TokenText.PREFIX.length() + 20);
    StringBuilder rows = new StringBuilder();
    try (var c = store.dataSource().getConnection();
        var st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM api_token")) {
      while (rs.next()) {
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          Object v = rs.getObject(i);
          rows.append(
                  v instanceof byte[] b
                      ? new String(b, StandardCharsets.ISO_8859_1)
                      : String.valueOf(v))
              .append('|');
        }
      }
    }
    assertThat(rows.toString()).contains("laptop").doesNotContain(secretPart);
    if (store.location() instanceof StoreLocation.Embedded e) {
      try (Stream<Path> files = Files.list(e.folder())) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1))
              .as(f.toString())
              .doesNotContain(secretPart);
        }
      }
    }
  }

  @Test
  void list_showsTokensWithoutSecrets_newestFirst() {
    ApiTokens.Issued first = issue();
    clock.advance(Duration.ofMinutes(1));
    ApiTokens.Issued second = tokens.issue(CONSOLE, "op-1", "ci", Duration.ofDays(1));
    tokens.revoke(first.tokenId());
    tokens.authenticate(second.secret());

    var list = tokens.list("op-1");
    assertThat(list)
        .extracting(ApiTokens.TokenInfo::tokenId)
        .containsExactly(second.tokenId(), first.tokenId());
    assertThat(list.get(0).lastUsedAt()).isEqualTo(clock.instant());
    assertThat(list.get(0).issuedBy()).isEqualTo("console:test");
    assertThat(list.get(1).revokedAt()).isNotNull();
    assertThat(list.toString())
        .doesNotContain(first.secret().substring(7, 27))
        .doesNotContain(second.secret().substring(7, 27));
    assertThat(second.toString()).doesNotContain(second.secret());
  }

  @Test
  void issue_badRequests_areRefusedAndStoreNothing() {
    assertThatThrownBy(() -> tokens.issue(CONSOLE, "nobody", "", Duration.ofDays(1)))
        .hasMessageContaining("no user");
    assertThatThrownBy(() -> tokens.issue(CONSOLE, "op-1", "", Duration.ZERO))
        .hasMessageContaining("valid");
    assertThatThrownBy(() -> tokens.issue(CONSOLE, "op-1", "", Duration.ofDays(367)))
        .hasMessageContaining("366");
    assertThatThrownBy(() -> tokens.issue(CONSOLE, "op-1", "x".repeat(101), Duration.ofDays(1)))
        .hasMessageContaining("label");
    assertThat(tokens.list("op-1")).isEmpty();
  }
}
