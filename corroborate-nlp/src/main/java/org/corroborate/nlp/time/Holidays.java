package org.corroborate.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holidays read as their day. Those on one day of the calendar: "a New Year's Eve shooting" is 31
 * December, "on Christmas Day 2015" is 25 December 2015; their year is found as for a day and a
 * month written without one. Those that move with the year — Thanksgiving (the fourth Thursday of
 * November), Easter Sunday, Memorial and Labor Day, Mother's and Father's Day, Martin Luther King
 * Jr. Day, Black Friday — are the day they fall on in the year written, else the story's year, else
 * the latest year in which they fall on or before publication. "Christmas" and "Easter" alone
 * ("Christmas shopping", "an Easter egg hunt") and holiday weekends and weeks are not read.
 */
final class Holidays implements Recognizer {

  /** Not a holiday's day, but the days around it: "Thanksgiving weekend", "Labor Day week". */
  private static final String NOT_THE_DAY = "(?!\\s+(?i:weekend|week|holiday|eve)\\b)";

  private static final List<Holiday> HOLIDAYS =
      List.of(
          fixed("new year[’']?s eve", 12, 31),
          fixed("new year[’']?s day", 1, 1),
          fixed("christmas eve", 12, 24),
          fixed("christmas (?:day|morning|night)", 12, 25),
          fixed("halloween", 10, 31),
          fixed("valentine[’']?s day", 2, 14),
          fixed("(?:st\\.?|saint) patrick[’']?s day", 3, 17),
          fixed("fourth of july", 7, 4),
          movable("thanksgiving eve", y -> thanksgiving(y).minusDays(1)),
          movable("thanksgiving(?: day| morning| night| evening)?", Holidays::thanksgiving),
          movable("black friday", y -> thanksgiving(y).plusDays(1)),
          movable("easter (?:sunday|morning|night)|(?<=\\bon )easter", Holidays::easterSunday),
          movable("memorial day", y -> last(y, Month.MAY, DayOfWeek.MONDAY)),
          movable("labor day", y -> nth(y, Month.SEPTEMBER, DayOfWeek.MONDAY, 1)),
          movable("mother[’']?s day", y -> nth(y, Month.MAY, DayOfWeek.SUNDAY, 2)),
          movable("father[’']?s day", y -> nth(y, Month.JUNE, DayOfWeek.SUNDAY, 3)),
          movable(
              "(?:martin luther king(?:,? jr\\.?)?|mlk) day",
              y -> nth(y, Month.JANUARY, DayOfWeek.MONDAY, 3)));

  /**
   * A holiday's name, as a pattern, perhaps followed by a year; its month and day, or for one that
   * moves, its day in a given year.
   */
  private record Holiday(Pattern pattern, int month, int day, IntFunction<LocalDate> movable) {}

  private static Holiday fixed(String name, int month, int day) {
    return new Holiday(pattern(name), month, day, null);
  }

  private static Holiday movable(String name, IntFunction<LocalDate> day) {
    return new Holiday(pattern(name), 0, 0, day);
  }

  private static Pattern pattern(String name) {
    return Pattern.compile(
        "\\b(?i:" + name + ")" + NOT_THE_DAY + "(?:,?\\s+(?<y>" + Words.YEAR + "))?\\b");
  }

  private static LocalDate thanksgiving(int year) {
    return nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4);
  }

  private static LocalDate nth(int year, Month month, DayOfWeek weekday, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
  }

  private static LocalDate last(int year, Month month, DayOfWeek weekday) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(weekday));
  }

  /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus). */
  private static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  @Override
  public void find(String text, DateOrder order, List<Piece> out) {
    for (Holiday h : HOLIDAYS) {
      Matcher m = h.pattern().matcher(text);
      while (m.find()) {
        Piece piece = new Piece(m.start(), m.end());
        if (h.movable() != null) {
          piece.holiday = h.movable();
        } else {
          piece.month = h.month();
          piece.day = h.day();
        }
        piece.year = m.group("y") == null ? null : Integer.valueOf(m.group("y"));
        out.add(piece);
      }
    }
  }
}
