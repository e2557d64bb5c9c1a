package cn.gridservice.desk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies between the capabilities run one way, down these layers (a package may use only
 * packages at or below its own level):
 *
 * <pre>
 * platform &lt; security &lt; calendar &lt; workflow &lt; staff &lt; customer &lt; tasklist &lt; {aftersales, complaint} &lt; demo
 * </pre>
 *
 * aftersales and complaint do not use each other, and no capability package is part of a cycle. The
 * main code only; tests may reach anywhere.
 */
class ArchitectureTest {

  private static final String BASE = "cn.gridservice.desk";

  /**
   * Lowest first; one level may hold more than one capability (they then must not use each other).
   */
  private static final List<Set<String>> LAYERS =
      List.of(
          Set.of("platform"),
          Set.of("security"),
          Set.of("calendar"),
          Set.of("workflow"),
          Set.of("staff"),
          Set.of("customer"),
          Set.of("tasklist"),
          Set.of("aftersales", "complaint"),
          Set.of("demo"));

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);
  }

  @Test
  void noCapabilityUsesOneAboveIt() {
    List<ArchRule> rules = new ArrayList<>();
    for (int level = 0; level < LAYERS.size(); level++) {
      List<String> above = new ArrayList<>();
      LAYERS.subList(level + 1, LAYERS.size()).forEach(layer -> layer.forEach(above::add));
      if (above.isEmpty()) {
        continue;
      }
      for (String capability : LAYERS.get(level)) {
        rules.add(
            noClasses()
                .that()
                .resideInAPackage(pkg(capability))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                    above.stream().map(ArchitectureTest::pkg).toArray(String[]::new))
                .as(capability + " uses only capabilities at or below its level (" + level + ")"));
      }
    }
    rules.forEach(rule -> rule.check(classes));
  }

  @Test
  void capabilitiesOnOneLevelDoNotUseEachOther() {
    for (Set<String> layer : LAYERS) {
      for (String capability : layer) {
        String[] siblings =
            layer.stream()
                .filter(other -> !other.equals(capability))
                .map(ArchitectureTest::pkg)
                .toArray(String[]::new);
        if (siblings.length == 0) {
          continue;
        }
        noClasses()
            .that()
            .resideInAPackage(pkg(capability))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(siblings)
            .as(capability + " does not use " + Arrays.toString(siblings))
            .check(classes);
      }
    }
  }

  @Test
  void capabilitiesAreFreeOfCycles() {
    slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  private static String pkg(String capability) {
    return BASE + "." + capability + "..";
  }

  /** No main source file grows past what one reader keeps in mind (~400 lines); split it first. */
  @Test
  void noMainFileIsAGiant() throws java.io.IOException {
    java.nio.file.Path main = java.nio.file.Path.of("src/main/java");
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(main)) {
      List<String> giants =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> lines(f) > MAX_LINES)
              .map(f -> main.relativize(f) + " (" + lines(f) + " lines)")
              .toList();
      org.assertj.core.api.Assertions.assertThat(giants)
          .as("main files over %d lines", MAX_LINES)
          .isEmpty();
    }
  }

  private static final int MAX_LINES = 420;

  private static long lines(java.nio.file.Path file) {
    try (java.util.stream.Stream<String> lines = java.nio.file.Files.lines(file)) {
      return lines.count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
