package org.corroborate.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.IntFunction;

/**
 * What one matched expression says about a time, before it is resolved against the document:
 * calendar fields as written, a shift from the publication date or from an earlier date, a time of
 * day. A working object of one {@link TimeExpressions#find} call, never shared.
 */
final class Piece {

  /** A part of the day, used to read "7 in the evening" as 19:00. */
  enum DayPart {
    MORNING,
    AFTERNOON,
    EVENING,
    NIGHT
  }

  int start;
  int end;

  /** Calendar fields as written; null when not written. */
  Integer year;

  Integer month;
  Integer day;

  /** A holiday that moves with the year: its day in a given year ("Thanksgiving"). */
  IntFunction<LocalDate> holiday;

  DayOfWeek weekday;

  /** Read from an ambiguous numeric date by the document's date order. */
  DateOrder ambiguousOrder;

  /** Relative to the publication date. */
  Integer daysAgo;

  /** Calendar weeks before the publication's week: "last week" is 1. */
  Integer weeksAgo;

  Integer monthsAgo;
  Integer yearsAgo;

  /** For a weekday alone: "last Tuesday" is strictly before publication, "Tuesday" on or before. */
  boolean strictlyBefore;

  /** For a weekday alone followed by "marks" or "will": on or after publication. */
  boolean onOrAfter;

  /** "A day after", "two days later": days from the latest earlier date in the text. */
  Integer shiftDays;

  /** "Two years later": years from the latest earlier date in the text. */
  Integer shiftYears;

  /** "The second anniversary" (exact day) or "seven years after" (year): the event's distance. */
  Integer eventYearsBefore;

  boolean anniversary;

  /**
   * "The raid came six weeks after a massacre": the time is that of what follows, counted from the
   * date of the clause before, and not that clause's own.
   */
  boolean datesWhatFollows;

  /** Time of day: hour 0 to 23 with minute, or midnight at the end of the day. */
  Integer hour;

  Integer minute;
  boolean midnight;
  boolean meridiem;
  DayPart part;

  boolean approximate;

  Piece(int start, int end) {
    this.start = start;
    this.end = end;
  }

  boolean hasClock() {
    return hour != null || midnight;
  }

  boolean hasDate() {
    return year != null
        || holiday != null
        || month != null
        || day != null
        || weekday != null
        || daysAgo != null
        || weeksAgo != null
        || monthsAgo != null
        || yearsAgo != null;
  }

  boolean isAnchored() {
    return shiftDays != null || shiftYears != null || eventYearsBefore != null;
  }

  /** A weekday with nothing else: "Saturday", "Thursday evening". */
  boolean isWeekdayOnly() {
    return weekday != null
        && year == null
        && month == null
        && day == null
        && daysAgo == null
        && weeksAgo == null
        && monthsAgo == null
        && yearsAgo == null;
  }

  boolean isYearOnly() {
    return year != null
        && holiday == null
        && month == null
        && weekday == null
        && daysAgo == null
        && weeksAgo == null;
  }

  boolean isMonthDayWithoutYear() {
    return year == null && month != null && day != null && yearsAgo == null;
  }
}
