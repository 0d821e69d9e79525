package org.corroborate.ingest;

/**
 * How much a single file may weigh and yield. Files over {@code maxBytes} are rejected before they
 * are read; extraction stops, and the file is rejected, once the text passes {@code maxChars},
 * which also stops decompression bombs.
 *
 * @param maxBytes the largest file accepted, in bytes
 * @param maxChars the most characters of text one file may yield
 */
public record ExtractionLimits(long maxBytes, int maxChars) {

  /** 100 MB (100 × 1024 × 1024 bytes) and 20,000,000 characters. */
  public static final ExtractionLimits DEFAULTS =
      new ExtractionLimits(100L * 1024 * 1024, 20_000_000);

  public ExtractionLimits {
    if (maxBytes <= 0 || maxChars <= 0) {
      throw new IllegalArgumentException(
          "maxBytes and maxChars must be positive; got maxBytes="
              + maxBytes
              + ", maxChars="
              + maxChars);
    }
  }
}
