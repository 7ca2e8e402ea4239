package mamori.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/*
 * What the rule admits in mamori.cli and below, and nothing else:
 * - a command: a class annotated with picocli's @Command;
 * - a picocli support type: a class that implements one of picocli's extension interfaces (the
 *   interfaces nested in CommandLine: IVersionProvider, IExecutionExceptionHandler, ITypeConverter,
 *   IDefaultValueProvider, ...), or a class that declares or inherits a field or method annotated with
 *   @Option, @Parameters, @ArgGroup or @Mixin (a mixin, an argument group, or the abstract base of
 *   commands that share their options);
 * - a class nested, at any depth, inside an admitted class (its own records, listeners, anonymous and
 *   switch-map classes).
 * A helper that is none of these (a renderer, a world for a benchmark, wiring, a controller, a progress
 * bar) belongs to the module whose work it is, and the commands call it there.
 */
/** {@code cli} holds commands only. */
class CliHoldsCommandsTest {
  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("mamori");

  static final List<Class<?>> OPTION_ANNOTATIONS =
      List.of(
          CommandLine.Option.class,
          CommandLine.Parameters.class,
          CommandLine.ArgGroup.class,
          CommandLine.Mixin.class);

  static final ArchCondition<JavaClass> BE_A_COMMAND =
      new ArchCondition<>("be a picocli command, a picocli support type, or nested inside one") {
        @Override
        public void check(JavaClass c, ConditionEvents events) {
          if (!admitted(c)) {
            events.add(
                SimpleConditionEvent.violated(
                    c,
                    c.getName()
                        + " is neither a command nor a picocli support type,"
                        + " nor nested inside one: move it to the module whose work it is"));
          }
        }
      };

  static boolean admitted(JavaClass c) {
    return commandOrSupport(c)
        || c.getEnclosingClass().map(CliHoldsCommandsTest::admitted).orElse(false);
  }

  static boolean commandOrSupport(JavaClass c) {
    return c.isAnnotatedWith(CommandLine.Command.class)
        || c.getAllRawInterfaces().stream()
            .anyMatch(i -> i.getName().startsWith(CommandLine.class.getName() + "$"))
        || c.getAllMembers().stream()
            .anyMatch(
                m -> OPTION_ANNOTATIONS.stream().anyMatch(a -> m.isAnnotatedWith(a.getName())));
  }

  static ArchRule onlyCommandsIn(String packageName) {
    return classes()
        .that()
        .resideInAPackage(packageName + "..")
        .and()
        .doNotHaveSimpleName("package-info")
        .should(BE_A_COMMAND)
        .because(
            "cli holds commands; benchmarks, the demo town, renderers and wiring live in their own modules"
                + " (issue 12)");
  }

  @Test
  void everyClassInCli_isACommandOrAPicocliSupportType() {
    onlyCommandsIn("mamori.cli").check(MAIN);
  }

  @Test
  void theRule_refusesClassesThatAreNoCommands() {
    assertThatThrownBy(() -> onlyCommandsIn("mamori.terminal").check(MAIN))
        .hasMessageContaining("mamori.terminal.Progress is neither")
        .hasMessageContaining("mamori.terminal.Progress$Bar is neither");
    assertThatThrownBy(() -> onlyCommandsIn("mamori.bench").check(MAIN))
        .hasMessageContaining("mamori.bench.PlainReadController is neither");
  }
}
