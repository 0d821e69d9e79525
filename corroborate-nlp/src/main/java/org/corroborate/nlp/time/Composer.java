package org.corroborate.nlp.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the overlapping pieces the recognizers found into the expressions of a text: the leftmost
 * longest piece wins an overlap; a hedge before a piece ("around", "about", "early", "shortly
 * before") joins it and makes it approximate; neighbouring pieces joined by nothing, a comma, "on",
 * "of", "at" or "in" are one expression when they say different things ("around midnight" + "on
 * Saturday" + "31 August 2013", "2009" + "on July 28"); a part of the day alone is dropped.
 */
final class Composer {

  private static final Pattern HEDGE =
      Pattern.compile(
          "(?i)\\b(?:around|about|approximately|roughly|some|circa|nearly|almost"
              + "|shortly\\s+(?:before|after)|just\\s+(?:before|after)|early|late|mid)"
              + "(?:\\s+(?:at|on|in))?[\\s-]+$");

  private static final Pattern CONNECTOR = Pattern.compile("\\s*,?\\s*(?:(?:on|of|at|in)\\s+)?");

  private static final int HEDGE_WINDOW = 40;

  private Composer() {}

  static List<Piece> compose(String text, List<Piece> found) {
    List<Piece> pieces = withoutOverlaps(found);
    hedge(text, pieces);
    List<Piece> out = new ArrayList<>();
    Piece current = null;
    for (Piece next : pieces) {
      if (current != null
          && CONNECTOR.matcher(text.substring(current.end, next.start)).matches()
          && fits(current, next)) {
        merge(current, next);
      } else {
        keep(current, out);
        current = next;
      }
    }
    keep(current, out);
    return out;
  }

  private static List<Piece> withoutOverlaps(List<Piece> found) {
    List<Piece> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparingInt((Piece p) -> p.start).thenComparingInt(p -> p.start - p.end));
    List<Piece> kept = new ArrayList<>();
    int end = 0;
    for (Piece p : sorted) {
      if (p.start >= end) {
        kept.add(p);
        end = p.end;
      }
    }
    return kept;
  }

  private static void hedge(String text, List<Piece> pieces) {
    int previousEnd = 0;
    for (Piece p : pieces) {
      int from = Math.max(previousEnd, p.start - HEDGE_WINDOW);
      Matcher m = HEDGE.matcher(text.substring(from, p.start));
      if (m.find()) {
        p.start = from + m.start();
        p.approximate = true;
      }
      previousEnd = p.end;
    }
  }

  /** Whether two neighbours describe one time without contradicting each other. */
  private static boolean fits(Piece a, Piece b) {
    if (a.isAnchored() || b.isAnchored() || (a.hasClock() && b.hasClock())) {
      return false;
    }
    if (a.part != null && b.part != null) {
      return false;
    }
    if (namesNoDay(a) && (b.hasClock() || b.part != null)
        || namesNoDay(b) && (a.hasClock() || a.part != null)) {
      return false; // "last week, around midnight": the hour belongs to a day named elsewhere
    }
    if (!a.hasDate() || !b.hasDate()) {
      return true;
    }
    boolean weekdayThenDate =
        a.isWeekdayOnly() && b.weekday == null && b.month != null && b.day != null;
    boolean yearThenMonthDay = a.isYearOnly() && b.isMonthDayWithoutYear() && b.weekday == null;
    return weekdayThenDate || yearThenMonthDay;
  }

  /** "last week", "two weeks ago": a time back from publication that names no single day. */
  private static boolean namesNoDay(Piece p) {
    return p.weeksAgo != null;
  }

  private static void merge(Piece into, Piece b) {
    into.end = b.end;
    into.year = into.year != null ? into.year : b.year;
    into.month = into.month != null ? into.month : b.month;
    into.holiday = into.holiday != null ? into.holiday : b.holiday;
    into.day = into.day != null ? into.day : b.day;
    into.weekday = into.weekday != null ? into.weekday : b.weekday;
    into.ambiguousOrder = into.ambiguousOrder != null ? into.ambiguousOrder : b.ambiguousOrder;
    into.daysAgo = into.daysAgo != null ? into.daysAgo : b.daysAgo;
    into.weeksAgo = into.weeksAgo != null ? into.weeksAgo : b.weeksAgo;
    into.monthsAgo = into.monthsAgo != null ? into.monthsAgo : b.monthsAgo;
    into.yearsAgo = into.yearsAgo != null ? into.yearsAgo : b.yearsAgo;
    into.strictlyBefore |= b.strictlyBefore;
    into.onOrAfter |= b.onOrAfter;
    if (b.hasClock()) {
      into.hour = b.hour;
      into.minute = b.minute;
      into.midnight = b.midnight;
      into.meridiem = b.meridiem;
    }
    into.part = into.part != null ? into.part : b.part;
    into.approximate |= b.approximate;
  }

  private static void keep(Piece p, List<Piece> out) {
    if (p != null && (p.hasDate() || p.hasClock() || p.isAnchored())) {
      out.add(p);
    }
  }
}
