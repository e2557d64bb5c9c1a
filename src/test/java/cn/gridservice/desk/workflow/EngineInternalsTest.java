package cn.gridservice.desk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine's internals ({@code org.camunda.bpm.engine.impl}) are imported in {@code workflow}
 * only, so that a move to another engine (Operaton) stays in one package; everything else reads the
 * application's clock ({@code platform.Clock}) and the engine's public API.
 */
class EngineInternalsTest {

  private static final Path MAIN = Path.of("src/main/java/cn/gridservice/desk");

  @Test
  void onlyWorkflowImportsEngineInternals() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      List<String> offenders =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !f.startsWith(MAIN.resolve("workflow")))
              .filter(EngineInternalsTest::importsEngineInternals)
              .map(f -> MAIN.relativize(f).toString().replace('\\', '/'))
              .toList();
      assertThat(offenders).isEmpty();
    }
  }

  private static boolean importsEngineInternals(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .anyMatch(
              line ->
                  line.startsWith("import org.camunda.bpm.engine.impl.")
                      || line.startsWith("import static org.camunda.bpm.engine.impl."));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
