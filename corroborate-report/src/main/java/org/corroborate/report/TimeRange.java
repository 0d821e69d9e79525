package org.corroborate.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.corroborate.model.TimeValue;

/**
 * The stretch of time a {@link TimeValue} covers at its precision: "2013-09" covers September 2013,
 * "2013-09-01T06" the hour from six. {@code until} is exclusive. Midnight written {@code T24:00} is
 * the start of the next day.
 */
record TimeRange(LocalDateTime from, LocalDateTime until) {

  TimeRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (!until.isAfter(from)) {
      throw new IllegalArgumentException(
          "a time range ends after it starts; got " + from + " to " + until);
    }
  }

  static TimeRange of(TimeValue time) {
    String iso = time.iso();
    int year = Integer.parseInt(iso.substring(0, 4));
    if (iso.length() == 4) {
      LocalDateTime from = LocalDate.of(year, 1, 1).atStartOfDay();
      return new TimeRange(from, from.plusYears(1));
    }
    int month = Integer.parseInt(iso.substring(5, 7));
    if (iso.length() == 7) {
      LocalDateTime from = LocalDate.of(year, month, 1).atStartOfDay();
      return new TimeRange(from, from.plusMonths(1));
    }
    LocalDateTime day =
        LocalDate.of(year, month, Integer.parseInt(iso.substring(8, 10))).atStartOfDay();
    if (iso.length() == 10) {
      return new TimeRange(day, day.plusDays(1));
    }
    LocalDateTime hour = day.plusHours(Integer.parseInt(iso.substring(11, 13)));
    if (iso.length() == 13) {
      return new TimeRange(hour, hour.plusHours(1));
    }
    LocalDateTime minute = hour.plusMinutes(Integer.parseInt(iso.substring(14, 16)));
    return new TimeRange(minute, minute.plusMinutes(1));
  }

  /** The first day the range touches. */
  LocalDate firstDay() {
    return from.toLocalDate();
  }

  /** The last day the range touches. */
  LocalDate lastDay() {
    return until.minusNanos(1).toLocalDate();
  }

  /** How many calendar days lie between the first day of this and the last day of {@code end}. */
  long daysThrough(TimeRange end) {
    return ChronoUnit.DAYS.between(firstDay(), end.lastDay()) + 1;
  }
}
