package mamori.vault;

import static org.assertj.core.api.Assertions.assertThat;

import mamori.core.Field;
import mamori.core.Mask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Partial masking of each field. */
class MasksTest {

  @ParameterizedTest
  @CsvSource({
    "兵庫県尼崎市東七松町1丁目23-1, 兵庫県尼崎市＊",
    "北海道札幌市中央区旭町2丁目1-1, 北海道札幌市＊",
    "東京都世田谷区桜町1丁目1-1, 東京都世田谷区＊",
    "東京都町田市本町1-1, 東京都町田市＊",
    "三重県四日市市本町3丁目2-1, 三重県四日市市＊",
    "福島県郡山市中央1-1, 福島県郡山市＊",
    "神奈川県横浜市港北区新横浜1-1, 神奈川県横浜市＊",
    "長野県北安曇郡白馬村北城1-1, 長野県北安曇郡白馬村＊",
    "京都府京都市左京区1-1, 京都府京都市＊",
    "1丁目23-1, ＊",
    "どこか遠く, ＊"
  })
  void anAddress_showsItsPrefectureAndMunicipalityOnly(String address, String partial) {
    assertThat(Masks.partial(Field.ADDRESS, address)).isEqualTo(partial);
  }

  @Test
  void eachField_showsOnlyItsPartialForm() {
    assertThat(Masks.partial(Field.MY_NUMBER, "123456789018")).isEqualTo("****-****-9018");
    assertThat(Masks.partial(Field.FAMILY_NAME, "長谷川")).isEqualTo("長＊");
    assertThat(Masks.partial(Field.GIVEN_NAME, "𠮷子")).isEqualTo("𠮷＊");
    assertThat(Masks.partial(Field.GIVEN_NAME_KANA, "ハナコ")).isEqualTo("ハ＊");
    assertThat(Masks.partial(Field.BIRTH_DATE, "1985-04-02")).isEqualTo("1985");
    assertThat(Masks.partial(Field.POSTAL_CODE, "660-0892")).isEqualTo("660-＊");
    assertThat(Masks.partial(Field.BANK_ACCOUNT, "0009-123-4567890")).isEqualTo("＊890");
    assertThat(Masks.partial(Field.BANK_ACCOUNT, "")).isEmpty();
    assertThat(Masks.partial(Field.SEX, "1")).isEqualTo("＊");
    assertThat(Masks.partial(Field.HOUSEHOLD_ID, "H123")).isEqualTo("＊");
  }

  @Test
  void fullHidesAndNoneShows() {
    assertThat(Masks.apply(Field.ADDRESS, Mask.FULL, "兵庫県尼崎市")).isEqualTo("＊");
    assertThat(Masks.apply(Field.GIVEN_NAME, Mask.NONE, "<script>alert(1)</script>"))
        .isEqualTo("<script>alert(1)</script>");
  }
}
