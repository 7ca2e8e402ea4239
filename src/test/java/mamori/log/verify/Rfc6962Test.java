package mamori.log.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checked against the RFC 6962 reference data used by Certificate Transparency and
 * transparency-dev/merkle.
 */
class Rfc6962Test {
  /** The eight leaf entries of the CT / transparency-dev test tree. */
  static final List<byte[]> ENTRIES =
      hex(
          "",
          "00",
          "10",
          "2021",
          "3031",
          "40414243",
          "5051525354555657",
          "606162636465666768696a6b6c6d6e6f");

  /** The roots of that tree at sizes 1 to 8. */
  static final List<byte[]> ROOTS =
      hex(
          "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
          "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
          "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
          "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
          "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
          "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
          "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
          "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

  @Test
  void emptyTree_hasTheHashOfTheEmptyString() {
    assertThat(Rfc6962.emptyRoot())
        .isEqualTo(
            HexFormat.of()
                .parseHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    assertThat(Rfc6962.rootOf(List.of())).isEqualTo(Rfc6962.emptyRoot());
  }

  @Test
  void leafHashOfTheEmptyEntry_isThePublishedOne() {
    assertThat(Rfc6962.leafHash(new byte[0])).isEqualTo(ROOTS.getFirst());
  }

  @Test
  void nodeHash_isPrefixedWithOne() {
    byte[] left = Rfc6962.leafHash(ENTRIES.get(0));
    byte[] right = Rfc6962.leafHash(ENTRIES.get(1));
    assertThat(Rfc6962.nodeHash(left, right)).isEqualTo(ROOTS.get(1));
  }

  @Test
  void rootsOfEveryPrefix_areThePublishedOnes() {
    List<byte[]> leaves = new ArrayList<>();
    for (int size = 1; size <= ENTRIES.size(); size++) {
      leaves.add(Rfc6962.leafHash(ENTRIES.get(size - 1)));
      assertThat(Rfc6962.rootOf(leaves)).as("size %d", size).isEqualTo(ROOTS.get(size - 1));
    }
  }

  @Test
  void aLeafHashOfTheWrongSize_isRefused() {
    assertThatThrownBy(() -> Rfc6962.rootOf(List.of(new byte[31])))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<byte[]> hex(String... values) {
    return List.of(values).stream().map(HexFormat.of()::parseHex).toList();
  }
}
