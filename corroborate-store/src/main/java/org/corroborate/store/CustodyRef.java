package org.corroborate.store;

/**
 * Which custody log line recorded an action, by sequence number and the SHA-256 of the line, so
 * that a log cut short after the fact is noticed.
 */
public record CustodyRef(long seq, String hash) {

  public CustodyRef {
    if (seq < 1) {
      throw new IllegalArgumentException("custody seq starts at 1; got " + seq);
    }
    if (hash == null || hash.length() != 64) {
      throw new IllegalArgumentException("custody hash is a 64-character SHA-256; got " + hash);
    }
  }
}
