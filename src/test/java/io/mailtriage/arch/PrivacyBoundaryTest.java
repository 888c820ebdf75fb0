package io.mailtriage.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.mailtriage.ingest.Address;
import io.mailtriage.ingest.AttachmentMeta;
import io.mailtriage.ingest.RawEmail;
import io.mailtriage.ingest.SourceRecord;
import io.mailtriage.pii.TokenizedEmail;
import org.junit.jupiter.api.Test;

/**
 * The privacy promise carried by structure: the types that hold mail in clear exist only in {@code
 * ingest} and {@code pii}. Everything after the tokenization operator cannot even name them.
 */
class PrivacyBoundaryTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.mailtriage");

  @Test
  void stagesAfterTokenizationCannotReferenceRawMail() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage(
                "io.mailtriage.inference..", "io.mailtriage.priority..", "io.mailtriage.sink..")
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(RawEmail.class, SourceRecord.class, Address.class, AttachmentMeta.class)
            .because("raw personal data must not travel past the PII tokenization operator");
    rule.check(MAIN);
  }

  @Test
  void onlyIngestPiiAndJobWiringTouchRawMail() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackages(
                "io.mailtriage.ingest..", "io.mailtriage.pii..", "io.mailtriage.job..")
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(RawEmail.class, SourceRecord.class)
            .because("the raw-email types live in ingest and pii only");
    rule.check(MAIN);
  }

  @Test
  void stagesAfterTokenizationSeeOnlyTheTokenizedEmailOfPiiAndNothingOfIngest() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage(
                "io.mailtriage.inference..", "io.mailtriage.priority..", "io.mailtriage.sink..")
            .should()
            .dependOnClassesThat(
                resideInAPackage("io.mailtriage.ingest..")
                    .or(
                        resideInAPackage("io.mailtriage.pii..")
                            .and(not(equivalentTo(TokenizedEmail.class))))
                    .as("reside in ingest, or in pii other than TokenizedEmail"))
            .because(
                "after tokenization only the tokenized email travels on: no parser, detector or key");
    rule.check(MAIN);
  }
}
