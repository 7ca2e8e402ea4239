package mamori.log;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * A log record is made from a typed attempt and its outcome ({@link
 * AccessRecord#of(mamori.core.Attempt, mamori.core.Outcome)}), or read back by the codec: no other
 * code calls the record's canonical constructor, so no record is written from loose strings.
 */
class AccessRecordFactoryTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("mamori");

  static final ArchRule ONLY_THE_FACTORY_AND_THE_CODEC_CONSTRUCT =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(AccessRecord.class.getName())
          .and()
          .doNotHaveFullyQualifiedName(AccessRecordCodec.class.getName())
          .should()
          .callConstructorWhere(
              DescribedPredicate.describe(
                  "the canonical constructor of AccessRecord",
                  (JavaConstructorCall call) ->
                      call.getTarget().getOwner().isEquivalentTo(AccessRecord.class)))
          .because("a log record is made from an Attempt and its Outcome (issue 12), or decoded");

  @Test
  void onlyTheFactoryAndTheCodec_callTheCanonicalConstructor() {
    ONLY_THE_FACTORY_AND_THE_CODEC_CONSTRUCT.check(MAIN);
  }

  @Test
  void theRule_catchesACallFromElsewhere() {
    // the codec's own test builds records from strings on purpose, to pin the wire format
    JavaClasses withATest = new ClassFileImporter().importClasses(AccessRecordCodecTest.class);
    assertThat(ONLY_THE_FACTORY_AND_THE_CODEC_CONSTRUCT.evaluate(withATest).hasViolation())
        .isTrue();
  }
}
