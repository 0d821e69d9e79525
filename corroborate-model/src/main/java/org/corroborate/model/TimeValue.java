package org.corroborate.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A point in time as precisely as a source gives it: ISO 8601 to that precision ({@code 2013},
 * {@code 2013-09}, {@code 2013-09-01}, {@code 2013-09-01T06}, {@code 2013-09-01T06:00}). Midnight
 * at the end of a day is written {@code T24:00} on that day, as a source that says "midnight on 31
 * August" means.
 */
public record TimeValue(String iso, TimePrecision precision, boolean approximate) {

  private static final Pattern ISO =
      Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}(:\\d{2})?)?)?)?");

  public TimeValue {
    Objects.requireNonNull(iso, "iso");
    Objects.requireNonNull(precision, "precision");
    if (!ISO.matcher(iso).matches()) {
      throw new IllegalArgumentException(
          "a time value is ISO 8601 from year to minute, e.g. 2013-09-01T06:00; got " + iso);
    }
    int expected =
        switch (precision) {
          case YEAR -> 4;
          case MONTH -> 7;
          case DAY -> 10;
          case HOUR -> 13;
          case MINUTE -> 16;
          case UNKNOWN -> iso.length();
        };
    if (iso.length() != expected) {
      throw new IllegalArgumentException(
          "precision " + precision.label() + " does not fit the value " + iso);
    }
  }
}
