package org.corroborate.nlp.time;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.nlp.time.Piece.DayPart;

/**
 * Times of day: "6am", "7 P.M.", "06:00", "12:40PM", "half past four", "seven in the evening",
 * "midnight" (the end of the day it is attached to), "noon", "dawn" and "before dawn" (about
 * 05:00), "dusk" (about 18:00), "early in the morning" (about 06:00), "the early hours" (about
 * 03:00), and parts of the day ("the evening"), which count only when attached to a date or a time.
 * A number followed by "hours" or "days" is a duration and matches nothing here.
 */
final class ClockTimes implements Recognizer {

  private static final String HOUR_WORD =
      "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|0?[1-9])";

  private record Rule(Pattern pattern, BiConsumer<Matcher, Piece> read) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              Pattern.compile(
                  "\\b(?<h>1[0-2]|0?[1-9])(?:[:.](?<min>[0-5]\\d))?\\s*(?<ap>[AaPp])\\.?\\s?[Mm]\\b\\.?"),
              ClockTimes::meridiem),
          new Rule(
              Pattern.compile(
                  "(?<![\\d:.,])(?<h>[01]?\\d|2[0-3]|24(?=:00)):(?<min>[0-5]\\d)(?![\\d:])"),
              ClockTimes::twentyFourHour),
          new Rule(
              Pattern.compile("(?i)\\b(?<h>" + HOUR_WORD + ")\\s+o['\u2019]clock\\b"),
              (m, p) -> hour(p, Words.count(m.group("h")), 0, false)),
          new Rule(
              Pattern.compile(
                  "(?i)\\b(?<q>half|quarter|twenty|ten|five)\\s+(?<dir>past|to)\\s+(?<h>"
                      + HOUR_WORD
                      + ")\\b"),
              ClockTimes::past),
          new Rule(
              Pattern.compile(
                  "(?i)\\b(?<h>"
                      + HOUR_WORD
                      + ")(?=\\s+(?:in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night)\\b)"),
              (m, p) -> hour(p, Words.count(m.group("h")), null, false)),
          new Rule(Pattern.compile("(?i)\\bmidnight\\b"), (m, p) -> p.midnight = true),
          new Rule(
              Pattern.compile("(?i)\\b(?:noon|midday|mid-day)\\b"), (m, p) -> hour(p, 12, 0, true)),
          new Rule(
              Pattern.compile("(?i)\\b(?:before\\s+)?(?:dawn|daybreak|first light|sunrise)\\b"),
              (m, p) -> about(p, 5, DayPart.MORNING)),
          new Rule(
              Pattern.compile("(?i)\\b(?:dusk|nightfall|sunset)\\b"),
              (m, p) -> about(p, 18, DayPart.EVENING)),
          new Rule(
              Pattern.compile(
                  "(?i)\\b(?:early\\s+(?:in\\s+the\\s+)?morning|the\\s+early\\s+morning)\\b"),
              (m, p) -> about(p, 6, DayPart.MORNING)),
          new Rule(
              Pattern.compile("(?i)\\bthe\\s+early\\s+hours(?:\\s+of\\s+the\\s+morning)?\\b"),
              (m, p) -> about(p, 3, DayPart.NIGHT)),
          new Rule(
              Pattern.compile("(?i)\\b(?:the\\s+)?(?<part>morning|afternoon|evening|night)\\b"),
              (m, p) -> p.part = part(m.group("part"))));

  @Override
  public void find(String text, DateOrder order, List<Piece> out) {
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        Piece piece = new Piece(m.start(), m.end());
        rule.read().accept(m, piece);
        out.add(piece);
      }
    }
  }

  static DayPart part(String word) {
    return DayPart.valueOf(word.toUpperCase(Locale.ROOT));
  }

  private static void meridiem(Matcher m, Piece p) {
    int hour = Integer.parseInt(m.group("h")) % 12;
    boolean pm = m.group("ap").equalsIgnoreCase("p");
    Integer minute = m.group("min") == null ? null : Integer.valueOf(m.group("min"));
    hour(p, pm ? hour + 12 : hour, minute, true);
  }

  private static void twentyFourHour(Matcher m, Piece p) {
    int hour = Integer.parseInt(m.group("h"));
    int minute = Integer.parseInt(m.group("min"));
    if (hour == 24 && minute == 0) {
      p.midnight = true;
    } else if (hour < 24) {
      hour(p, hour, minute, m.group("h").length() == 2 || hour > 12);
    }
  }

  private static void past(Matcher m, Piece p) {
    int minutes =
        switch (m.group("q").toLowerCase(Locale.ROOT)) {
          case "half" -> 30;
          case "quarter" -> 15;
          default -> Words.count(m.group("q"));
        };
    int hour = Words.count(m.group("h")) % 12;
    boolean to = m.group("dir").equalsIgnoreCase("to");
    hour(p, to ? (hour + 11) % 12 : hour, to ? 60 - minutes : minutes, false);
  }

  private static void hour(Piece p, int hour, Integer minute, boolean unambiguous) {
    p.hour = hour;
    p.minute = minute;
    p.meridiem = unambiguous;
  }

  private static void about(Piece p, int hour, DayPart part) {
    hour(p, hour, null, true);
    p.part = part;
    p.approximate = true;
  }
}
