package org.deliberation.web;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.deliberation.web.platform.pages.SitePage;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web module's shape: one folder per feature over a platform that knows none of them. A feature's pages and its
 * API both call the feature's service and render its outcome each in their own way, so neither calls the other.
 */
@AnalyzeClasses(
    packages = "org.deliberation.web",
    importOptions = ImportOption.DoNotIncludeTests.class)
class WebBoundariesTest {

  private static final String PLATFORM = "org.deliberation.web.platform..";

  @ArchTest
  static final ArchRule noCyclesBetweenPackages =
      slices().matching("org.deliberation.web.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule platformKnowsNoFeature =
      noClasses()
          .that()
          .resideInAPackage(PLATFORM)
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.deliberation.web..").and(not(resideInAPackage(PLATFORM))))
          .because(
              "features register themselves with the platform (processing groups, sign-in lookups), never the "
                  + "other way round");

  @ArchTest
  static final ArchRule pagesDoNotCallTheApi =
      noClasses()
          .that()
          .areAnnotatedWith(SitePage.class)
          .should()
          .dependOnClassesThat()
          .areAnnotatedWith(RestController.class)
          .because("a page calls its feature's service, not the API's controller");

  @ArchTest
  static final ArchRule apiDoesNotCallPages =
      noClasses()
          .that()
          .areAnnotatedWith(RestController.class)
          .should()
          .dependOnClassesThat()
          .areAnnotatedWith(SitePage.class);

  /** Small files: a class that outgrows a screenful or five has more than one duty. */
  @Test
  void noMainFileIsOverThreeHundredLines() throws IOException {
    var main = Path.of("src/main/java");
    try (var files = Files.walk(main)) {
      var tooLong =
          files
              .filter(path -> path.toString().endsWith(".java"))
              .filter(path -> lines(path) > 300)
              .map(path -> main.relativize(path) + " (" + lines(path) + " lines)")
              .collect(Collectors.toList());
      assertThat(tooLong).isEmpty();
    }
  }

  private static long lines(Path path) {
    try (var lines = Files.lines(path)) {
      return lines.count();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
