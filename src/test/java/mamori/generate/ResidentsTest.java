package mamori.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResidentsTest {
  @TempDir Path dir;

  @Test
  void theGenerator_andItsFile_giveTheSameResidents() throws IOException {
    Path csv = dir.resolve("p.csv");
    PersonGenerator.writeCsv(csv, 300, 5);
    List<Resident> read = Residents.readCsv(csv, 1000);
    List<Resident> made = Residents.generate(300, 5);
    assertThat(read).hasSize(300);
    // compared field by field without printing a number on failure
    assertThat(read.equals(made)).as("the file's residents are the generator's").isTrue();
    assertThat(Residents.readCsv(csv, 10)).hasSize(10);
  }

  @Test
  void aFileOfOtherColumns_isRefusedWithoutItsValues() throws IOException {
    Path csv = dir.resolve("other.csv");
    Files.writeString(csv, "a,b\r\n123456789018,x\r\n");
    assertThatThrownBy(() -> Residents.readCsv(csv, 10))
        .isInstanceOf(IOException.class)
        .hasMessageNotContaining("123456789018");
  }

  @Test
  void quotedFields_areRead() {
    assertThat(Residents.fields("a,\"b,c\",\"d\"\"e\",")).containsExactly("a", "b,c", "d\"e", "");
  }
}
