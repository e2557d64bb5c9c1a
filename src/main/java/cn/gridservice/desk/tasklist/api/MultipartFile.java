package cn.gridservice.desk.tasklist.api;

import cn.gridservice.desk.tasklist.TaskAttachments;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One file part of a {@code multipart/form-data} body, read from the raw request stream with a hard
 * limit: the body is read only up to {@code maxBodyBytes} (plus one byte to tell that there is
 * more), so an oversized upload is refused while it is read, never after buffering it whole.
 */
public final class MultipartFile {

  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

  private final String fileName;
  private final byte[] body;
  private final int offset;
  private final int length;

  private MultipartFile(String fileName, byte[] body, int offset, int length) {
    this.fileName = fileName;
    this.body = body;
    this.offset = offset;
    this.length = length;
  }

  /** The name the client gave (may contain a path or nothing at all). */
  public String fileName() {
    return fileName;
  }

  public int size() {
    return length;
  }

  public InputStream content() {
    return new ByteArrayInputStream(body, offset, length);
  }

  /** The body was larger than allowed; nothing beyond the limit was read. */
  public static class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("the request body is larger than " + limit + " bytes");
    }
  }

  /**
   * @param contentType the request's Content-Type with its {@code boundary} parameter
   * @return the part called {@code partName}, or empty when there is none
   * @throws TooLarge when the body holds more than {@code maxBodyBytes}
   * @throws IllegalArgumentException when the body is not multipart/form-data
   */
  public static Optional<MultipartFile> read(
      InputStream in, String contentType, String partName, long maxBodyBytes) {
    String boundary = boundary(contentType);
    byte[] body = TaskAttachments.readAtMost(in, maxBodyBytes);
    if (body == null) {
      throw new TooLarge(maxBodyBytes);
    }
    return parse(body, boundary, partName);
  }

  static Optional<MultipartFile> parse(byte[] body, String boundary, String partName) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    int position = indexOf(body, delimiter, 0);
    if (position < 0) {
      throw new IllegalArgumentException("the body is not multipart/form-data: no boundary");
    }
    while (true) {
      position += delimiter.length;
      if (startsWith(body, position, new byte[] {'-', '-'})) {
        return Optional.empty();
      }
      // the rest of the delimiter line (transport padding) up to its CRLF
      int lineEnd = indexOf(body, CRLF, position);
      if (lineEnd < 0) {
        throw new IllegalArgumentException("the multipart body ends inside a delimiter line");
      }
      int headersStart = lineEnd + 2;
      int contentStart;
      String headers;
      if (startsWith(body, headersStart, CRLF)) {
        headers = "";
        contentStart = headersStart + 2;
      } else {
        int headersEnd = indexOf(body, HEADER_END, headersStart);
        if (headersEnd < 0) {
          throw new IllegalArgumentException("the multipart body ends inside a part's headers");
        }
        headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
        contentStart = headersEnd + 4;
      }
      int contentEnd = indexOf(body, nextDelimiter, contentStart);
      if (contentEnd < 0) {
        throw new IllegalArgumentException(
            "the multipart body ends inside a part: no closing boundary");
      }
      Disposition disposition = disposition(headers);
      if (partName.equals(disposition.name)) {
        return Optional.of(
            new MultipartFile(disposition.fileName, body, contentStart, contentEnd - contentStart));
      }
      position = contentEnd + 2;
    }
  }

  static String boundary(String contentType) {
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      throw new IllegalArgumentException("send the file as multipart/form-data");
    }
    for (String parameter : split(contentType)) {
      int equals = parameter.indexOf('=');
      if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("boundary")) {
        String value = unquote(parameter.substring(equals + 1).strip());
        if (!value.isEmpty() && value.length() <= 70) {
          return value;
        }
      }
    }
    throw new IllegalArgumentException("multipart/form-data without a boundary");
  }

  private record Disposition(String name, String fileName) {}

  private static Disposition disposition(String headers) {
    for (String line : headers.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("Content-Disposition")) {
        String name = null;
        String fileName = null;
        String extendedFileName = null;
        for (String parameter : split(line.substring(colon + 1))) {
          int equals = parameter.indexOf('=');
          if (equals <= 0) {
            continue;
          }
          String key = parameter.substring(0, equals).strip().toLowerCase(Locale.ROOT);
          String value = parameter.substring(equals + 1).strip();
          switch (key) {
            case "name" -> name = unquote(value);
            case "filename" -> fileName = unquote(value);
            case "filename*" -> extendedFileName = extendedValue(value);
            default -> {
              // size, creation-date …: not needed
            }
          }
        }
        return new Disposition(name, extendedFileName != null ? extendedFileName : fileName);
      }
    }
    return new Disposition(null, null);
  }

  /** RFC 5987: {@code UTF-8''%E5%9B%BE.png}. */
  private static String extendedValue(String value) {
    int quote = value.indexOf("''");
    if (quote < 0 || !value.substring(0, quote).equalsIgnoreCase("UTF-8")) {
      return null;
    }
    try {
      return URLDecoder.decode(
          value.substring(quote + 2).replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Splits {@code a; b="x;y"; c} at the semicolons outside quotes. */
  private static List<String> split(String header) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (quoted && c == '\\' && i + 1 < header.length()) {
        current.append(c).append(header.charAt(++i));
        continue;
      }
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ';' && !quoted) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      StringBuilder plain = new StringBuilder();
      for (int i = 1; i < value.length() - 1; i++) {
        char c = value.charAt(i);
        if (c == '\\' && i + 1 < value.length() - 1) {
          c = value.charAt(++i);
        }
        plain.append(c);
      }
      return plain.toString();
    }
    return value;
  }

  private static boolean startsWith(byte[] data, int at, byte[] prefix) {
    if (at < 0 || at + prefix.length > data.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] data, byte[] wanted, int from) {
    byte first = wanted[0];
    int last = data.length - wanted.length;
    for (int i = Math.max(from, 0); i <= last; i++) {
      if (data[i] == first && startsWith(data, i, wanted)) {
        return i;
      }
    }
    return -1;
  }
}
