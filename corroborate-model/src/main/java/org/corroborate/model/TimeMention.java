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

  /** The note of a statement's date in a mention's flat, stored form (see {@link Mention}). */
  public static final String OF_STATEMENT = "the date of a statement";

  /**
   * The note of a time that dates what follows it rather than the clause it stands in: "the raid
   * came six weeks after a massacre".
   */
  public static final String OF_WHAT_FOLLOWS = "the time of what follows, not of the clause before";

  /** The note of the date of an arrest, a charge or a hearing ("was charged Thursday"). */
  public static final String OF_LEGAL_STEP = "the date of an arrest, a charge or a hearing";

  public TimeMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    note = note == null ? "" : note;
  }
}
