package org.corroborate.nlp.time;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times given relative to the publication date ("today", "last night", "on Tuesday", "last month",
 * "two years ago", "February of this year"), to an earlier date in the text ("a day after", "the
 * following day", "two years later"), or to the date of an anniversary ("the second anniversary",
 * "seven years after"). After a verb of happening, "after" and "before" date what follows them from
 * the clause before: in "the raid came six weeks after a massacre", the massacre is six weeks
 * before the latest earlier date (see {@link Piece#datesWhatFollows}).
 */
final class RelativePhrases implements Recognizer {

  private static final String PART = "(?:\\s+(?<part>morning|afternoon|evening|night))?";

  /** A verb of happening just before "six weeks after": "came", "occurred less than". */
  private static final Pattern HAPPENED =
      Pattern.compile(
          "(?i)\\b(?:came|comes|come|occurred|occurs|happened|happens|took\\s+place|takes\\s+place)"
              + "\\s+(?:just\\s+|only\\s+|about\\s+|nearly\\s+|almost\\s+|less\\s+than\\s+"
              + "|more\\s+than\\s+)?$");

  /** How far back {@link #HAPPENED} is looked for. */
  private static final int HAPPENED_REACH = 40;

  private static final Pattern AFTER_OR_BEFORE = Pattern.compile("(?i)\\b(?:after|before)$");

  private record Rule(Pattern pattern, BiConsumer<Matcher, Piece> read) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              Pattern.compile("(?i)\\bthe\\s+day\\s+before\\s+yesterday\\b"),
              (m, p) -> p.daysAgo = 2),
          new Rule(
              Pattern.compile("(?i)\\byesterday" + PART + "\\b"),
              (m, p) -> daysAgo(p, 1, m.group("part"))),
          new Rule(Pattern.compile("(?i)\\b(?:earlier\\s+)?today\\b"), (m, p) -> p.daysAgo = 0),
          new Rule(Pattern.compile("(?i)\\btonight\\b"), (m, p) -> daysAgo(p, 0, "night")),
          new Rule(
              Pattern.compile("(?i)\\bthis\\s+(?<part>morning|afternoon|evening)\\b"),
              (m, p) -> daysAgo(p, 0, m.group("part"))),
          new Rule(
              Pattern.compile("(?i)\\blast\\s+night\\b"),
              (m, p) -> {
                daysAgo(p, 1, "night");
                p.approximate = true;
              }),
          new Rule(
              Pattern.compile(
                  "(?:\\b(?<last>(?i:last|this\\s+past))\\s+)?\\b(?<wd>"
                      + "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
                      + "(?i:"
                      + PART
                      + ")(?<ahead>(?=\\s+(?:marks|will)\\b))?"),
              RelativePhrases::weekday),
          new Rule(
              Pattern.compile("(?i)\\b(?<which>last|this)\\s+(?<unit>week|month|year)\\b"),
              RelativePhrases::lastOrThis),
          new Rule(
              Pattern.compile(
                  "(?i)\\b(?<n>" + Words.COUNT + ")\\s+(?<unit>day|week|month|year)s?\\s+ago\\b"),
              RelativePhrases::ago),
          new Rule(
              Pattern.compile(
                  "\\b(?<m>" + Words.MONTH + ")\\s+(?:of\\s+)?(?<which>(?i:this|last))\\s+year\\b"),
              (m, p) -> {
                p.month = Words.month(m.group("m"));
                p.yearsAgo = m.group("which").equalsIgnoreCase("last") ? 1 : 0;
              }),
          new Rule(
              Pattern.compile(
                  "(?i)\\b(?<n>"
                      + Words.COUNT
                      + "|the)\\s+(?<unit>day|week|month|year)s?\\s+"
                      + "(?<dir>later|after|following|earlier|before)\\b"),
              RelativePhrases::shift),
          new Rule(
              Pattern.compile("(?i)\\bthe\\s+(?<dir>following|next|previous)\\s+day\\b"),
              (m, p) -> p.shiftDays = m.group("dir").equalsIgnoreCase("previous") ? -1 : 1),
          new Rule(
              Pattern.compile(
                  "(?i)\\b(?:the\\s+)?(?:(?<o>"
                      + Words.ORDINAL
                      + ")\\s+|(?<n>"
                      + Words.COUNT
                      + ")[\\s-]years?[\\s-])anniversary\\b"),
              (m, p) -> {
                p.eventYearsBefore =
                    m.group("o") != null ? Words.ordinal(m.group("o")) : Words.count(m.group("n"));
                p.anniversary = true;
              }));

  @Override
  public void find(String text, DateOrder order, List<Piece> out) {
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        Piece piece = new Piece(m.start(), m.end());
        rule.read().accept(m, piece);
        if (piece.isAnchored()
            && !piece.anniversary
            && AFTER_OR_BEFORE.matcher(m.group()).find()
            && HAPPENED
                .matcher(text.substring(Math.max(0, m.start() - HAPPENED_REACH), m.start()))
                .find()) {
          datesWhatFollows(piece);
        }
        if (piece.hasDate() || piece.isAnchored()) {
          out.add(piece);
        }
      }
    }
  }

  private static void daysAgo(Piece p, int days, String part) {
    p.daysAgo = days;
    p.part = part == null ? null : ClockTimes.part(part);
  }

  private static void weekday(Matcher m, Piece p) {
    p.weekday = Words.weekday(m.group("wd"));
    p.strictlyBefore = m.group("last") != null;
    p.onOrAfter = m.group("ahead") != null;
    p.part = m.group("part") == null ? null : ClockTimes.part(m.group("part"));
  }

  private static void lastOrThis(Matcher m, Piece p) {
    int back = m.group("which").equalsIgnoreCase("last") ? 1 : 0;
    switch (unit(m)) {
      case "week" -> {
        if (back == 1) {
          p.weeksAgo = 1;
          p.approximate = true;
        }
      }
      case "month" -> p.monthsAgo = back;
      default -> p.yearsAgo = back;
    }
  }

  private static void ago(Matcher m, Piece p) {
    int n = Words.count(m.group("n"));
    switch (unit(m)) {
      case "day" -> p.daysAgo = n;
      case "week" -> p.weeksAgo = n;
      case "month" -> p.monthsAgo = n;
      default -> p.yearsAgo = n;
    }
    p.approximate = !unit(m).equals("day");
  }

  private static void shift(Matcher m, Piece p) {
    boolean the = m.group("n").equalsIgnoreCase("the");
    String unit = unit(m);
    if (the && !unit.equals("day")) {
      return;
    }
    int n = the ? 1 : Words.count(m.group("n"));
    String dir = m.group("dir").toLowerCase(Locale.ROOT);
    int sign = dir.equals("earlier") || dir.equals("before") ? -1 : 1;
    switch (unit) {
      case "day" -> p.shiftDays = sign * n;
      case "week" -> p.shiftDays = sign * 7 * n;
      case "month" -> p.shiftDays = sign * 30 * n;
      default -> {
        if (dir.equals("after") || dir.equals("following")) {
          p.eventYearsBefore = n;
        } else {
          p.shiftYears = sign * n;
        }
      }
    }
    p.approximate = unit.equals("month") || unit.equals("year");
  }

  /**
   * "came six weeks after a massacre": the massacre is six weeks before the clause's date, not
   * after it. "Three years after" already counts back to the event it follows.
   */
  private static void datesWhatFollows(Piece p) {
    p.datesWhatFollows = true;
    if (p.shiftDays != null) {
      p.shiftDays = -p.shiftDays;
    }
    if (p.shiftYears != null) {
      p.shiftYears = -p.shiftYears;
    }
  }

  private static String unit(Matcher m) {
    return m.group("unit").toLowerCase(Locale.ROOT);
  }
}
