package cn.gridservice.desk.customer.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.testsupport.Http;
import cn.gridservice.desk.testsupport.ServerIT;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Agents and customer managers keep the customer archive through the API: field errors for bad
 * values, edits in the change log, and an import that stores every row or none.
 */
@RunAsClient
class CustomerAdministrationIT extends ServerIT {

  private final Http agent = basic("agent");

  /** A number no other test run uses (the database lives as long as the build). */
  private static String newNumber() {
    return "39"
        + String.format(Locale.ROOT, "%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  private static String customer(String customerNo, String manager) {
    return """
        {"customerNo": "%s", "name": "西溪湿地管理处", "category": "LOW_VOLTAGE_NON_RESIDENTIAL", "area": "URBAN",
         "important": true, "contactName": "许主任", "phone": "0571-86000021", "email": "xixi@example.cn",
         "address": "杭州市西湖区天目山路518号", "feeder": "10kV 文三线", "customerManager": %s,
         "equipment": [{"name": "箱式变电站", "model": "YBM-630", "installedOn": "2024-05-06", "warrantyEnd": "2027-05-05"}]}"""
        .formatted(customerNo, manager == null ? "null" : "\"" + manager + "\"");
  }

  @Test
  void anAgentCreatesACustomerAndEditsIt() {
    String no = newNumber();
    HttpResponse<String> created = agent.post("/api/customers", customer(no, "custmgr"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(Http.json(created).getString("customerManager")).isEqualTo("custmgr");
    assertThat(Http.json(agent.get("/api/customers/" + no + "/overview")).getJsonArray("equipment"))
        .hasSize(1);

    JsonObject record = Http.json(agent.get("/api/customers/" + no + "/record"));
    long equipmentId =
        record.getJsonArray("equipment").getJsonObject(0).getJsonNumber("id").longValue();
    HttpResponse<String> updated =
        basic("custmgr")
            .put(
                "/api/customers/" + no,
                """
        {"name": "西溪湿地管理处", "category": "HIGH_VOLTAGE_SINGLE_SOURCE", "area": "URBAN", "highRisk": true,
         "important": true, "keyAccount": true, "contactName": "许主任", "phone": "13805710099",
         "address": "杭州市西湖区天目山路518号", "feeder": "10kV 文三线", "customerManager": "custmgr",
         "equipment": [{"id": %d, "name": "箱式变电站", "model": "YBM-800", "installedOn": "2024-05-06"}]}"""
                    .formatted(equipmentId));
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(Http.json(updated).getBoolean("highRisk")).isTrue();

    String changes = agent.get("/api/customers/" + no + "/changes").body();
    assertThat(changes)
        .contains(
            "\"UPDATED\"",
            "\"CREATED\"",
            "\"actor\":\"custmgr\"",
            "\"actor\":\"agent\"",
            "\"oldValue\":\"LOW_VOLTAGE_NON_RESIDENTIAL\"",
            "\"newValue\":\"13805710099\"",
            "YBM-800");
  }

  @Test
  void badValuesAreFieldErrorsAndNothingIsStored() {
    String no = newNumber();
    HttpResponse<String> refused =
        agent
            .header("Accept-Language", "zh-CN")
            .post(
                "/api/customers",
                """
        {"customerNo": "%s", "name": " ", "category": "RESIDENTIAL", "area": "RURAL", "phone": "1380571",
         "email": "zhang@", "address": "湖州市安吉县", "customerManager": "agent",
         "equipment": [{"name": "", "installedOn": "2099-01-01"}]}"""
                    .formatted(no));
    assertThat(refused.statusCode()).isEqualTo(400);
    JsonObject fields = Http.json(refused).getJsonObject("fields");
    assertThat(fields.keySet())
        .containsExactlyInAnyOrder(
            "name",
            "phone",
            "email",
            "customerManager",
            "equipment[0].name",
            "equipment[0].installedOn");
    assertThat(fields.getString("customerManager")).isEqualTo("agent 不是客户经理");
    assertThat(agent.get("/api/customers/" + no).statusCode()).isEqualTo(404);

    HttpResponse<String> duplicate = agent.post("/api/customers", customer("3301000001", "nobody"));
    assertThat(Http.json(duplicate).getJsonObject("fields").keySet())
        .containsExactlyInAnyOrder("customerNo", "customerManager");
  }

  @Test
  void oneBadRowAndNoRowOfTheFileIsImported() {
    String first = newNumber();
    String second = newNumber();
    String third = newNumber();
    String csv =
        "\uFEFF户号*,户名*,用电类别*,区域*,高危,联系电话*,用电地址*,客户经理\r\n"
            + first
            + ",张三,居民,城区,否,13805711111,杭州市上城区1号,\r\n"
            + second
            + ",李四,工业,农村,是,1380571,湖州市2号,custmgr\r\n"
            + third
            + ",王五,Residential,Remote,N,13805713333,舟山市3号,\r\n"
            + first
            + ",重复,居民,城区,,13805714444,杭州市4号,\r\n";
    HttpResponse<String> refused =
        agent
            .header("Accept-Language", "zh")
            .header("X-File-Name", "%E5%AE%A2%E6%88%B7.csv")
            .postBody("/api/customers/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonObject report = Http.json(refused);
    assertThat(report.getInt("rowsRead")).isEqualTo(4);
    assertThat(report.getInt("badRows")).isEqualTo(2);
    assertThat(report.getJsonArray("rows").toString())
        .contains(
            "{\"column\":\"用电类别*\",\"message\":\"用电类别“工业”无效，可填：居民、低压非居民、高压单电源、高压双电源\",\"row\":3}")
        .contains("\"column\":\"联系电话*\"")
        .contains("\"row\":5");
    assertThat(agent.get("/api/customers/" + first).statusCode()).isEqualTo(404);
    assertThat(agent.get("/api/customers/" + third).statusCode()).isEqualTo(404);

    String fixed =
        csv.replace(",工业,", ",低压非居民,")
            .replace(",1380571,", ",13805712222,")
            .replace(first + ",重复", newNumber() + ",重复");
    HttpResponse<String> imported =
        agent
            .header("X-File-Name", "%E5%AE%A2%E6%88%B7.csv")
            .postBody("/api/customers/import", "text/csv", fixed.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(Http.json(imported).getInt("imported")).isEqualTo(4);
    assertThat(Http.json(agent.get("/api/customers/" + second)).getString("customerManager"))
        .isEqualTo("custmgr");
    assertThat(agent.get("/api/customers/" + third + "/changes").body())
        .contains("\"IMPORTED\"", "客户.csv, row 4");
  }

  @Test
  void anExcelWorkbookIsImportedAndTheTemplateIsOffered() throws IOException {
    HttpResponse<byte[]> template =
        agent.getBytes("/api/customers/import/template?format=xlsx&lang=zh");
    assertThat(template.statusCode()).isEqualTo(200);
    assertThat(template.body()).startsWith(0x50, 0x4B, 0x03, 0x04);

    String no = newNumber();
    byte[] xlsx;
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet();
      String[][] cells = {
        {
          "Customer no.",
          "Name",
          "Category",
          "Area",
          "Key account",
          "Phone",
          "Address",
          "Equipment",
          "Warranty until"
        },
        {
          no,
          "Qiantang Data Centre",
          "High-voltage, dual source",
          "Urban",
          "Y",
          "057186000033",
          "Hangzhou",
          "UPS",
          "2028-01-31"
        }
      };
      for (int r = 0; r < cells.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < cells[r].length; c++) {
          row.createCell(c).setCellValue(cells[r][c]);
        }
      }
      workbook.write(out);
      xlsx = out.toByteArray();
    }
    HttpResponse<String> imported =
        basic("manager")
            .postBody(
                "/api/customers/import",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    JsonObject customer = Http.json(agent.get("/api/customers/" + no));
    assertThat(customer.getString("category")).isEqualTo("HIGH_VOLTAGE_DUAL_SOURCE");
    assertThat(customer.getBoolean("keyAccount")).isTrue();
  }

  @Test
  void techniciansAndAuditorsDoNotEditTheArchive() {
    assertThat(basic("technician").post("/api/customers", customer(newNumber(), null)).statusCode())
        .isEqualTo(403);
    assertThat(
            basic("auditor")
                .put("/api/customers/3301000001", customer("3301000001", null))
                .statusCode())
        .isEqualTo(403);
    assertThat(basic("auditor").get("/api/customers/3301000001/changes").statusCode())
        .isEqualTo(200);
  }
}
