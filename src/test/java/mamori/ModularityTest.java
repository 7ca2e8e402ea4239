package mamori;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure of DESIGN.md holds: no cycles, no reaching into another module's internals.
 */
class ModularityTest {
  static final ApplicationModules MODULES = ApplicationModules.of(MamoriApplication.class);

  @Test
  void modules_haveNoCyclesAndNoReachIns() {
    MODULES.verify();
  }

  @Test
  void everyModuleOfThisIssue_exists() {
    assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
        .contains("number", "store", "web", "cli", "bench", "demo");
  }

  @Test
  void everyPackage_hasAPackageInfoWithOneSentence() throws IOException {
    Path main = Path.of("src/main/java");
    try (Stream<Path> dirs = Files.walk(main)) {
      List<Path> withJava = dirs.filter(Files::isDirectory).filter(d -> hasJava(d)).toList();
      assertThat(withJava).isNotEmpty();
      for (Path d : withJava) {
        Path info = d.resolve("package-info.java");
        assertThat(info).as("package-info.java in " + main.relativize(d)).exists();
        assertThat(Files.readString(info))
            .as(info.toString())
            .contains("/** ")
            .contains("@NullMarked");
      }
    }
  }

  @Test
  void moduleDiagram_isWrittenForTheDocs() {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
        .writeModulesAsPlantUml();
    assertThat(Path.of("target/modulith-docs/components.puml")).exists();
  }

  private static boolean hasJava(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(
          f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
