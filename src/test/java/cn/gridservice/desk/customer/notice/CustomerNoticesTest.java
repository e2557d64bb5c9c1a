package cn.gridservice.desk.customer.notice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.customer.domain.Area;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What customers are told, in which words, and through which channel. */
class CustomerNoticesTest {

  private static final Instant NINE = Instant.parse("2026-12-03T01:00:00Z"); // 09:00 Beijing time
  private static final Instant ELEVEN = Instant.parse("2026-12-03T03:00:00Z");

  private final Customer withMail =
      new Customer("3301000001", "张建华", CustomerCategory.RESIDENTIAL, Area.URBAN)
          .contact("张建华", "13805710001", "zhang@example.cn", "杭州市西湖区文三路88号");
  private final Customer landlineOnly =
      new Customer("3303000001", "钱江化工", CustomerCategory.HIGH_VOLTAGE_SINGLE_SOURCE, Area.URBAN)
          .contact("马工", "057186000021", null, "杭州市钱塘区");

  /** A channel that records instead of sending. */
  static final class Recording implements NoticeChannel {
    final String name;
    final java.util.function.Function<Customer, Optional<String>> address;
    final List<String> sent = new ArrayList<>();

    Recording(String name, java.util.function.Function<Customer, Optional<String>> address) {
      this.name = name;
      this.address = address;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Optional<String> address(Customer customer) {
      return address.apply(customer);
    }

    @Override
    public void sendAfterCommit(String to, NoticeText text) {
      sent.add(to + " " + text.subject());
    }
  }

  @Test
  void aVisitNoticeNamesTheCaseAndTheWindowInChineseFirstThenEnglish() {
    NoticeText text =
        NoticeTexts.compose(CustomerNotice.visitScheduled("SH-2026-000123", NINE, ELEVEN));

    assertThat(text.subject())
        .isEqualTo(
            "工单 SH-2026-000123 已预约上门：2026-12-03 09:00–11:00 | Case SH-2026-000123: visit booked for 2026-12-03 09:00–11:00");
    assertThat(text.body())
        .startsWith("尊敬的客户：")
        .contains("2026-12-03 09:00–11:00 上门服务")
        .contains("Dear customer,");
    assertThat(text.body().indexOf("尊敬的客户")).isLessThan(text.body().indexOf("Dear customer"));
    assertThat(text.shortText()).startsWith("【供电服务】工单 SH-2026-000123 已预约 2026-12-03 09:00–11:00");
  }

  @Test
  void aMovedVisitSaysFromWhenToWhen() {
    Instant tomorrowNine = NINE.plusSeconds(86_400);
    NoticeText text =
        NoticeTexts.compose(
            CustomerNotice.visitMoved(
                "SH-2026-000123", tomorrowNine, tomorrowNine.plusSeconds(3600), NINE, ELEVEN));

    assertThat(text.body())
        .contains("已由 2026-12-03 09:00–11:00 改为 2026-12-04 09:00–10:00")
        .contains("has moved from 2026-12-03 09:00–11:00 to 2026-12-04 09:00–10:00");
  }

  @Test
  void aWindowOverMidnightShowsBothDays() {
    assertThat(
            NoticeTexts.window(
                Instant.parse("2026-12-03T14:00:00Z"), Instant.parse("2026-12-03T17:00:00Z")))
        .isEqualTo("2026-12-03 22:00–2026-12-04 01:00");
  }

  @Test
  void aComplaintNoticeGivesTheReplyLimit() {
    NoticeText text =
        NoticeTexts.compose(
            CustomerNotice.complaintRegistered(
                "TS-2026-000007", Instant.parse("2026-12-11T09:30:00Z")));

    assertThat(text.subject()).contains("TS-2026-000007");
    assertThat(text.body()).contains("最迟于 2026-12-11 17:30 前答复").contains("by 2026-12-11 17:30");
  }

  @Test
  void everyKindHasEveryTextInBothLanguagesAndNoPlaceholderIsLeft() throws IOException {
    Properties zh = load("notices_zh.properties");
    Properties en = load("notices_en.properties");
    assertThat(zh.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
    for (NoticeKind kind : NoticeKind.values()) {
      for (String part : List.of("subject", "body", "sms")) {
        assertThat(zh).containsKey("notice." + kind + "." + part);
      }
      NoticeText text =
          NoticeTexts.compose(new CustomerNotice(kind, "X-1", NINE, ELEVEN, NINE, ELEVEN, ELEVEN));
      Stream.of(text.subject(), text.body(), text.shortText())
          .forEach(t -> assertThat(t).doesNotContainPattern("\\{\\d"));
    }
  }

  @Test
  void everyChannelThatReachesTheCustomerIsUsedAndTheTimelineSaysHow() {
    Recording mail = new Recording("MAIL", c -> Optional.ofNullable(c.email()));
    Recording sms =
        new Recording(
            "SMS", c -> c.phone().startsWith("1") ? Optional.of(c.phone()) : Optional.empty());
    CustomerNotices notices = new CustomerNotices(List.of(mail, sms));

    CustomerNotices.Delivery delivery =
        notices.tell(withMail, CustomerNotice.caseAccepted("SH-2026-000123"));

    assertThat(delivery.mustCall()).isFalse();
    assertThat(delivery.sentVia()).containsExactly("MAIL zhang@example.cn", "SMS 13805710001");
    assertThat(delivery.detail())
        .isEqualTo("CASE_ACCEPTED: MAIL zhang@example.cn, SMS 13805710001");
    assertThat(mail.sent)
        .singleElement()
        .asString()
        .startsWith("zhang@example.cn 您的服务申请 SH-2026-000123 已受理");
  }

  @Test
  void aCustomerNoChannelReachesIsToBeCalled() {
    Recording mail = new Recording("MAIL", c -> Optional.ofNullable(c.email()));
    CustomerNotices notices = new CustomerNotices(List.of(mail));

    CustomerNotices.Delivery delivery =
        notices.tell(landlineOnly, CustomerNotice.caseAccepted("SH-2026-000124"));

    assertThat(delivery.mustCall()).isTrue();
    assertThat(delivery.detail()).contains("tell the customer by phone");
    assertThat(mail.sent).isEmpty();
  }

  @Test
  void aBrokenChannelNeverFailsTheStep() {
    NoticeChannel broken =
        new Recording(
            "SMS",
            c -> {
              throw new IllegalStateException("gateway down");
            });
    Recording mail = new Recording("MAIL", c -> Optional.ofNullable(c.email()));

    CustomerNotices.Delivery delivery =
        new CustomerNotices(List.of(broken, mail))
            .tell(withMail, CustomerNotice.caseAccepted("SH-2026-000125"));

    assertThat(delivery.sentVia()).containsExactly("MAIL zhang@example.cn");
  }

  @Test
  void theMailChannelNeedsAnAddress() {
    MailChannel channel = new MailChannel(null);

    assertThat(channel.address(withMail)).hasValue("zhang@example.cn");
    assertThat(channel.address(landlineOnly)).isEmpty();
    assertThat(Set.of(channel.name())).containsExactly("MAIL");
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        Files.newBufferedReader(Path.of("src/main/resources/i18n", name), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
