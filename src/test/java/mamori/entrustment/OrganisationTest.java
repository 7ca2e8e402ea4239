package mamori.entrustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import mamori.core.Network;
import mamori.number.CorporateNumber;
import mamori.number.InsecureNumberAccess;
import org.junit.jupiter.api.Test;

/** The rules of an organisation's details and a purpose's text (issue 14, point 2). */
class OrganisationTest {
  static final CorporateNumber NUMBER = CorporateNumber.parse("7123456789012");
  static final List<Network> LOOPBACK = List.of(Network.parse("127.0.0.0/8"));

  static Organisation contractor(String address, String country, List<Network> networks) {
    return new Organisation(
        "entry-co",
        "入力株式会社",
        Organisation.Kind.CONTRACTOR,
        "demo-city",
        NUMBER,
        address,
        country,
        networks,
        null);
  }

  @Test
  void aCorporateNumber_isCheckedWithItsCheckDigit_andItsMessageNeverRepeatsTheDigits() {
    assertThat(Organisation.corporateNumber("7123456789012").digits(InsecureNumberAccess.get()))
        .isEqualTo("7123456789012");
    assertThat(Organisation.corporateNumber("７１２３-４５６７-８９０１２").masked())
        .isEqualTo("*-****-****-9012");
    assertThat(Organisation.corporateNumber("8000000000001").masked())
        .isEqualTo("*-****-****-0001");
    assertThatThrownBy(() -> Organisation.corporateNumber("8123456789012"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a corporate number (法人番号) is 13 digits whose first is the check digit: check digit"
                + " does not match");
    assertThatThrownBy(() -> Organisation.corporateNumber("123456789012"))
        .hasMessage(
            "a corporate number (法人番号) is 13 digits whose first is the check digit: 12 digits; a"
                + " corporate number has 13");
    assertThatThrownBy(() -> Organisation.corporateNumber("71234567890123"))
        .hasMessageEndingWith("14 digits; a corporate number has 13");
    assertThatThrownBy(() -> Organisation.corporateNumber("71234567890x2"))
        .hasMessageEndingWith("character 12 is not a digit, space or hyphen");
  }

  @Test
  void theCountry_isAnIsoCodeInCapitals_andOnlyJapanIsNotAbroad() {
    assertThat(contractor("東京都", "JP", LOOPBACK).abroad()).isFalse();
    assertThat(contractor("Hanoi", "VN", LOOPBACK).abroad()).isTrue();
    for (String bad : List.of("jp", "JPN", "XX", "", "J")) {
      assertThatThrownBy(() -> contractor("東京都", bad, LOOPBACK))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a country is an ISO 3166-1 alpha-2 code in capitals, e.g. JP");
    }
  }

  @Test
  void theAddress_isAtMost400Characters_withoutControlsOrNumbers() {
    assertThat(contractor("あ".repeat(400), "JP", LOOPBACK).address()).hasSize(400);
    assertThatThrownBy(() -> contractor("あ".repeat(401), "JP", LOOPBACK))
        .hasMessage("an organisation's address is at most 400 characters");
    assertThatThrownBy(() -> contractor("東京都\n千代田区", "JP", LOOPBACK))
        .hasMessage("an organisation's address holds a control or format character");
    assertThatThrownBy(() -> contractor("東京都 1234 5678 9018", "JP", LOOPBACK))
        .hasMessageStartingWith("an organisation's address holds what looks like a My Number");
    assertThat(contractor("東京都千代田区1-2-3 4567-8901", "JP", LOOPBACK).address())
        .isEqualTo("東京都千代田区1-2-3 4567-8901");
    assertThatThrownBy(
            () -> new Organisation("x-co", "名前\u202e", Organisation.Kind.CONTRACTOR, "demo-city"))
        .hasMessage("an organisation's name holds a control or format character");
  }

  @Test
  void networks_areAtMost64_eachListedOnce() {
    List<Network> many = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      many.add(Network.parse("10.0." + i + ".0/24"));
    }
    assertThat(contractor("東京都", "JP", many).networks()).hasSize(64);
    many.add(Network.parse("10.1.0.0/16"));
    assertThatThrownBy(() -> contractor("東京都", "JP", many))
        .hasMessage("an organisation registers at most 64 networks");
    assertThatThrownBy(() ->
            contractor("東京都", "JP", List.of(LOOPBACK.getFirst(), Network.parse("127.0.0.0/8"))))
        .hasMessage("an organisation's networks are each listed once");
    assertThat(Organisation.networks(" 203.0.113.0/24,\n2001:db8::/48  198.51.100.7 "))
        .extracting(Network::toString)
        .containsExactly("203.0.113.0/24", "2001:db8:0:0:0:0:0:0/48", "198.51.100.7/32");
    assertThat(Organisation.networks("  ")).isEmpty();
    assertThatThrownBy(() -> Organisation.networks("10.0.4.7/24"))
        .hasMessageContaining("10.0.4.0/24");
  }

  @Test
  void aContractorWorksOnlyFromItsNetworks_andFromNowhereWithNone_theControllerAnywhere()
      throws Exception {
    InetAddress local = InetAddress.getByName("127.0.0.1");
    InetAddress outside = InetAddress.getByName("203.0.113.9");
    assertThat(contractor("東京都", "JP", LOOPBACK).mayWorkFrom(local)).isTrue();
    assertThat(contractor("東京都", "JP", LOOPBACK).mayWorkFrom(outside)).isFalse();
    assertThat(contractor("東京都", "JP", List.of()).mayWorkFrom(local)).isFalse();
    assertThat(
            new Organisation("sub-co", "下請", Organisation.Kind.SUBCONTRACTOR, "demo-city")
                .mayWorkFrom(local))
        .isFalse();
    assertThat(Organisation.controller("demo-city", "デモ市").mayWorkFrom(outside)).isTrue();
  }

  @Test
  void onlyASubcontractor_isTiedToAContractor_neitherItselfNorTheTenant() {
    Organisation sub =
        new Organisation(
            "sub-co",
            "下請",
            Organisation.Kind.SUBCONTRACTOR,
            "demo-city",
            NUMBER,
            "大阪",
            "JP",
            List.of(),
            "entry-co");
    assertThat(sub.parent()).isEqualTo("entry-co");
    assertThatThrownBy(() ->
            new Organisation(
                "sub-co",
                "c",
                Organisation.Kind.SUBCONTRACTOR,
                "demo-city",
                NUMBER,
                "a",
                "JP",
                List.of(),
                "Entry_Co"))
        .hasMessage("a parent organisation id is 1 to 64 of a-z, 0-9 and '-'");
    String message =
        "only a subcontractor is tied to a contractor, and not to itself or the tenant";
    assertThatThrownBy(() ->
            new Organisation(
                "c-co",
                "c",
                Organisation.Kind.CONTRACTOR,
                "demo-city",
                NUMBER,
                "a",
                "JP",
                List.of(),
                "entry-co"))
        .hasMessage(message);
    assertThatThrownBy(() ->
            new Organisation(
                "sub-co",
                "c",
                Organisation.Kind.SUBCONTRACTOR,
                "demo-city",
                NUMBER,
                "a",
                "JP",
                List.of(),
                "sub-co"))
        .hasMessage(message);
    assertThatThrownBy(() ->
            new Organisation(
                "sub-co",
                "c",
                Organisation.Kind.SUBCONTRACTOR,
                "demo-city",
                NUMBER,
                "a",
                "JP",
                List.of(),
                "demo-city"))
        .hasMessage(message);
  }

  @Test
  void withDetails_keepsIdKindTenantAndParent() {
    Organisation o = contractor("東京都", "JP", LOOPBACK);
    Organisation changed = o.withDetails("新名", null, "大阪", "VN", List.of());
    assertThat(changed)
        .isEqualTo(
            new Organisation(
                "entry-co",
                "新名",
                Organisation.Kind.CONTRACTOR,
                "demo-city",
                null,
                "大阪",
                "VN",
                List.of(),
                null));
    assertThat(o.withNetworks(List.of()).networks()).isEmpty();
    assertThat(o.withNetworks(List.of()).address()).isEqualTo("東京都");
  }

  @Test
  void aPurposesLegalBasis_refusesANumber_andControls() {
    Purpose.Retention r = new Purpose.Retention(5, Purpose.Start.CASE_CLOSED);
    assertThat(new Purpose("demo-city", "own-aid", "独自給付", "市条例第12号 第3条", r).legalBasis())
        .isEqualTo("市条例第12号 第3条");
    assertThat(new Purpose("demo-city", "own-aid", "独自給付", "12345678901", r).legalBasis())
        .isEqualTo("12345678901");
    assertThatThrownBy(() -> new Purpose("demo-city", "own-aid", "独自給付", "123456789018", r))
        .isInstanceOf(mamori.core.NumberText.Held.class)
        .hasMessage(
            "a purpose's legal basis holds what looks like a My Number (twelve digits in any"
                + " spelling); nothing was stored");
    assertThatThrownBy(() -> new Purpose("demo-city", "own-aid", "独自\t給付", "条例", r))
        .hasMessage("a purpose's name holds a control or format character");
    Purpose p = new Purpose("demo-city", "own-aid", "独自給付", "条例", r);
    Purpose q = p.with("新", "新条例", new Purpose.Retention(7, Purpose.Start.CASE_CLOSED));
    assertThat(q).isEqualTo(new Purpose("demo-city", "own-aid", "新", "新条例", q.retention()));
    assertThat(q.retention().years()).isEqualTo(7);
  }
}
