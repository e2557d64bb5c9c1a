package cn.gridservice.desk.security;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Hashes staff passwords as bcrypt in modular-crypt form ({@code $2a$10$...}), which the Elytron
 * JDBC realm verifies through its modular-crypt mapper (server-config/security.cli).
 */
public final class PasswordHashing {

  static final int COST = 10;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final WildFlyElytronPasswordProvider PROVIDER =
      WildFlyElytronPasswordProvider.getInstance();

  private PasswordHashing() {}

  public static String hash(String password) {
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("password is required");
    }
    try {
      byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
      RANDOM.nextBytes(salt);
      PasswordFactory factory =
          PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
      BCryptPassword hashed =
          (BCryptPassword)
              factory.generatePassword(
                  new EncryptablePasswordSpec(
                      password.toCharArray(), new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
      return ModularCrypt.encodeAsString(hashed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("bcrypt is not available", e);
    }
  }

  public static boolean matches(String password, String modularCrypt) {
    try {
      PasswordFactory factory =
          PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
      BCryptPassword stored = (BCryptPassword) factory.translate(ModularCrypt.decode(modularCrypt));
      return factory.verify(stored, password.toCharArray());
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
