package cn.gridservice.desk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies between the capabilities run one way, down these layers (a package may use only
 * packages at or below its own level):
 *
 * <pre>
 * platform &lt; security &lt; calendar &lt; workflow &lt; staff &lt; customer &lt; tasklist &lt; {aftersales, complaint} &lt; demo
 * </pre>
 *
 * aftersales and complaint do not use each other, and no capability package is part of a cycle.
 * The main code only; tests may reach anywhere.
 */
class ArchitectureTest {

  private static final String BASE = "cn.gridservice.desk";

  /** Lowest first; one level may hold more than one capability (they then must not use each other). */
  private static final List<Set<String>> LAYERS = List.of(
      Set.of("platform"),
      Set.of("security"),
      Set.of("calendar"),
      Set.of("workflow"),
      Set.of("staff"),
      Set.of("customer"),
      Set.of("tasklist"),
      Set.of("aftersales", "complaint"),
      Set.of("demo"));

  /**
   * TEMPORARY: these classes are being rewritten elsewhere right now (issue "structure"), and the
   * rewrite removes their dependencies on the processes: the task list's {@code MyWorkView} and
   * {@code TaskCompletion} (on aftersales and complaint) and the after-sales {@code TaskFormView} (on
   * complaint). Drop the entries as the rewrite lands; add nothing here.
   */
  private static final List<String> BEING_REWRITTEN = List.of(
      BASE + ".tasklist.MyWorkView",
      BASE + ".tasklist.TaskCompletion",
      BASE + ".aftersales.web.TaskFormView");

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter()
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
        rules.add(noClasses().that().resideInAPackage(pkg(capability))
            .and(notBeingRewritten())
            .should().dependOnClassesThat().resideInAnyPackage(above.stream().map(ArchitectureTest::pkg).toArray(String[]::new))
            .as(capability + " uses only capabilities at or below its level (" + level + ")"));
      }
    }
    rules.forEach(rule -> rule.check(classes));
  }

  @Test
  void capabilitiesOnOneLevelDoNotUseEachOther() {
    for (Set<String> layer : LAYERS) {
      for (String capability : layer) {
        String[] siblings = layer.stream().filter(other -> !other.equals(capability)).map(ArchitectureTest::pkg)
            .toArray(String[]::new);
        if (siblings.length == 0) {
          continue;
        }
        noClasses().that().resideInAPackage(pkg(capability))
            .and(notBeingRewritten())
            .should().dependOnClassesThat().resideInAnyPackage(siblings)
            .as(capability + " does not use " + Arrays.toString(siblings))
            .check(classes);
      }
    }
  }

  @Test
  void capabilitiesAreFreeOfCycles() {
    slices().matching(BASE + ".(*)..")
        .should().beFreeOfCycles()
        .ignoreDependency(new DescribedPredicate<JavaClass>("a class being rewritten") {
          @Override
          public boolean test(JavaClass origin) {
            return beingRewritten(origin);
          }
        }, DescribedPredicate.alwaysTrue())
        .check(classes);
  }

  private static String pkg(String capability) {
    return BASE + "." + capability + "..";
  }

  private static DescribedPredicate<JavaClass> notBeingRewritten() {
    return new DescribedPredicate<>("are not being rewritten (temporary, see BEING_REWRITTEN)") {
      @Override
      public boolean test(JavaClass javaClass) {
        return !beingRewritten(javaClass);
      }
    };
  }

  /** The class itself or one nested in it (lambdas and inner classes compile to {@code Outer$...}). */
  private static boolean beingRewritten(JavaClass javaClass) {
    String name = javaClass.getName();
    return BEING_REWRITTEN.stream().anyMatch(rewritten -> name.equals(rewritten) || name.startsWith(rewritten + "$"));
  }
}
