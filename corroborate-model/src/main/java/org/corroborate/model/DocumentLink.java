package org.corroborate.model;

import java.util.Objects;

/**
 * Text shared by two documents. For a shared passage the spans are the passage in each document;
 * for a near-duplicate they cover each whole text and {@code score} is the estimated Jaccard
 * similarity of their word shingles. {@code words} counts the words the spans share.
 */
public record DocumentLink(
    String from, Span fromSpan, String to, Span toSpan, LinkKind kind, int words, double score) {

  public DocumentLink {
    Document.requireSha256(from);
    Document.requireSha256(to);
    Objects.requireNonNull(fromSpan, "fromSpan");
    Objects.requireNonNull(toSpan, "toSpan");
    Objects.requireNonNull(kind, "kind");
    if (from.equals(to)) {
      throw new IllegalArgumentException("a document is not linked to itself: " + from);
    }
    if (words < 0 || score < 0 || score > 1) {
      throw new IllegalArgumentException(
          "words must be non-negative and score within [0,1]; got words="
              + words
              + ", score="
              + score);
    }
  }
}
