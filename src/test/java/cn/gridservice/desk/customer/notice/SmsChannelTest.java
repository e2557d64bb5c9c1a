package cn.gridservice.desk.customer.notice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.customer.domain.Area;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SMS reaches mobile numbers only, only with a sender configured, and a failing gateway is only
 * logged.
 */
class SmsChannelTest {

  private final Customer mobile =
      new Customer("3301000001", "张建华", CustomerCategory.RESIDENTIAL, Area.URBAN)
          .contact("张建华", "138-0571-0001", null, null);
  private final Customer landline =
      new Customer("3303000001", "钱江化工", CustomerCategory.HIGH_VOLTAGE_SINGLE_SOURCE, Area.URBAN)
          .contact("马工", "0571-86000021", null, null);

  @Test
  void withoutASenderNoCustomerIsReachedBySms() {
    SmsChannel none = new SmsChannel(null, Runnable::run);

    assertThat(none.address(mobile)).isEmpty();
  }

  @Test
  void aSenderReachesMobileNumbersButNotLandlines() {
    List<String> sent = new ArrayList<>();
    SmsChannel channel = new SmsChannel((to, text) -> sent.add(to + ": " + text), Runnable::run);

    assertThat(channel.address(mobile)).hasValue("138-0571-0001");
    assertThat(channel.address(landline)).isEmpty();
    channel.sendAfterCommit(
        "138-0571-0001", NoticeTexts.compose(CustomerNotice.caseAccepted("SH-2026-000123")));
    assertThat(sent)
        .singleElement()
        .asString()
        .startsWith("138-0571-0001: 【供电服务】您的服务申请 SH-2026-000123 已受理");
  }

  @Test
  void aFailingGatewayIsLoggedNotThrown() {
    SmsChannel channel =
        new SmsChannel(
            (to, text) -> {
              throw new IllegalStateException("gateway down");
            },
            Runnable::run);

    channel.sendAfterCommit("13805710001", new NoticeText("s", "b", "short"));
  }

  @Test
  void theLoggingSenderTakesEveryMessage() {
    assertThat(new LoggingSmsSender().send("13805710001", "测试")).isTrue();
  }
}
