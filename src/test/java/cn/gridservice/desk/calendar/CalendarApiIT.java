package cn.gridservice.desk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.testsupport.Http;
import cn.gridservice.desk.testsupport.ServerIT;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /api/calendar} from outside, on the seeded 2026 holidays. */
@RunAsClient
class CalendarApiIT extends ServerIT {

  private final Http agent = basic("agent");

  @ParameterizedTest(name = "{0} + {1} {2} = {3}")
  @CsvSource({
    // Friday before Spring Festival: Saturday 14 Feb is worked, 15-23 Feb off
    "2026-02-13T16:00:00+08:00, 1, WORKING_DAYS, 2026-02-14T17:30:00+08:00, false",
    "2026-02-13T16:00:00+08:00, 2, WORKING_DAYS, 2026-02-24T17:30:00+08:00, false",
    // 16:30 on the last day before National Day: 1 h that day, 3 h on 8 October
    "2026-09-30T16:30:00+08:00, 4, WORKING_HOURS, 2026-10-08T11:30:00+08:00, false",
    // a repair crew's arrival runs around the clock, also on a holiday
    "2026-10-01T23:30:00+08:00, 45, MINUTES, 2026-10-02T00:15:00+08:00, false",
    // a year without official data: weekends only, provisional
    "2030-03-01T10:00:00+08:00, 1, WORKING_DAYS, 2030-03-04T17:30:00+08:00, true",
  })
  void dueDatesFollowTheCalendar(
      String from, int amount, String unit, String due, boolean provisional) {
    HttpResponse<String> response =
        agent.get(
            "/api/calendar/due?from="
                + from.replace("+", "%2B")
                + "&amount="
                + amount
                + "&unit="
                + unit);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject answer = Http.json(response);
    assertThat(answer.getString("due")).isEqualTo(due);
    assertThat(answer.getBoolean("provisional")).isEqualTo(provisional);
  }

  @ParameterizedTest(name = "{0} -> names {1}")
  @CsvSource({
    "'amount=1&unit=WORKING_DAYS', from",
    "'from=yesterday&amount=1&unit=WORKING_DAYS', from",
    "'from=2026-02-13T16:00:00%2B08:00&unit=WORKING_DAYS', amount",
    "'from=2026-02-13T16:00:00%2B08:00&amount=-1&unit=WORKING_DAYS', amount",
    "'from=2026-02-13T16:00:00%2B08:00&amount=1', unit",
    "'from=2026-02-13T16:00:00%2B08:00&amount=1&unit=FORTNIGHTS', unit",
  })
  void badParametersAnswer400NamingTheParameter(String query, String parameter) {
    HttpResponse<String> response = agent.get("/api/calendar/due?" + query);
    assertThat(response.statusCode()).isEqualTo(400);
    JsonObject error = Http.json(response);
    assertThat(error.getJsonObject("fields").containsKey(parameter)).isTrue();
    assertThat(error.getString("message")).contains(parameter);
  }

  @Test
  void aYearListsItsDaysOffAndMakeUpDays() {
    JsonObject year = Http.json(agent.get("/api/calendar/2026"));
    assertThat(year.getBoolean("published")).isTrue();
    assertThat(year.getBoolean("provisional")).isFalse();
    assertThat(year.getJsonArray("entries").getValuesAs(JsonObject.class))
        .anySatisfy(
            e -> {
              assertThat(e.getString("date")).isEqualTo("2026-02-14");
              assertThat(e.getString("kind")).isEqualTo("MAKEUP_WORKDAY");
              assertThat(e.getString("name")).isEqualTo("春节");
            })
        .anySatisfy(
            e -> {
              assertThat(e.getString("date")).isEqualTo("2026-10-07");
              assertThat(e.getString("kind")).isEqualTo("DAY_OFF");
            });
    assertThat(Http.json(agent.get("/api/calendar/2035")).getBoolean("provisional")).isTrue();
  }

  @Test
  void onlyAnAdministratorChangesAYearAndBadEntriesAreRefusedWhole() {
    String body =
        "{\"source\":\"国务院办公厅关于2029年部分节假日安排的通知（测试）\",\"entries\":["
            + "{\"date\":\"2029-01-01\",\"kind\":\"DAY_OFF\",\"name\":\"元旦\"},"
            + "{\"date\":\"2029-01-06\",\"kind\":\"MAKEUP_WORKDAY\",\"name\":\"元旦\"}]}";
    assertThat(agent.put("/api/calendar/2029", body).statusCode()).isEqualTo(403);

    Http admin = basic("admin");
    String bad =
        "{\"source\":\"测试\",\"entries\":[{\"date\":\"2029-01-03\",\"kind\":\"MAKEUP_WORKDAY\",\"name\":\"元旦\"},"
            + "{\"date\":\"2028-12-31\",\"kind\":\"DAY_OFF\",\"name\":\"元旦\"}]}";
    HttpResponse<String> refused = admin.put("/api/calendar/2029", bad);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(Http.json(refused).getJsonObject("fields").keySet())
        .contains("entries[0]", "entries[1]");
    assertThat(Http.json(admin.get("/api/calendar/2029")).getBoolean("provisional")).isTrue();

    HttpResponse<String> saved = admin.put("/api/calendar/2029", body);
    assertThat(saved.statusCode()).isEqualTo(200);
    JsonObject year = Http.json(admin.get("/api/calendar/2029"));
    assertThat(year.getBoolean("published")).isTrue();
    assertThat(year.getString("updatedBy")).isEqualTo("admin");
    assertThat(year.getJsonArray("entries")).hasSize(2);
    // 2029-01-05 is a Friday; Saturday the 6th is now worked
    JsonObject due =
        Http.json(
            agent.get(
                "/api/calendar/due?from=2029-01-05T09:00:00%2B08:00&amount=1&unit=WORKING_DAYS"));
    assertThat(due.getString("due")).startsWith("2029-01-06T17:30");
    assertThat(due.getBoolean("provisional")).isFalse();
  }
}
