package mamori.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mamori.generate.Places.Municipality;
import org.junit.jupiter.api.Test;

class PlacesTest {

  private static Map<String, Municipality> byFullName() {
    return Places.MUNICIPALITIES.stream().collect(Collectors.toMap(Municipality::fullName, m -> m));
  }

  @Test
  void municipalities_coverAllFortySevenPrefectures() {
    assertThat(Places.MUNICIPALITIES.stream().map(Municipality::prefecture).distinct()).hasSize(47);
    assertThat(Places.MUNICIPALITIES.stream().map(Municipality::fullName)).doesNotHaveDuplicates();
  }

  @Test
  void knownMunicipalities_haveTheirRealPostalPrefixes() {
    Map<String, Municipality> m = byFullName();
    assertThat(m.get("兵庫県尼崎市").postalPrefixes()).contains("660");
    assertThat(m.get("東京都練馬区").postalPrefixes()).containsExactly("176", "177", "178", "179");
    assertThat(m.get("埼玉県さいたま市浦和区").postalPrefixes()).containsExactly("330");
    assertThat(m.get("埼玉県さいたま市岩槻区").postalPrefixes()).containsExactly("339");
    assertThat(m.get("東京都千代田区").postalPrefixes()).contains("100");
    assertThat(m.get("北海道札幌市中央区").postalPrefixes()).contains("060");
    assertThat(m.get("沖縄県那覇市").postalPrefixes()).contains("900");
  }

  @Test
  void postalPrefixes_areThreeDigits() {
    assertThat(Places.MUNICIPALITIES.stream().flatMap(m -> m.postalPrefixes().stream()))
        .allMatch(p -> p.matches("\\d{3}"));
  }

  @Test
  void postalCode_isTheMunicipalityPrefixAndFourDigits_andFixedPerTown() {
    for (int m = 0; m < Places.MUNICIPALITIES.size(); m++) {
      for (int t = 0; t < Places.TOWNS.size(); t++) {
        String code = Places.postalCode(m, t);
        assertThat(code).matches("\\d{3}-\\d{4}");
        assertThat(Places.MUNICIPALITIES.get(m).postalPrefixes()).contains(code.substring(0, 3));
        assertThat(Places.postalCode(m, t)).isEqualTo(code);
      }
    }
  }

  @Test
  void everyPlaceName_encodesInWindows31jWithoutReplacement() {
    Stream<String> names =
        Stream.of(
                Places.MUNICIPALITIES.stream().map(Municipality::fullName),
                Places.TOWNS.stream(),
                Places.BUILDINGS.stream())
            .flatMap(s -> s);
    assertThat(names).allMatch(JapaneseNamesTest::encodesInWindows31j);
    assertThat(JapaneseNamesTest.encodesInWindows31j("丁目号-0123456789 ")).isTrue();
  }

  @Test
  void pickMunicipality_favoursLargerPopulations() {
    SplittableRandom rng = new SplittableRandom(5);
    int[] counts = new int[Places.MUNICIPALITIES.size()];
    for (int i = 0; i < 200_000; i++) {
      counts[Places.pickMunicipality(rng)]++;
    }
    int setagaya = Places.MUNICIPALITIES.indexOf(byFullName().get("東京都世田谷区"));
    int chiyoda = Places.MUNICIPALITIES.indexOf(byFullName().get("東京都千代田区"));
    assertThat(counts[setagaya]).isGreaterThan(8 * counts[chiyoda]);
    assertThat(java.util.Arrays.stream(counts).min().orElseThrow()).isPositive();
  }
}
