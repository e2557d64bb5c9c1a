package cn.gridservice.desk.platform;

import java.util.regex.Pattern;

/**
 * What a phone number and an e-mail address must look like in this product: a mainland mobile
 * number (11 digits from 13…19), a landline with its area code ({@code 0571-86000021}, {@code
 * 057186000021}, an extension after {@code -} or {@code 转}), or a service number such as 95598;
 * e-mail as {@code name@domain.tld}. Spaces are not accepted inside a stored number.
 */
public final class ContactFormats {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}((-|转)\\d{1,6})?");
  private static final Pattern SERVICE = Pattern.compile("95\\d{3}|400-?\\d{3}-?\\d{4}");
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  private ContactFormats() {}

  public static boolean isPhone(String value) {
    return value != null
        && (MOBILE.matcher(value).matches()
            || LANDLINE.matcher(value).matches()
            || SERVICE.matcher(value).matches());
  }

  public static boolean isEmail(String value) {
    return value != null && value.length() <= 200 && EMAIL.matcher(value).matches();
  }

  /** Trimmed text, or null for blank input. */
  public static String clean(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
