package cn.gridservice.desk.tasklist.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The file part of an upload, read from the raw body with a hard limit. */
class MultipartFileTest {

  private static final String BOUNDARY = "----GsdBoundary7MA4YWxkTrZu0gW";
  private static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

  @Test
  void theFilePartIsFoundAmongOtherPartsWithItsBytesIntact() throws IOException {
    // bytes that look like line ends and a boundary's start must come through as they are
    byte[] file = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', '-', '-', 0, '\r', '\n', '\r', '\n', (byte) 0xff
    };
    byte[] body =
        body(
            part("note", null, "看一下".getBytes(StandardCharsets.UTF_8)),
            part("file", "现场照片.png", file));

    MultipartFile part =
        MultipartFile.read(new ByteArrayInputStream(body), CONTENT_TYPE, "file", 10_000)
            .orElseThrow();

    assertThat(part.fileName()).isEqualTo("现场照片.png");
    assertThat(part.size()).isEqualTo(file.length);
    assertThat(part.content().readAllBytes()).isEqualTo(file);
  }

  @Test
  void aQuotedBoundaryAndAnExtendedFileNameAreUnderstood() throws IOException {
    byte[] body =
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"fallback.pdf\";"
                + " filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\r\n--"
                + BOUNDARY
                + "--\r\n")
            .getBytes(StandardCharsets.UTF_8);

    MultipartFile part =
        MultipartFile.read(
                new ByteArrayInputStream(body),
                "multipart/form-data; charset=UTF-8; boundary=\"" + BOUNDARY + "\"",
                "file",
                10_000)
            .orElseThrow();

    assertThat(part.fileName()).isEqualTo("报告.pdf");
    assertThat(new String(part.content().readAllBytes(), StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-1.7");
  }

  @Test
  void aBodyWithoutTheFilePartHasNoFile() {
    byte[] body = body(part("note", null, "only a note".getBytes(StandardCharsets.UTF_8)));

    assertThat(MultipartFile.read(new ByteArrayInputStream(body), CONTENT_TYPE, "file", 10_000))
        .isEqualTo(Optional.empty());
  }

  @Test
  void somethingElseThanMultipartIsRefused() {
    ByteArrayInputStream json = new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> MultipartFile.read(json, "application/json", "file", 100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MultipartFile.read(json, "multipart/form-data", "file", 100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                MultipartFile.read(
                    new ByteArrayInputStream("no boundary here".getBytes(StandardCharsets.UTF_8)),
                    CONTENT_TYPE,
                    "file",
                    100))
        .isInstanceOf(IllegalArgumentException.class);
    byte[] cut =
        ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end")
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(
            () -> MultipartFile.read(new ByteArrayInputStream(cut), CONTENT_TYPE, "file", 100))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBodyOverTheLimitIsRefusedWhileReadingIt() {
    byte[] body = body(part("file", "big.png", new byte[5_000]));
    int[] read = {0};
    InputStream counting =
        new ByteArrayInputStream(body) {
          @Override
          public synchronized int read(byte[] buffer, int offset, int length) {
            int n = super.read(buffer, offset, length);
            read[0] += Math.max(n, 0);
            return n;
          }
        };

    assertThatThrownBy(() -> MultipartFile.read(counting, CONTENT_TYPE, "file", 1_000))
        .isInstanceOf(MultipartFile.TooLarge.class);
    assertThat(read[0]).isEqualTo(1_001);
    assertThat(
            MultipartFile.read(new ByteArrayInputStream(body), CONTENT_TYPE, "file", body.length))
        .isPresent();
  }

  private static byte[] part(String name, String fileName, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String headers =
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\""
            + (fileName == null ? "" : "; filename=\"" + fileName + "\"")
            + "\r\n"
            + (fileName == null ? "" : "Content-Type: application/octet-stream\r\n")
            + "\r\n";
    out.writeBytes(headers.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static byte[] body(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }
}
