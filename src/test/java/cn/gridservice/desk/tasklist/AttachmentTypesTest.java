package cn.gridservice.desk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Types from the content, and names fit to store and to download. */
class AttachmentTypesTest {

  @Test
  void theTypeComesFromTheBytes() {
    assertThat(AttachmentTypes.detect(TaskActionsFixture.png(100))).isEqualTo("image/png");
    assertThat(AttachmentTypes.detect(TaskActionsFixture.jpeg(100))).isEqualTo("image/jpeg");
    assertThat(AttachmentTypes.detect(TaskActionsFixture.webp(100))).isEqualTo("image/webp");
    assertThat(AttachmentTypes.detect(TaskActionsFixture.pdf())).isEqualTo("application/pdf");
    assertThat(
            AttachmentTypes.detect(
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
        .isNotIn(AttachmentTypes.ALLOWED.keySet());
    assertThat(AttachmentTypes.detect(new byte[] {1, 2, 3, 4, 5}))
        .isEqualTo("application/octet-stream");
  }

  @Test
  void aNameLosesItsFoldersAndGetsTheExtensionOfItsContent() {
    assertThat(AttachmentTypes.safeFileName("C:\\Users\\wang\\Desktop\\现场.JPG", "image/jpeg"))
        .isEqualTo("现场.jpg");
    assertThat(AttachmentTypes.safeFileName("/tmp/../../etc/passwd", "application/pdf"))
        .isEqualTo("passwd.pdf");
    assertThat(AttachmentTypes.safeFileName("meter.pdf", "image/png")).isEqualTo("meter.png");
    assertThat(AttachmentTypes.safeFileName("photo.jpeg", "image/jpeg")).isEqualTo("photo.jpeg");
    assertThat(AttachmentTypes.safeFileName("a\"b;c\r\n.png", "image/png"))
        .isEqualTo("a_b_c__.png");
    assertThat(AttachmentTypes.safeFileName(".hidden", "image/png")).isEqualTo("hidden.png");
    assertThat(AttachmentTypes.safeFileName(null, "application/pdf")).isEqualTo("attachment.pdf");
    assertThat(AttachmentTypes.safeFileName("   ", "application/pdf")).isEqualTo("attachment.pdf");
    assertThat(AttachmentTypes.safeFileName("报".repeat(300) + ".pdf", "application/pdf"))
        .hasSize(120)
        .endsWith("报.pdf");
  }
}
