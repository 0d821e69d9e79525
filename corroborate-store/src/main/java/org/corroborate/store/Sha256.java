package org.corroborate.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as this package writes it: lower-case hex. */
final class Sha256 {

  private Sha256() {}

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }

  static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The hash of {@code bytes[0, length)}. */
  static String of(byte[] bytes, int length) {
    MessageDigest digest = digest();
    digest.update(bytes, 0, length);
    return hex(digest);
  }
}
