package mamori;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.stream.Collectors;
import mamori.store.ClockConfiguration;
import org.junit.jupiter.api.Test;

/**
 * One clock: no main class reads the time of the machine but {@link ClockConfiguration}, whose bean
 * every service is given and whose {@code systemClock()} the commands that run without Spring take.
 * A call of {@code Clock.systemUTC()}, {@code Clock.systemDefaultZone()}, {@code
 * Clock.system(zone)}, {@code System.currentTimeMillis()} or any {@code java.time} {@code now(...)}
 * that is not given a {@code Clock} fails the build.
 */
class NoSystemTimeTest {
  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("mamori");

  static final DescribedPredicate<JavaMethodCall> READS_SYSTEM_TIME =
      DescribedPredicate.describe(
          "reads the system time without a Clock",
          call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            Set<String> parameters =
                call.getTarget().getRawParameterTypes().stream()
                    .map(JavaClass::getName)
                    .collect(Collectors.toSet());
            return switch (owner) {
              case "java.time.Clock" ->
                  name.equals("systemUTC")
                      || name.equals("systemDefaultZone")
                      || name.equals("system");
              case "java.lang.System" -> name.equals("currentTimeMillis");
              default ->
                  owner.startsWith("java.time.")
                      && name.equals("now")
                      && !parameters.contains("java.time.Clock");
            };
          });

  static ArchRule oneClock(Set<String> exempt) {
    DescribedPredicate<JavaClass> allowed =
        DescribedPredicate.describe(
            "the clock configuration or exempt",
            c ->
                isOrIsInside(c, ClockConfiguration.class.getName())
                    || exempt.stream().anyMatch(e -> isOrIsInside(c, e)));
    return noClasses()
        .that(DescribedPredicate.not(allowed))
        .should()
        .callMethodWhere(READS_SYSTEM_TIME)
        .because("time comes from the one injected Clock (ClockConfiguration)");
  }

  @Test
  void noClass_readsTheSystemTime_butTheClockConfiguration() {
    oneClock(Set.of()).check(MAIN);
  }

  private static boolean isOrIsInside(JavaClass c, String name) {
    return c.getName().equals(name) || c.getName().startsWith(name + "$");
  }
}
