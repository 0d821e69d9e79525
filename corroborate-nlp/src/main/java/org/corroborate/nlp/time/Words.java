package org.corroborate.nlp.time;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The English words for months, weekdays and small numbers, and the regex fragments for them. */
final class Words {

  /** A month name or abbreviation, capitalised as written in prose ("may" is not a month). */
  static final String MONTH =
      "(?:(?:January|February|March|April|May|June|July|August|September|October|November"
          + "|December)\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?)";

  /** A day of the month, with an optional ordinal suffix: 1, 01, 1st, 31. */
  static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d:])";

  /** A year from 1800 to 2099, not part of a longer number. */
  static final String YEAR = "(?<![\\d,.])(?:1[89]\\d\\d|20\\d\\d)(?!\\d|,\\d|%)";

  /** A count written as a word or in digits, up to twelve as words. */
  static final String COUNT =
      "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})";

  static final String ORDINAL =
      "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
          + "|eleventh|twelfth|\\d{1,2}(?:st|nd|rd|th))";

  private static final List<String> COUNTS =
      List.of(
          "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve");

  private static final List<String> ORDINALS =
      List.of(
          "zeroth",
          "first",
          "second",
          "third",
          "fourth",
          "fifth",
          "sixth",
          "seventh",
          "eighth",
          "ninth",
          "tenth",
          "eleventh",
          "twelfth");

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of(
          "mon", DayOfWeek.MONDAY,
          "tue", DayOfWeek.TUESDAY,
          "wed", DayOfWeek.WEDNESDAY,
          "thu", DayOfWeek.THURSDAY,
          "fri", DayOfWeek.FRIDAY,
          "sat", DayOfWeek.SATURDAY,
          "sun", DayOfWeek.SUNDAY);

  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private Words() {}

  /** 1 to 12 for a month name or abbreviation matched by {@link #MONTH}. */
  static int month(String name) {
    return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
  }

  static DayOfWeek weekday(String name) {
    return WEEKDAYS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  /** The number a {@link #COUNT} stands for ("a" and "an" are one). */
  static int count(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.equals("a") || w.equals("an")) {
      return 1;
    }
    int i = COUNTS.indexOf(w);
    return i >= 0 ? i : Integer.parseInt(w);
  }

  /** The number an {@link #ORDINAL} stands for: "second" and "2nd" are 2. */
  static int ordinal(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int i = ORDINALS.indexOf(w);
    return i >= 0 ? i : Integer.parseInt(w.replaceAll("\\D", ""));
  }

  /** The day of the month in a {@link #DAY}: "6th" is 6. */
  static int day(String written) {
    return Integer.parseInt(written.replaceAll("\\D", ""));
  }

  /** The English name of a weekday, "Wednesday". */
  static String name(DayOfWeek day) {
    String n = day.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }
}
