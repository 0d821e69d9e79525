package org.corroborate.nlp.time;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written on the calendar: "1 September 2013", "September 1, 2013", "Sept. 1", "April 6th",
 * "September 2013", "in 2009", "2013-09-01", "01/09/14"; a range of days in one month ("the night
 * of 3 to 4 March") is its first day. A month alone counts only after a word such as "in", "early"
 * or "since", a year alone only after such a word or in a range ("2009 to 2014"), since "May" and
 * "2000" are often no time at all.
 */
final class CalendarDates implements Recognizer {

  private static final String MONTH = "(?<m>" + Words.MONTH + ")";
  private static final String DAY = "(?<d>" + Words.DAY + ")";
  private static final String YEAR = "(?<y>" + Words.YEAR + ")";

  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?");

  /** "3 to 4 March", "5-7 March 2021": the first day of the range. */
  private static final Pattern DAY_RANGE_MONTH =
      Pattern.compile(
          "\\b"
              + DAY
              + "\\s*(?:to|and|-|\u2013)\\s*"
              + Words.DAY
              + "\\s+(?:of\\s+)?"
              + MONTH
              + "(?:,?\\s+"
              + YEAR
              + ")?");

  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?");

  private static final Pattern MONTH_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+(?:of\\s+)?" + YEAR + "\\b");

  private static final String CUE =
      "(?<=\\b(?:in|since|until|till|by|during|from|through|before|after|of|between"
          + "|early|late|mid|circa|year)[\\s-])";

  private static final Pattern MONTH_ALONE = Pattern.compile(CUE + MONTH + "(?!\\s*\\d)");

  /** After a house number, what makes it an address: "1816 N. Water", "(2010 Elm Street)". */
  private static final String ADDRESS =
      "\\s+[NSEW]\\.?\\s+\\p{Lu}"
          + "|\\s+\\p{Lu}\\p{L}*\\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Lane|Ln"
          + "|Way|Ct|Court|Pl|Place|Pkwy|Parkway|Hwy|Highway)\\b";

  private static final Pattern YEAR_ALONE =
      Pattern.compile("(?:" + CUE + "|(?<=\\())" + YEAR + "(?!" + ADDRESS + ")");

  private static final Pattern YEAR_RANGE =
      Pattern.compile(
          "\\b(?<a>"
              + Words.YEAR
              + ")\\s*(?:to|and|until|-|\u2013|\u2014)\\s*(?<b>"
              + Words.YEAR
              + ")\\b");

  private static final Pattern ISO =
      Pattern.compile(
          "(?<![\\d-])"
              + YEAR
              + "-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])"
              + "(?:T(?<h>[01]\\d|2[0-4]):(?<min>[0-5]\\d))?(?![\\d-])");

  /** Day, month and year in digits with one separator throughout: 01/09/14, 13.9.2014. */
  static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\d/.+-])(?<a>\\d{1,2})(?<s>[/.-])(?<b>\\d{1,2})\\k<s>(?<y>\\d{4}|\\d{2})"
              + "(?!\\d|[/.-]\\d)");

  @Override
  public void find(String text, DateOrder order, List<Piece> out) {
    for (Pattern p : List.of(DAY_RANGE_MONTH, DAY_MONTH, MONTH_DAY)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        Piece piece = new Piece(m.start(), m.end());
        piece.month = Words.month(m.group("m"));
        piece.day = Words.day(m.group("d"));
        piece.year = m.group("y") == null ? null : Integer.valueOf(m.group("y"));
        out.add(piece);
      }
    }
    Matcher m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      Piece piece = new Piece(m.start(), m.end());
      piece.month = Words.month(m.group("m"));
      piece.year = Integer.valueOf(m.group("y"));
      out.add(piece);
    }
    m = MONTH_ALONE.matcher(text);
    while (m.find()) {
      Piece piece = new Piece(m.start(), m.end());
      piece.month = Words.month(m.group("m"));
      out.add(piece);
    }
    m = YEAR_ALONE.matcher(text);
    while (m.find()) {
      out.add(year(m.start(), m.end(), m.group("y")));
    }
    m = YEAR_RANGE.matcher(text);
    while (m.find()) {
      out.add(year(m.start("a"), m.end("a"), m.group("a")));
      out.add(year(m.start("b"), m.end("b"), m.group("b")));
    }
    iso(text, out);
    numeric(text, order, out);
  }

  private static Piece year(int start, int end, String written) {
    Piece piece = new Piece(start, end);
    piece.year = Integer.valueOf(written);
    return piece;
  }

  private static void iso(String text, List<Piece> out) {
    Matcher m = ISO.matcher(text);
    while (m.find()) {
      Piece piece = new Piece(m.start(), m.end());
      piece.year = Integer.valueOf(m.group("y"));
      piece.month = Integer.valueOf(m.group("m"));
      piece.day = Integer.valueOf(m.group("d"));
      if (m.group("h") != null) {
        int hour = Integer.parseInt(m.group("h"));
        int minute = Integer.parseInt(m.group("min"));
        if (hour == 24 && minute != 0) {
          continue;
        }
        piece.midnight = hour == 24;
        piece.hour = hour == 24 ? null : hour;
        piece.minute = hour == 24 ? null : minute;
        piece.meridiem = true;
      }
      out.add(piece);
    }
  }

  private static void numeric(String text, DateOrder order, List<Piece> out) {
    Matcher m = NUMERIC.matcher(text);
    while (m.find()) {
      int a = Integer.parseInt(m.group("a"));
      int b = Integer.parseInt(m.group("b"));
      DateOrder read = DateOrders.forced(a, b);
      if (a == 0 || b == 0 || a > 31 || b > 31 || (a > 12 && b > 12)) {
        continue;
      }
      Piece piece = new Piece(m.start(), m.end());
      if (read == null) {
        read = order;
        piece.ambiguousOrder = order;
      }
      piece.day = read == DateOrder.DAY_FIRST ? a : b;
      piece.month = read == DateOrder.DAY_FIRST ? b : a;
      String y = m.group("y");
      int year = Integer.parseInt(y);
      piece.year = y.length() == 4 ? year : (year < 50 ? 2000 + year : 1900 + year);
      out.add(piece);
    }
  }
}
