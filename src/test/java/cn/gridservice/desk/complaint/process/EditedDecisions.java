package cn.gridservice.desk.complaint.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.dmn.DecisionsEvaluationBuilder;

/**
 * A {@link DecisionService} over an edited copy of a real model file of {@code processes/},
 * evaluated by a stand-alone DMN engine (the default configuration, FEEL, as in the process engine)
 * without deploying anything: the tests see what a manager's edit would do, and the file and the
 * shared engine's deployments stay as they are. Only {@code
 * evaluateDecisionByKey(key).variables(map).evaluate()} is supported.
 */
final class EditedDecisions {

  private EditedDecisions() {}

  /** The model file as packaged on the classpath, e.g. {@code processes/complaintLimits.dmn}. */
  static String modelText(String resource) {
    try (InputStream in = EditedDecisions.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("not on the classpath: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A decision service over {@code resource} after {@code edit} has changed its text. */
  static DecisionService of(String resource, UnaryOperator<String> edit) {
    String edited = edit.apply(modelText(resource));
    DmnEngine dmnEngine =
        DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    List<DmnDecision> decisions =
        dmnEngine.parseDecisions(new ByteArrayInputStream(edited.getBytes(StandardCharsets.UTF_8)));
    Map<String, DmnDecision> byKey = new HashMap<>();
    decisions.forEach(decision -> byKey.put(decision.getKey(), decision));
    return (DecisionService)
        Proxy.newProxyInstance(
            EditedDecisions.class.getClassLoader(),
            new Class<?>[] {DecisionService.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("evaluateDecisionByKey")) {
                throw new UnsupportedOperationException(method.getName());
              }
              DmnDecision decision = byKey.get((String) args[0]);
              if (decision == null) {
                throw new IllegalArgumentException("no decision " + args[0] + " in " + resource);
              }
              return builder(dmnEngine, decision);
            });
  }

  private static DecisionsEvaluationBuilder builder(DmnEngine dmnEngine, DmnDecision decision) {
    Map<String, Object> variables = new HashMap<>();
    return (DecisionsEvaluationBuilder)
        Proxy.newProxyInstance(
            EditedDecisions.class.getClassLoader(),
            new Class<?>[] {DecisionsEvaluationBuilder.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "variables" -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> given = (Map<String, Object>) args[0];
                    variables.putAll(given);
                    yield proxy;
                  }
                  case "evaluate" -> dmnEngine.evaluateDecision(decision, variables);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
