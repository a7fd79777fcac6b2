package org.deliberation.search;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The search index knows core's events and Lucene; the web module decides how events reach it. */
@AnalyzeClasses(
    packages = "org.deliberation.search",
    importOptions = ImportOption.DoNotIncludeTests.class)
class SearchBoundariesTest {

  @ArchTest
  static final ArchRule staysFreeOfFrameworksAndStores =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "reactor..",
              "com.mongodb..",
              "org.bson..",
              "org.axonframework..");

  @ArchTest
  static final ArchRule mapsEventsWithoutLucene =
      noClasses()
          .that()
          .resideInAnyPackage("org.deliberation.search.text..", "org.deliberation.search.minhash..")
          .or()
          .haveNameMatching(
              "org\\.deliberation\\.search\\.(IndexMapping|IndexChange|IndexDocument)(\\$.*)?")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.lucene..");
}
