package org.corroborate.resolve;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.model.TimePrecision;
import org.corroborate.model.TimeValue;

/**
 * When an event mention happened, as precisely as its claims say, or — {@code weak} — only the day
 * of the report (the day its lead gives, else its publication date), which an incident precedes by
 * a few days at most. The range [{@link #first}, {@link #last}] holds every day the time allows;
 * {@code T24:00} (midnight at the end of a day) belongs to the next day.
 */
record MentionTime(TimeValue value, boolean weak) {

  MentionTime {
    Objects.requireNonNull(value, "value");
    if (weak && value.precision() != TimePrecision.DAY) {
      throw new IllegalArgumentException(
          "a report's day is a day; got " + value.precision().label());
    }
  }

  /** Reads a TIME claim's ISO value; empty when it is not a time from year to minute. */
  static Optional<TimeValue> parse(String iso) {
    TimePrecision precision =
        switch (iso.length()) {
          case 4 -> TimePrecision.YEAR;
          case 7 -> TimePrecision.MONTH;
          case 10 -> TimePrecision.DAY;
          case 13 -> TimePrecision.HOUR;
          case 16 -> TimePrecision.MINUTE;
          default -> null;
        };
    if (precision == null) {
      return Optional.empty();
    }
    try {
      TimeValue value = new TimeValue(iso, precision, false);
      lowerBound(value);
      return Optional.of(value);
    } catch (IllegalArgumentException | DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The weak time of a report's day: its lead's or its publication's. */
  static MentionTime reported(LocalDate date) {
    return new MentionTime(new TimeValue(date.toString(), TimePrecision.DAY, true), true);
  }

  /** The first instant the value allows; {@code 2013-08-31T24:00} is 1 September, 00:00. */
  static LocalDateTime lowerBound(TimeValue value) {
    String iso = value.iso();
    int year = Integer.parseInt(iso.substring(0, 4));
    int month = iso.length() >= 7 ? Integer.parseInt(iso.substring(5, 7)) : 1;
    int day = iso.length() >= 10 ? Integer.parseInt(iso.substring(8, 10)) : 1;
    int hour = iso.length() >= 13 ? Integer.parseInt(iso.substring(11, 13)) : 0;
    int minute = iso.length() >= 16 ? Integer.parseInt(iso.substring(14, 16)) : 0;
    if (hour == 24 && minute == 0) {
      return LocalDate.of(year, month, day).plusDays(1).atStartOfDay();
    }
    return LocalDateTime.of(year, month, day, hour, minute);
  }

  /** Whether the value names a day or an hour or minute of a day. */
  static boolean dayPrecise(TimeValue value) {
    return value.precision() == TimePrecision.DAY
        || value.precision() == TimePrecision.HOUR
        || value.precision() == TimePrecision.MINUTE;
  }

  boolean dayPrecise() {
    return dayPrecise(value);
  }

  LocalDateTime start() {
    return lowerBound(value);
  }

  /** The first day the time allows. */
  LocalDate first() {
    LocalDate from = start().toLocalDate();
    return switch (value.precision()) {
      case YEAR -> from.withDayOfYear(1);
      case MONTH -> from.withDayOfMonth(1);
      default -> from;
    };
  }

  /** The last day the time allows. */
  LocalDate last() {
    LocalDate from = start().toLocalDate();
    return switch (value.precision()) {
      case YEAR -> from.withDayOfYear(from.lengthOfYear());
      case MONTH -> from.withDayOfMonth(from.lengthOfMonth());
      default -> from;
    };
  }

  /**
   * Whether two times can be one incident's: two days (or finer) lie within the tolerance; a
   * publication date allows the days from {@code reportLagDays} before it to the tolerance after
   * it; a month or a year holds every day inside it ("2011-04" fits 2011-04-08, not 2011-05-01).
   */
  boolean compatible(MentionTime other, ResolveOptions options) {
    if (weak && other.weak) {
      return Math.abs(ChronoUnit.DAYS.between(first(), other.first())) <= options.reportLagDays();
    }
    if (!weak && !other.weak && dayPrecise() && other.dayPrecise()) {
      return Math.abs(ChronoUnit.DAYS.between(first(), other.first())) <= options.dayTolerance();
    }
    LocalDate from = windowFirst(options);
    LocalDate to = windowLast(options);
    LocalDate otherFrom = other.windowFirst(options);
    LocalDate otherTo = other.windowLast(options);
    return !from.isAfter(otherTo) && !otherFrom.isAfter(to);
  }

  /** How far apart two compatible times are, in days: 0 for the same day, month or year. */
  long distance(MentionTime other) {
    if (!dayPrecise() || !other.dayPrecise()) {
      return 0;
    }
    return Math.abs(ChronoUnit.DAYS.between(first(), other.first()));
  }

  /** The days a matching time may fall on: a publication date reaches back over the lag. */
  private LocalDate windowFirst(ResolveOptions options) {
    return weak ? first().minusDays(options.reportLagDays()) : first();
  }

  private LocalDate windowLast(ResolveOptions options) {
    return weak ? last().plusDays(options.dayTolerance()) : last();
  }

  /**
   * Block keys on the time axis, in two roles so that a coarse time meets the finer times inside it
   * without every fine time meeting every other: a month-or-finer time is {@code M:} each month its
   * window touches (widened by the tolerance) and inside ({@code Yin:}) its years; a year-precise
   * time is at ({@code Yat:}) its year.
   */
  List<String> registerKeys(ResolveOptions options) {
    List<String> keys = new ArrayList<>();
    if (value.precision() == TimePrecision.YEAR) {
      keys.add("Yat:" + first().getYear());
      return keys;
    }
    keys.addAll(months(options));
    for (int y = first().getYear(); y <= last().getYear(); y++) {
      keys.add("Yin:" + y);
    }
    return keys;
  }

  /** The keys under which compatible times are registered (see {@link #registerKeys}). */
  List<String> lookupKeys(ResolveOptions options) {
    List<String> keys = new ArrayList<>();
    if (value.precision() == TimePrecision.YEAR) {
      keys.add("Yat:" + first().getYear());
      keys.add("Yin:" + first().getYear());
      return keys;
    }
    keys.addAll(months(options));
    for (int y = first().getYear(); y <= last().getYear(); y++) {
      keys.add("Yat:" + y);
    }
    return keys;
  }

  private List<String> months(ResolveOptions options) {
    int reach = options.dayTolerance() + (weak ? options.reportLagDays() : 0);
    YearMonth from = YearMonth.from(first().minusDays(reach));
    YearMonth to = YearMonth.from(last().plusDays(reach));
    List<String> keys = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      keys.add("M:" + m);
    }
    return keys;
  }
}
