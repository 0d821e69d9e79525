package org.corroborate.model;

import java.util.Objects;

/**
 * A run of a document's text of one kind. Segments of a document are ordered, do not overlap and
 * never cross a paragraph break; {@code paragraph} is the 0-based index of the paragraph holding
 * the segment, so a paragraph split into body and quotation keeps its identity.
 */
public record Segment(Span span, SegmentKind kind, int paragraph) {

  public Segment {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    if (paragraph < 0) {
      throw new IllegalArgumentException("paragraph must be non-negative; got " + paragraph);
    }
  }
}
