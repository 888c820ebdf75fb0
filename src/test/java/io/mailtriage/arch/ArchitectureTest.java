package io.mailtriage.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The layout README.md describes ("Where things are"), held by the build: stage packages form no
 * cycle, the ground floors ({@code config}, {@code deadletter}, {@code keys}) lean on nothing above
 * them, and the job's wiring is used only by the command-line tools.
 */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.mailtriage");

  @Test
  void topLevelPackagesAreFreeOfCycles() {
    slices().matching("io.mailtriage.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void subPackagesAreFreeOfCycles() {
    slices().matching("io.mailtriage.(**)").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void configDependsOnNoOtherProjectPackage() {
    noClasses()
        .that()
        .resideInAPackage("io.mailtriage.config..")
        .should()
        .dependOnClassesThat(projectClassesOutside("config"))
        .because("each section is validated where it is used; config only reads and binds the file")
        .check(MAIN);
  }

  @Test
  void deadLettersDependOnNoOtherProjectPackage() {
    noClasses()
        .that()
        .resideInAPackage("io.mailtriage.deadletter..")
        .should()
        .dependOnClassesThat(projectClassesOutside("deadletter"))
        .because("every stage dead-letters; the record type must not pull a stage in")
        .check(MAIN);
  }

  @Test
  void keysDependOnConfigurationOnly() {
    noClasses()
        .that()
        .resideInAPackage("io.mailtriage.keys..")
        .should()
        .dependOnClassesThat(projectClassesOutside("keys", "config"))
        .because(
            "parse, tokenization and the tools share key material without depending on each other")
        .check(MAIN);
  }

  @Test
  void onlyToolsDependOnTheJobWiring() {
    noClasses()
        .that()
        .resideOutsideOfPackages("io.mailtriage.job..", "io.mailtriage.tools..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.mailtriage.job..")
        .because("job is wiring only: the stages must not know how they are wired")
        .check(MAIN);
  }

  /** Classes of the project outside the named top-level packages (and their sub-packages). */
  private static DescribedPredicate<JavaClass> projectClassesOutside(String... packages) {
    String[] patterns =
        Arrays.stream(packages).map(p -> "io.mailtriage." + p + "..").toArray(String[]::new);
    return resideInAPackage("io.mailtriage..")
        .and(not(resideInAnyPackage(patterns)))
        .as("lie in the project outside " + String.join(", ", packages));
  }
}
