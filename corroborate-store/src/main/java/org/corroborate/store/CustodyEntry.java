package org.corroborate.store;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.corroborate.model.Document;

/**
 * One line of the custody log: who did what to which document, and when.
 *
 * @param seq the entry's position in the log, from 1, without gaps
 * @param time when it was written, from the log's clock
 * @param actor who did it, e.g. the operating-system user name
 * @param action what was done, e.g. {@code ingest}
 * @param document the SHA-256 of the document concerned, or null
 * @param details further facts as name and value; kept sorted by name, which is also the order they
 *     are written in
 * @param prev the SHA-256 of the previous line's bytes, or {@link CustodyLog#FIRST_PREV} for the
 *     first line
 * @param hash the SHA-256 of this entry's line as written, without its newline
 */
public record CustodyEntry(
    long seq,
    Instant time,
    String actor,
    String action,
    String document,
    Map<String, String> details,
    String prev,
    String hash) {

  private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

  public CustodyEntry {
    if (seq < 1) {
      throw new IllegalArgumentException("seq must be 1 or more; got " + seq);
    }
    Objects.requireNonNull(time, "time");
    requireText(actor, "actor");
    requireText(action, "action");
    if (document != null) {
      Document.requireSha256(document);
    }
    Objects.requireNonNull(details, "details");
    TreeMap<String, String> sorted = new TreeMap<>();
    details.forEach(
        (name, value) -> {
          if (name == null || value == null) {
            throw new IllegalArgumentException(
                "details map names to values, neither null; got " + name + "=" + value);
          }
          sorted.put(name, value);
        });
    details = Collections.unmodifiableSortedMap(sorted);
    requireHex(prev, "prev");
    requireHex(hash, "hash");
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank; got \"" + value + "\"");
    }
  }

  private static void requireHex(String value, String name) {
    if (value == null || !HEX_SHA256.matcher(value).matches()) {
      throw new IllegalArgumentException(
          name + " must be a lower-case hex SHA-256 of 64 characters; got " + value);
    }
  }
}
