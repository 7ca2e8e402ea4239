package mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mamori.core.Network;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.store.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The three kinds of token, each rule taken exactly: a signed-in user issues only for themself; an
 * operator token lives 24 hours unless the organisation allows longer (1 to 720 hours); a machine
 * token is bound to 1 to 20 networks, none everywhere, and accepted only from them; a CLI session
 * lives 8 hours and is the only kind the command line takes.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class ApiTokenKindsTest extends IdentityTestBase {
  static final List<Network> OFFICE = List.of(Network.parse("203.0.113.0/24"));
  TokenIssuer self;

  @BeforeEach
  void addUsers() {
    users.add("demo-city", "entry-co", "op-1", "Operator", Role.OPERATOR);
    users.add("demo-city", "entry-co", "op-2", "Other", Role.OPERATOR);
    JdbcClient.create(store.dataSource())
        .sql(
            "INSERT INTO organisation (org_id, tenant_id, name, kind)"
                + " VALUES ('entry-co', 'demo-city', 'Entry Co', 'CONTRACTOR')")
        .update();
    self =
        new TokenIssuer.CommandLine(
            new Principal(
                new UserId("op-1"),
                new TenantId("demo-city"),
                new OrganisationId("entry-co"),
                Role.OPERATOR,
                "tok_cli"));
  }

  ApiTokens.Issued operator(Duration validity) {
    return tokens.issue(self, "op-1", TokenKind.OPERATOR, "", validity, List.of());
  }

  @Test
  void aSignedInUser_issuesOnlyForThemself() {
    assertThatThrownBy(() -> tokens.issue(self, "op-2", "x", Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only for themself");
    assertThat(tokens.list("op-2")).isEmpty();
    assertThat(self.describe()).isEqualTo("cli:op-1/tok_cli");
    operator(Duration.ofHours(1));
    assertThat(tokens.list("op-1").getFirst().issuedBy()).isEqualTo("cli:op-1/tok_cli");
  }

  @Test
  void anOperatorToken_lives24HoursByDefault_andNoLonger() {
    assertThat(tokens.lifetime("entry-co")).isEqualTo(Duration.ofHours(24));
    assertThat(tokens.lifetime("nowhere")).isEqualTo(Duration.ofHours(24));
    ApiTokens.Issued byDefault = operator(null);
    assertThat(byDefault.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
    assertThat(operator(Duration.ofHours(24)).expiresAt())
        .isEqualTo(clock.instant().plus(Duration.ofHours(24)));
    assertThatThrownBy(() -> operator(Duration.ofHours(24).plusMillis(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 24 hours, as entry-co allows");
    assertThatThrownBy(() -> operator(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> operator(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(operator(Duration.ofMillis(1)).expiresAt()).isEqualTo(clock.instant().plusMillis(1));
    assertThat(tokens.list("op-1"))
        .allSatisfy(t -> assertThat(t.kind()).isEqualTo(TokenKind.OPERATOR));
  }

  @Test
  void anOrganisation_allowsLongerTokens_upTo30Days() {
    tokens.setLifetime("entry-co", 720);
    assertThat(tokens.lifetime("entry-co")).isEqualTo(Duration.ofDays(30));
    assertThat(operator(null).expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));
    assertThatThrownBy(() -> operator(Duration.ofDays(30).plusMillis(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tokens.setLifetime("entry-co", 721))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 720 hours");
    assertThatThrownBy(() -> tokens.setLifetime("entry-co", 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tokens.setLifetime("nowhere", 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no organisation nowhere");
    tokens.setLifetime("entry-co", 1);
    assertThat(tokens.lifetime("entry-co")).isEqualTo(Duration.ofHours(1));
    assertThatThrownBy(() -> operator(Duration.ofMinutes(61)))
        .isInstanceOf(IllegalArgumentException.class);
    // the installation's own seeding keeps its own limit
    assertThat(tokens.issue(CONSOLE, "op-1", "", Duration.ofDays(366)).expiresAt())
        .isEqualTo(clock.instant().plus(Duration.ofDays(366)));
  }

  @Test
  void aMachineToken_needsNetworks_noneEverywhere_atMost20() {
    assertThatThrownBy(() -> tokens.issue(self, "op-1", TokenKind.MACHINE, "", null, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 20 networks");
    assertThatThrownBy(() ->
            tokens.issue(
                self, "op-1", TokenKind.MACHINE, "", null, List.of(Network.parse("0.0.0.0/0"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not everywhere");
    List<Network> twenty = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      twenty.add(Network.parse("10.0." + i + ".0/24"));
    }
    assertThat(tokens.issue(self, "op-1", TokenKind.MACHINE, "", null, twenty).expiresAt())
        .isEqualTo(clock.instant().plus(Duration.ofHours(24)));
    List<Network> more = new ArrayList<>(twenty);
    more.add(Network.parse("10.1.0.0/16"));
    assertThatThrownBy(() -> tokens.issue(self, "op-1", TokenKind.MACHINE, "", null, more))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tokens.issue(self, "op-1", TokenKind.OPERATOR, "", null, OFFICE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only a machine token");
    assertThatThrownBy(() -> tokens.issue(self, "op-1", TokenKind.CLI, "", null, OFFICE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(tokens.list("op-1"))
        .singleElement()
        .satisfies(t -> assertThat(t.kind()).isEqualTo(TokenKind.MACHINE))
        .satisfies(t -> assertThat(t.networks()).startsWith("10.0.0.0/24,10.0.1.0/24"));
  }

  @Test
  void aMachineToken_isAcceptedOnlyFromItsNetworks() {
    String machine =
        tokens
            .issue(
                self,
                "op-1",
                TokenKind.MACHINE,
                "",
                null,
                List.of(Network.parse("203.0.113.0/24"), Network.parse("2001:db8::/48")))
            .secret();
    assertThat(tokens.authenticate(machine, "203.0.113.1"))
        .isInstanceOfSatisfying(
            ApiTokens.Accepted.class,
            a -> assertThat(a.principal().userId().value()).isEqualTo("op-1"));
    assertThat(tokens.authenticate(machine, "2001:db8::1")).isInstanceOf(ApiTokens.Accepted.class);
    assertThat(tokens.authenticate(machine, "203.0.114.1"))
        .isInstanceOfSatisfying(
            ApiTokens.OutsideNetworks.class,
            o -> assertThat(o.principal().userId().value()).isEqualTo("op-1"));
    assertThat(tokens.authenticate(machine, "not an address"))
        .isInstanceOf(ApiTokens.OutsideNetworks.class);
    assertThat(tokens.authenticate(machine)).as("no address, no machine").isEmpty();
    assertThat(tokens.authenticateCommandLine(machine)).isEmpty();
    clock.advance(Duration.ofHours(24));
    assertThat(tokens.authenticate(machine, "203.0.113.1")).isInstanceOf(ApiTokens.Refused.class);
  }

  @Test
  void anOperatorToken_isAcceptedFromAnywhere_butIsNoCommandLineSession() {
    String secret = operator(null).secret();
    assertThat(tokens.authenticate(secret, "198.51.100.7")).isInstanceOf(ApiTokens.Accepted.class);
    assertThat(tokens.authenticate(secret)).isPresent();
    assertThat(tokens.authenticateCommandLine(secret)).isEmpty();
    assertThat(tokens.authenticate("mamori_nonsense", "198.51.100.7"))
        .isInstanceOf(ApiTokens.Refused.class);
    assertThat(tokens.authenticate(null, "198.51.100.7")).isInstanceOf(ApiTokens.Refused.class);
  }

  @Test
  void aCliSession_lives8Hours_whateverIsAsked() {
    ApiTokens.Issued cli =
        tokens.issue(self, "op-1", TokenKind.CLI, "mamori login", Duration.ofDays(30), List.of());
    assertThat(cli.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(8)));
    assertThat(tokens.authenticateCommandLine(cli.secret()))
        .hasValueSatisfying(p -> assertThat(p.tokenId()).isEqualTo(cli.tokenId()));
    assertThat(tokens.authenticate(cli.secret())).isPresent();
    assertThat(tokens.list("op-1").getFirst().kind()).isEqualTo(TokenKind.CLI);
    clock.advance(Duration.ofHours(8).minusMillis(1));
    assertThat(tokens.authenticateCommandLine(cli.secret())).isPresent();
    clock.advance(Duration.ofMillis(1));
    assertThat(tokens.authenticateCommandLine(cli.secret())).isEmpty();
  }

  @Test
  void theKinds_haveTheirStoredCodes() {
    assertThat(TokenKind.OPERATOR.code()).isEqualTo("operator");
    assertThat(TokenKind.MACHINE.code()).isEqualTo("machine");
    assertThat(TokenKind.CLI.code()).isEqualTo("cli");
    for (TokenKind k : TokenKind.values()) {
      assertThat(TokenKind.ofCode(k.code())).isEqualTo(k);
    }
  }
}
