package org.corroborate.nlp.time;

import java.time.LocalDate;
import java.util.Objects;
import org.corroborate.model.TimeValue;

/**
 * A resolved expression: its place in the text, its value, its note, and its day when the value
 * names one (day, hour or minute precision), for later expressions counted from it.
 */
record Resolved(int start, int end, TimeValue value, String note, LocalDate day) {

  Resolved {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(note, "note");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "start must be non-negative, and end must be >= start; got " + start + ", " + end);
    }
  }

  int year() {
    return Integer.parseInt(value.iso().substring(0, 4));
  }
}
