package org.deliberation.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Core is the domain alone: no web, storage, search or Spring-specific Axon code. */
@AnalyzeClasses(
    packages = "org.deliberation.core",
    importOptions = ImportOption.DoNotIncludeTests.class)
class CoreBoundariesTest {

  @ArchTest
  static final ArchRule coreStaysFreeOfInfrastructure =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "reactor..",
              "com.mongodb..",
              "org.bson..",
              "org.apache.lucene..",
              "org.axonframework.spring..",
              "org.axonframework.config..",
              "com.fasterxml.jackson..",
              "tools.jackson..");

  @ArchTest
  static final ArchRule markdownSynthesisIntegrityAndCommonTypesDoNotNeedAxon =
      noClasses()
          .that()
          .resideInAnyPackage(
              "..core.markdown..", "..core.common..", "..core.synthesis..", "..core.integrity..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.axonframework..");
}
