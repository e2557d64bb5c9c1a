package cn.gridservice.desk.workflow;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;

/** {@code /health} (no login): is the database reachable, is the engine running. 200 or 503. */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {

  @Resource(lookup = "java:jboss/datasources/GsdDS")
  DataSource dataSource;

  @Inject EngineServices engine;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    JsonObject database = database();
    JsonObject processEngine = processEngine();
    boolean up =
        "UP".equals(database.getString("status")) && "UP".equals(processEngine.getString("status"));
    JsonObject body =
        Json.createObjectBuilder()
            .add("status", up ? "UP" : "DOWN")
            .add("database", database)
            .add("engine", processEngine)
            .build();
    resp.setStatus(up ? 200 : 503);
    resp.setContentType("application/json;charset=UTF-8");
    resp.setHeader("Cache-Control", "no-store");
    resp.getWriter().write(body.toString());
  }

  private JsonObject database() {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      boolean valid = c.isValid(2);
      return Json.createObjectBuilder()
          .add("status", valid ? "UP" : "DOWN")
          .add("product", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion())
          .build();
    } catch (Exception e) {
      return Json.createObjectBuilder()
          .add("status", "DOWN")
          .add("error", String.valueOf(e.getMessage()))
          .build();
    }
  }

  private JsonObject processEngine() {
    if (!engine.isRunning()) {
      return Json.createObjectBuilder().add("status", "DOWN").add("error", "not started").build();
    }
    try {
      ProcessEngine pe = engine.engine();
      EngineServices.EngineFacts facts = engine.facts();
      JsonObjectBuilder b =
          Json.createObjectBuilder()
              .add("status", "UP")
              .add("name", facts.name())
              .add("databaseType", facts.databaseType())
              .add("history", facts.history())
              .add("jobExecutorActive", facts.jobExecutorActive())
              .add(
                  "processDefinitions",
                  pe.getRepositoryService().createProcessDefinitionQuery().latestVersion().count());
      return b.build();
    } catch (Exception e) {
      return Json.createObjectBuilder()
          .add("status", "DOWN")
          .add("error", String.valueOf(e.getMessage()))
          .build();
    }
  }
}
