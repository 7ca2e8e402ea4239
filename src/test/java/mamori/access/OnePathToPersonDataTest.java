package mamori.access;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import mamori.vault.Vault;
import org.junit.jupiter.api.Test;

/**
 * No code but the gate (and the vault itself) reads or erases person data: reveal, history, the
 * logged finds and erase.
 */
class OnePathToPersonDataTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("mamori");

  @Test
  void onlyTheGate_callsTheVaultsReadingMethods() {
    noClasses()
        .that()
        .resideOutsideOfPackages("mamori.access..", "mamori.vault..")
        .should()
        .callMethodWhere(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "a reading method of Vault",
                call ->
                    call.getTarget().getOwner().isEquivalentTo(Vault.class)
                        && java.util.Set.of(
                                "reveal",
                                "history",
                                "findByNumber",
                                "findByNameAndBirthDate",
                                "erase")
                            .contains(call.getTarget().getName())))
        .because("the gate is the one path to person data (issue 5)")
        .check(MAIN);
  }

  @Test
  void onlyTheGate_listsOrBuildsPersonSets() {
    noClasses()
        .that()
        .resideOutsideOfPackages("mamori.access..", "mamori.vault..")
        .should()
        .callMethodWhere(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "a method of PersonSets but the check of a list's id and name",
                call ->
                    call.getTarget().getOwner().isEquivalentTo(mamori.vault.PersonSets.class)
                        && !call.getTarget().getName().equals("checkList")))
        .because("the gate lists a set's members and decides who builds sets (issue 14 point 5)")
        .check(MAIN);
  }
}
