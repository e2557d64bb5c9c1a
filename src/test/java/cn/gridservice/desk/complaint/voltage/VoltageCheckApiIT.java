package cn.gridservice.desk.complaint.voltage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.testsupport.Http;
import cn.gridservice.desk.testsupport.ServerIT;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code POST /api/voltage-check} from outside, on the deployed processes/voltageCompliance.dmn.
 */
@RunAsClient
class VoltageCheckApiIT extends ServerIT {

  private final Http handler = basic("handler");

  @Test
  void aCompliantReadingOnTheBoundaries() {
    HttpResponse<String> response =
        handler.post(
            "/api/voltage-check",
            "{\"supply\":\"SINGLE_PHASE_220V\",\"nominalVolts\":220,\"maxVolts\":235.4,\"minVolts\":198.0}");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject verdict = Http.json(response);
    assertThat(verdict.getBoolean("compliant")).isTrue();
    assertThat(verdict.getJsonNumber("upperDeviationPercent").bigDecimalValue())
        .isEqualByComparingTo("7.00");
    assertThat(verdict.getJsonNumber("lowerDeviationPercent").bigDecimalValue())
        .isEqualByComparingTo("-10.00");
    assertThat(verdict.getJsonNumber("exceededByPercent").bigDecimalValue())
        .isEqualByComparingTo("0");
    assertThat(verdict.getString("rule")).isEqualTo("SINGLE_PHASE_+7/-10");
    assertThat(verdict.getString("supply")).isEqualTo("SINGLE_PHASE_220V");
    // fields without a value are written as null, not left out
    assertThat(verdict.get("sumLimitPercent")).isEqualTo(JsonValue.NULL);
  }

  @Test
  void aNonCompliantReadingSaysByHowMuch() {
    HttpResponse<String> response =
        handler.post(
            "/api/voltage-check",
            "{\"supply\":\"SINGLE_PHASE_220V\",\"nominalVolts\":220,\"maxVolts\":235.5,\"minVolts\":220}");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject verdict = Http.json(response);
    assertThat(verdict.getBoolean("compliant")).isFalse();
    assertThat(verdict.getJsonNumber("upperDeviationPercent").bigDecimalValue())
        .isEqualByComparingTo("7.05");
    assertThat(verdict.getJsonNumber("exceededByPercent").bigDecimalValue())
        .isEqualByComparingTo("0.05");
  }

  @Test
  void theSumRuleAppliesFrom35kV() {
    HttpResponse<String> response =
        handler.post(
            "/api/voltage-check",
            "{\"supply\":\"35KV_AND_ABOVE\",\"nominalVolts\":110000,\"maxVolts\":118000,\"minVolts\":105000}");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject verdict = Http.json(response);
    assertThat(verdict.getBoolean("compliant")).isFalse();
    assertThat(verdict.getString("rule")).isEqualTo("35KV_SUM_10");
    assertThat(verdict.getJsonNumber("sumDeviationPercent").bigDecimalValue())
        .isEqualByComparingTo("11.82");
    assertThat(verdict.getJsonNumber("exceededByPercent").bigDecimalValue())
        .isEqualByComparingTo("1.82");
  }

  @ParameterizedTest(name = "{0} -> names {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"supply\":\"SINGLE_PHASE_220V\",\"nominalVolts\":220,\"maxVolts\":200,\"minVolts\":210} | maxVolts",
        "{\"supply\":\"TWO_PHASE\",\"nominalVolts\":220,\"maxVolts\":230,\"minVolts\":210} | supply",
        "{\"nominalVolts\":220,\"maxVolts\":230,\"minVolts\":210} | supply",
        "{\"supply\":\"SINGLE_PHASE_220V\",\"nominalVolts\":0,\"maxVolts\":230,\"minVolts\":210} | nominalVolts",
        "{\"supply\":\"SINGLE_PHASE_220V\",\"nominalVolts\":10000,\"maxVolts\":10500,\"minVolts\":9500} | nominalVolts",
        "{\"supply\":\"SINGLE_PHASE_220V\",\"nominalVolts\":220,\"maxVolts\":230} | minVolts",
      })
  void impossibleInputAnswers400NamingTheField(String body, String field) {
    HttpResponse<String> response = handler.post("/api/voltage-check", body);
    assertThat(response.statusCode()).isEqualTo(400);
    JsonObject error = Http.json(response);
    assertThat(error.getJsonObject("fields").containsKey(field)).isTrue();
    // a message key for now (invalid.voltage.<field>.<problem>); its text once messages are
    // resolved
    assertThat(error.getJsonObject("fields").getString(field)).isNotBlank();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{not json",
        "{\"supply\":\"SINGLE_PHASE_220V\",\"nominalVolts\":\"two hundred\",\"maxVolts\":230,\"minVolts\":210}",
        "{\"supply\":\"SINGLE_PHASE_220V\",\"nominalVolts\":220,\"maxVolts\":true,\"minVolts\":210}",
        "[220, 230, 210]",
      })
  void badJsonAnswers400WithAMessage(String body) {
    HttpResponse<String> response = handler.post("/api/voltage-check", body);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.json(response).getString("message")).isNotBlank();
  }

  @Test
  void noBodyAnswers400() {
    HttpResponse<String> response = handler.post("/api/voltage-check", null);
    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void whoMayAsk() {
    String body =
        "{\"supply\":\"THREE_PHASE_10KV_AND_BELOW\",\"nominalVolts\":380,\"maxVolts\":406.6,\"minVolts\":353.4}";
    for (String user :
        new String[] {
          "handler", "agent", "dispatcher", "technician", "manager", "custmgr", "auditor"
        }) {
      HttpResponse<String> response = basic(user).post("/api/voltage-check", body);
      assertThat(response.statusCode()).as(user).isEqualTo(200);
      assertThat(Http.json(response).getBoolean("compliant")).as(user).isTrue();
    }
    assertThat(basic("admin").post("/api/voltage-check", body).statusCode()).isEqualTo(403);
    assertThat(anonymous().post("/api/voltage-check", body).statusCode()).isEqualTo(401);
  }

  @Test
  void theEndpointIsDescribedByOpenApi() {
    HttpResponse<String> openApi = anonymous().get("/openapi");
    assertThat(openApi.statusCode()).isEqualTo(200);
    assertThat(openApi.body()).contains("/api/voltage-check");
  }
}
