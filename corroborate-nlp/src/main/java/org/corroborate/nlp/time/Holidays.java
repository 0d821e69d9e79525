package org.corroborate.nlp.time;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holidays that fall on one day of the calendar, read as that day: "a New Year's Eve shooting" is
 * 31 December, "on Christmas Day 2015" is 25 December 2015. Their year is found as for a day and a
 * month written without one. "Christmas" alone ("Christmas shopping") and holidays that move with
 * the year (Easter, Thanksgiving) are not read.
 */
final class Holidays implements Recognizer {

  private static final List<Holiday> HOLIDAYS =
      List.of(
          holiday("new year[’']?s eve", 12, 31),
          holiday("new year[’']?s day", 1, 1),
          holiday("christmas eve", 12, 24),
          holiday("christmas (?:day|morning|night)", 12, 25),
          holiday("halloween", 10, 31),
          holiday("valentine[’']?s day", 2, 14),
          holiday("(?:st\\.?|saint) patrick[’']?s day", 3, 17),
          holiday("fourth of july", 7, 4));

  /** A holiday's name, as a pattern, perhaps followed by a year, and its month and day. */
  private record Holiday(Pattern pattern, int month, int day) {}

  private static Holiday holiday(String name, int month, int day) {
    return new Holiday(
        Pattern.compile("\\b(?i:" + name + ")(?:,?\\s+(?<y>" + Words.YEAR + "))?\\b"), month, day);
  }

  @Override
  public void find(String text, DateOrder order, List<Piece> out) {
    for (Holiday h : HOLIDAYS) {
      Matcher m = h.pattern().matcher(text);
      while (m.find()) {
        Piece piece = new Piece(m.start(), m.end());
        piece.month = h.month();
        piece.day = h.day();
        piece.year = m.group("y") == null ? null : Integer.valueOf(m.group("y"));
        out.add(piece);
      }
    }
  }
}
