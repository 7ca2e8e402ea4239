package mamori.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mamori.core.Field;
import mamori.core.NumberText;
import org.junit.jupiter.api.Test;

/** The fields a package is asked for, as the command, the API and the form give them. */
class NewPackageTest {
  @Test
  void knownColumns_readInTheirOrder() {
    assertThat(NewPackage.fields("family_name, my_number"))
        .containsExactly(Field.FAMILY_NAME, Field.MY_NUMBER);
  }

  @Test
  void anUnknownColumn_isNamedInTheRefusal_butANumberInItNever() {
    assertThatThrownBy(() -> NewPackage.fields("my_number,nickname"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no field nickname");
    String number = "1234" + "5678" + "9018";
    assertThatThrownBy(() -> NewPackage.fields("my_number," + number))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no field ")
        .satisfies(e -> assertThat(NumberText.holdsNumber(e.getMessage())).isFalse());
  }
}
