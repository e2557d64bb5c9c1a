package cn.gridservice.desk.tasklist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/**
 * The kinds of file a task takes as attachment — photos (PNG, JPEG, WebP) and PDF — told from the
 * content's magic bytes with Apache Tika. The file's name plays no part: a photo called {@code
 * report.pdf} is a photo, a text file called {@code photo.png} is refused.
 */
public final class AttachmentTypes {

  /** Allowed media type → the file name extension it is stored with. */
  static final Map<String, String> ALLOWED =
      Map.of(
          "image/png", "png",
          "image/jpeg", "jpg",
          "image/webp", "webp",
          "application/pdf", "pdf");

  /** Other extensions that are right for an allowed type and are kept as the user wrote them. */
  private static final Map<String, String> ALSO = Map.of("jpeg", "image/jpeg", "jpe", "image/jpeg");

  /**
   * Tika's own type registry with magic-byte detection only: no service loading of other detectors,
   * so it behaves the same in the server's class loaders as in the tests.
   */
  private static final MimeTypes REGISTRY =
      MimeTypes.getDefaultMimeTypes(AttachmentTypes.class.getClassLoader());

  private AttachmentTypes() {}

  /** The media type of the content as its bytes say, e.g. {@code image/png}, {@code text/plain}. */
  public static String detect(byte[] content) {
    // no resource name in the metadata: the decision rests on the bytes alone
    try (TikaInputStream in = TikaInputStream.get(content)) {
      return REGISTRY.detect(in, new Metadata()).getBaseType().toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the attachment", e);
    }
  }

  public static boolean isAllowed(String mediaType) {
    return ALLOWED.containsKey(mediaType);
  }

  /**
   * A file name fit to store and to offer for download: no folders, no control or reserved
   * characters, at most 120 characters, and an extension that matches the content's type.
   */
  public static String safeFileName(String original, String mediaType) {
    String name = original == null ? "" : original;
    // a browser or client may send the whole path (C:\Users\…\photo.png)
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder clean = new StringBuilder();
    name.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)
                  || "\"*:<>?|;".indexOf(c) >= 0
                  || Character.getType(c) == Character.FORMAT) {
                clean.append('_');
              } else {
                clean.appendCodePoint(c);
              }
            });
    name = clean.toString().strip();
    while (name.startsWith(".")) {
      name = name.substring(1);
    }
    String extension = ALLOWED.get(mediaType);
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    String given = dot > 0 ? name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
    if (extension != null && (given.equals(extension) || mediaType.equals(ALSO.get(given)))) {
      extension = given;
    }
    if (base.isBlank()) {
      base = "attachment";
    }
    int maxBase = 120 - (extension == null ? 0 : extension.length() + 1);
    if (base.codePointCount(0, base.length()) > maxBase) {
      base = base.substring(0, base.offsetByCodePoints(0, maxBase));
    }
    return extension == null ? base : base + "." + extension;
  }
}
