package org.corroborate.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A preserved original and its extracted text. The id is the SHA-256 of the original bytes, so
 * identical files are one document however many names they arrived under.
 *
 * @param names paths relative to the ingested folder under which these bytes arrived, first first
 * @param url where the investigator collected it, or null
 * @param publisher who published it, or null
 */
public record Document(
    String id,
    List<String> names,
    long size,
    Extraction extraction,
    SourceKind sourceKind,
    String url,
    String publisher,
    Instant ingestedAt) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public Document {
    requireSha256(id);
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("a document has at least one name; got none for " + id);
    }
    if (size < 0) {
      throw new IllegalArgumentException("size must be non-negative; got " + size);
    }
    Objects.requireNonNull(extraction, "extraction");
    Objects.requireNonNull(sourceKind, "sourceKind");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
  }

  /** The name it first arrived under. */
  public String name() {
    return names.get(0);
  }

  public String text() {
    return extraction.text();
  }

  public Optional<PublicationDate> published() {
    return extraction.published();
  }

  /** Checks that {@code id} is a lower-case hex SHA-256 and returns it. */
  public static String requireSha256(String id) {
    if (id == null || !SHA256.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "a document id is a lower-case hex SHA-256 of 64 characters; got " + id);
    }
    return id;
  }
}
