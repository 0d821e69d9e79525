package org.corroborate.model;

import java.util.Objects;

/**
 * A time written in a document, normalised: "around midnight on Saturday 31 August 2013", "on
 * Tuesday", "two years ago". {@code note} says what a reader should know, such as a weekday that
 * contradicts its date; it is empty when there is nothing to say. {@code ofStatement} marks the
 * date of a statement rather than of what it reports: "police said Thursday".
 */
public record TimeMention(
    Span span, String text, TimeValue value, String note, boolean ofStatement) {

  public TimeMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    note = note == null ? "" : note;
  }
}
