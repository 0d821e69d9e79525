package org.corroborate.ingest;

import java.util.Objects;

/**
 * A file that cannot be ingested, with why and what the investigator can do about it. The message
 * is {@code reason + "; " + advice}, so a caller prints {@code NAME: message}; the reason never
 * repeats the file's name.
 */
public final class RejectedFileException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String reason;
  private final String advice;

  public RejectedFileException(String reason, String advice) {
    this(reason, advice, null);
  }

  /** As {@link #RejectedFileException(String, String)}, keeping the parser's failure as cause. */
  public RejectedFileException(String reason, String advice, Throwable cause) {
    super(
        Objects.requireNonNull(reason, "reason") + "; " + Objects.requireNonNull(advice, "advice"),
        cause);
    this.reason = reason;
    this.advice = advice;
  }

  /** What is wrong with the file, e.g. {@code "the file is empty (0 bytes)"}. */
  public String reason() {
    return reason;
  }

  /** What to do about it, e.g. {@code "unpack it and ingest the folder"}. */
  public String advice() {
    return advice;
  }
}
