package cn.gridservice.desk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gridservice.desk.testsupport.InMemoryEngine;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A task's attachments ({@link TaskAttachments}): typed by content, 10 MB at most, on a real engine
 * in memory.
 */
@Deployment(resources = "tasklist/taskActionsProbe.bpmn")
class TaskAttachmentsTest extends TaskActionsFixture {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE =
      ProcessEngineExtension.builder().useProcessEngine(InMemoryEngine.get()).build();

  @Test
  void aPhotoNamedPdfIsAcceptedAsThePhotoItIs() {
    String task = agentTask();
    byte[] photo = png(2048);

    TaskAttachments.AttachmentInfo attached =
        attachments.attach(task, "C:\\fakepath\\电表照片.pdf", new ByteArrayInputStream(photo), AGENT);

    assertThat(attached.contentType()).isEqualTo("image/png");
    assertThat(attached.name()).isEqualTo("电表照片.png");
    assertThat(attached.size()).isEqualTo(2048);
    assertThat(attached.addedBy()).isEqualTo("agent");
    assertThat(attachments.attachments(task, AGENT2))
        .extracting(TaskAttachments.AttachmentInfo::id)
        .containsExactly(attached.id());

    TaskAttachments.AttachmentContent download =
        attachments.download(task, attached.id(), AGENT2).orElseThrow();
    assertThat(download.content()).isEqualTo(photo);
    assertThat(download.contentType()).isEqualTo("image/png");
    assertThat(download.name()).isEqualTo("电表照片.png");
    assertThat(download.contentDisposition())
        .isEqualTo(
            "attachment; filename=\"____.png\"; filename*=UTF-8''%E7%94%B5%E8%A1%A8%E7%85%A7%E7%89%87.png");
    assertThat(attachments.download(task, "no-such-attachment", AGENT)).isEmpty();
  }

  @Test
  void textNamedPngIsRefusedByItsContent() {
    String task = agentTask();
    byte[] text = "这不是图片，只是一段文字。\nJust text.\n".getBytes(StandardCharsets.UTF_8);

    assertRefused(
        () -> attachments.attach(task, "photo.png", new ByteArrayInputStream(text), AGENT),
        "file",
        "invalid.attachment.type");
    assertRefused(
        () -> attachments.attach(task, "empty.png", new ByteArrayInputStream(new byte[0]), AGENT),
        "file",
        "invalid.attachment.empty");
    assertThat(attachments.attachments(task, AGENT)).isEmpty();
  }

  @Test
  void jpegWebpAndPdfAreTakenByTheirContentWhateverTheirName() {
    String task = agentTask();

    assertThat(
            attachments
                .attach(task, "scan", new ByteArrayInputStream(jpeg(500)), AGENT)
                .contentType())
        .isEqualTo("image/jpeg");
    assertThat(
            attachments
                .attach(task, "photo.jpeg", new ByteArrayInputStream(jpeg(500)), AGENT)
                .name())
        .isEqualTo("photo.jpeg");
    assertThat(attachments.attach(task, "photo.png", new ByteArrayInputStream(webp(500)), AGENT))
        .extracting(
            TaskAttachments.AttachmentInfo::contentType, TaskAttachments.AttachmentInfo::name)
        .containsExactly("image/webp", "photo.webp");
    assertThat(
            attachments.attach(task, "../../etc/报告.docx", new ByteArrayInputStream(pdf()), AGENT))
        .extracting(
            TaskAttachments.AttachmentInfo::contentType, TaskAttachments.AttachmentInfo::name)
        .containsExactly("application/pdf", "报告.pdf");
    assertRefused(
        () -> attachments.attach(task, "archive.pdf", new ByteArrayInputStream(zip()), AGENT),
        "file",
        "invalid.attachment.type");
  }

  @Test
  void exactlyTenMegabytesAreAcceptedAndOneByteMoreIsRefused() {
    String task = agentTask();

    TaskAttachments.AttachmentInfo limit =
        attachments.attach(task, "big.png", new ByteArrayInputStream(png(10 * MB)), AGENT);
    assertThat(limit.size()).isEqualTo(10L * MB);

    CountingStream tooBig = new CountingStream(png(10 * MB + 1));
    assertRefused(
        () -> attachments.attach(task, "bigger.png", tooBig, AGENT),
        "file",
        "invalid.attachment.tooLarge");
    assertThat(attachments.attachments(task, AGENT)).hasSize(1);

    // the limit is kept while reading: a far larger upload is not read to its end
    CountingStream huge = new CountingStream(png(30 * MB));
    assertRefused(
        () -> attachments.attach(task, "huge.png", huge, AGENT),
        "file",
        "invalid.attachment.tooLarge");
    assertThat(huge.read).isEqualTo(10L * MB + 1);
  }
}
