package org.corroborate.nlp.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corroborate.model.TimeMention;
import org.corroborate.model.TimePrecision;
import org.corroborate.model.TimeValue;

/**
 * Gives a composed piece its value, from what it says and from the context: the publication date,
 * the story's year, and the expressions before it in the text. Empty when the piece cannot be
 * resolved (no publication date for "yesterday", no earlier date for "the following day", an
 * impossible date such as 31 April).
 */
final class Resolver {

  /** How far back to look for a year in which a written weekday fits its day and month. */
  private static final int WEEKDAY_CYCLE_YEARS = 28;

  private final TimeContext ctx;

  Resolver(TimeContext ctx) {
    this.ctx = ctx;
  }

  /**
   * @param earlier the expressions resolved before this one, in text order
   * @param sentence the other expressions of the same sentence, for anniversaries
   */
  Optional<Resolved> resolve(Piece p, List<Resolved> earlier, List<Resolved> sentence) {
    if (p.eventYearsBefore != null) {
      return Anniversaries.resolve(p, ctx.published(), sentence)
          .map(r -> p.datesWhatFollows ? ofWhatFollows(r) : r);
    }
    List<String> notes = new ArrayList<>();
    LocalDate published = ctx.published();
    TimeValue coarse = null;
    LocalDate day = null;
    if (p.shiftYears != null) {
      Resolved from = latest(earlier, false);
      if (from == null) {
        return Optional.empty();
      }
      notes.add("counted from " + from.value().iso() + ", the latest earlier date in the text");
      coarse = year(from.year() + p.shiftYears, true);
    } else if (p.shiftDays != null) {
      Resolved from = latest(earlier, true);
      if (from == null) {
        return Optional.empty();
      }
      notes.add("counted from " + from.day() + ", the latest earlier date in the text");
      day = from.day().plusDays(p.shiftDays);
    } else if (p.daysAgo != null || p.isWeekdayOnly()) {
      if (published == null) {
        return Optional.empty();
      }
      notes.add("relative to the publication date " + published);
      day = p.daysAgo != null ? published.minusDays(p.daysAgo) : lastWeekday(p, published);
    } else if (p.weeksAgo != null) {
      if (published == null) {
        return Optional.empty();
      }
      notes.add(
          "the month holding most of the week, relative to the publication date " + published);
      coarse = weekAgo(p.weeksAgo, published);
    } else if (p.monthsAgo != null || p.yearsAgo != null) {
      if (published == null) {
        return Optional.empty();
      }
      notes.add("relative to the publication date " + published);
      coarse = relativeCoarse(p, published);
    } else if (p.holiday != null) {
      day = holiday(p, notes);
      if (day == null) {
        return Optional.empty();
      }
    } else if (p.month != null && p.day != null) {
      day = calendarDay(p, notes);
      if (day == null) {
        return Optional.empty();
      }
    } else if (p.month != null) {
      Integer year = p.year != null ? p.year : inferYear(p.month, 1, null, notes);
      if (year == null) {
        return Optional.empty();
      }
      coarse = new TimeValue(YearMonth.of(year, p.month).toString(), TimePrecision.MONTH, false);
    } else if (p.year != null) {
      coarse = year(p.year, false);
    } else {
      day = dayOfLoneClock(earlier, notes);
      if (day == null) {
        return Optional.empty();
      }
    }
    TimeValue value = coarse != null ? coarse : Clock.at(day, p);
    if (p.approximate && !value.approximate()) {
      value = new TimeValue(value.iso(), value.precision(), true);
    }
    Resolved r = new Resolved(p.start, p.end, value, String.join("; ", notes), day);
    return Optional.of(p.datesWhatFollows ? ofWhatFollows(r) : r);
  }

  private static Resolved ofWhatFollows(Resolved r) {
    String note =
        r.note().isEmpty()
            ? TimeMention.OF_WHAT_FOLLOWS
            : r.note() + "; " + TimeMention.OF_WHAT_FOLLOWS;
    return new Resolved(r.start(), r.end(), r.value(), note, r.day());
  }

  /**
   * A holiday that moves with the year, in the year written, else the story's (but see {@link
   * #acrossTheTurnOfTheYear}), else the latest in which it falls on or before publication.
   */
  private LocalDate holiday(Piece p, List<String> notes) {
    if (p.year != null) {
      return p.holiday.apply(p.year);
    }
    Integer story = ctx.storyYear();
    if (story != null && !acrossTheTurnOfTheYear(story, p.holiday.apply(story).getMonthValue())) {
      notes.add("no year written: the story's year " + story);
      return p.holiday.apply(story);
    }
    LocalDate published = ctx.published();
    if (published == null) {
      return null;
    }
    LocalDate day = p.holiday.apply(published.getYear());
    notes.add("no year written: the latest on or before publication");
    return day.isAfter(published) ? p.holiday.apply(published.getYear() - 1) : day;
  }

  private LocalDate calendarDay(Piece p, List<String> notes) {
    Integer year = p.year != null ? p.year : inferYear(p.month, p.day, p.weekday, notes);
    if (year == null) {
      return null;
    }
    LocalDate day;
    try {
      day = LocalDate.of(year, p.month, p.day);
    } catch (DateTimeException e) {
      return null;
    }
    if (p.ambiguousOrder != null) {
      DateOrder order = p.ambiguousOrder;
      LocalDate published = ctx.published();
      LocalDate swapped = swapped(day);
      if (published != null
          && day.isAfter(published)
          && swapped != null
          && !swapped.isAfter(published)) {
        // "(05/09/16)" on a page of 9 May 2016 is no date in September to come
        day = swapped;
        order = order == DateOrder.DAY_FIRST ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
        notes.add("read the other way round: the document's order puts it after publication");
      }
      notes.add(
          "ambiguous numeric date read "
              + (order == DateOrder.DAY_FIRST ? "day-first" : "month-first"));
    }
    if (p.weekday != null && day.getDayOfWeek() != p.weekday) {
      notes.add(weekdayContradiction(day, p));
    }
    return day;
  }

  /** The day with its day and month exchanged, or null when that is no date. */
  private static LocalDate swapped(LocalDate day) {
    try {
      return LocalDate.of(day.getYear(), day.getDayOfMonth(), day.getMonthValue());
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String weekdayContradiction(LocalDate day, Piece p) {
    String note = "weekday contradicts date: " + day + " was a " + Words.name(day.getDayOfWeek());
    if (p.year == null) {
      for (int y = day.getYear() - 1; y > day.getYear() - WEEKDAY_CYCLE_YEARS; y--) {
        if (day.getMonthValue() == 2 && day.getDayOfMonth() == 29 && !Year.isLeap(y)) {
          continue;
        }
        if (day.withYear(y).getDayOfWeek() == p.weekday) {
          return note
              + "; the written weekday fits "
              + day.withYear(y)
              + ", the latest earlier year in which it does";
        }
      }
    }
    return note;
  }

  /**
   * The year of a date written without one: the story's year when known, else the year that puts it
   * on or before the publication date; null when neither is known. A written weekday that fits the
   * latter year but not the story's picks the latter: a report of 2017 recalling 2015 says "Sunday,
   * January 22" of the Sunday before it was published.
   */
  private Integer inferYear(int month, int day, DayOfWeek weekday, List<String> notes) {
    Integer latest = latestYearUpToPublication(month, day);
    Integer story = ctx.storyYear();
    if (story != null && latest != null && acrossTheTurnOfTheYear(story, month)) {
      notes.add(
          "no year written: late in the year before the story's "
              + story
              + ", which the report of early "
              + story
              + " looks back on");
      return latest;
    }
    if (story != null) {
      if (weekday != null
          && latest != null
          && !fits(story, month, day, weekday)
          && fits(latest, month, day, weekday)) {
        notes.add(
            "no year written: the written weekday fits "
                + latest
                + ", not the story's year "
                + story);
        return latest;
      }
      notes.add("no year written: the story's year " + story);
      return story;
    }
    if (latest != null) {
      notes.add("no year written: the latest on or before publication");
    }
    return latest;
  }

  /**
   * Whether a month written without a year in a report of January or February, whose story is of
   * that year, lies in the last two months of the year before: "the New Year's Eve party" of a
   * report of 1 January 2013 that "rang in 2013" was on 31 December 2012.
   */
  private boolean acrossTheTurnOfTheYear(int story, int month) {
    LocalDate published = ctx.published();
    return published != null
        && story == published.getYear()
        && published.getMonthValue() <= 2
        && month >= 11;
  }

  private Integer latestYearUpToPublication(int month, int day) {
    LocalDate published = ctx.published();
    if (published == null) {
      return null;
    }
    for (int y = published.getYear(); y > published.getYear() - 8; y--) {
      if (day <= YearMonth.of(y, month).lengthOfMonth()
          && !LocalDate.of(y, month, day).isAfter(published)) {
        return y;
      }
    }
    return null;
  }

  private static boolean fits(int year, int month, int day, DayOfWeek weekday) {
    return day <= YearMonth.of(year, month).lengthOfMonth()
        && LocalDate.of(year, month, day).getDayOfWeek() == weekday;
  }

  private LocalDate dayOfLoneClock(List<Resolved> earlier, List<String> notes) {
    Resolved from = latest(earlier, true);
    if (from != null) {
      notes.add("day taken from " + from.day() + ", the latest earlier date in the text");
      return from.day();
    }
    if (ctx.published() != null) {
      notes.add("day taken from the publication date");
    }
    return ctx.published();
  }

  private static LocalDate lastWeekday(Piece p, LocalDate published) {
    DayOfWeek weekday = p.weekday;
    if (p.onOrAfter) {
      return published.with(TemporalAdjusters.nextOrSame(weekday));
    }
    return published.with(
        p.strictlyBefore
            ? TemporalAdjusters.previous(weekday)
            : TemporalAdjusters.previousOrSame(weekday));
  }

  /**
   * A week names no day: "last week" (the calendar week before the publication's, Monday to Sunday)
   * is written as the month that holds most of its days, approximate.
   */
  private static TimeValue weekAgo(int weeks, LocalDate published) {
    LocalDate monday =
        published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks);
    LocalDate thursday = monday.plusDays(3); // the middle day decides, as ISO weeks do
    return new TimeValue(YearMonth.from(thursday).toString(), TimePrecision.MONTH, true);
  }

  private static TimeValue relativeCoarse(Piece p, LocalDate published) {
    if (p.monthsAgo != null) {
      String iso = YearMonth.from(published).minusMonths(p.monthsAgo).toString();
      return new TimeValue(iso, TimePrecision.MONTH, p.approximate);
    }
    int year = published.getYear() - p.yearsAgo;
    if (p.month != null) {
      return new TimeValue(YearMonth.of(year, p.month).toString(), TimePrecision.MONTH, false);
    }
    return year(year, p.approximate);
  }

  private static TimeValue year(int year, boolean approximate) {
    return new TimeValue(String.format(Locale.ROOT, "%04d", year), TimePrecision.YEAR, approximate);
  }

  private static Resolved latest(List<Resolved> earlier, boolean needDay) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Resolved r = earlier.get(i);
      if (!needDay || r.day() != null) {
        return r;
      }
    }
    return null;
  }
}
