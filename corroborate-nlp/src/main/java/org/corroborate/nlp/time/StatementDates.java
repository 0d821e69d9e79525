package org.corroborate.nlp.time;

import java.util.regex.Pattern;

/**
 * Whether a time expression dates a statement rather than the events it reports: "police said
 * Thursday", "the spokeswoman confirmed on Tuesday", "told reporters Monday", a page's own
 * "Posted:", "Updated at" and "as of" dates, and a press release's dateline ("London, 8 March 2021
 * —"). Such a date is when somebody spoke or wrote; a later "at 9:20 p.m." takes its day from the
 * events, not from it.
 */
final class StatementDates {

  /**
   * A reporting verb in the active voice (the shooting "was reported at 9:20 p.m." dates the
   * shooting), up to two words (its object) and "on", right before the expression; or a page's
   * label of when it was posted or updated.
   */
  private static final Pattern BEFORE =
      Pattern.compile(
          "(?i)(?<!\\b(?:was|were|is|are|be|been|being)\\s)\\b(?:said|says|told|tells|confirmed|confirms|announced|announces|reported|reports"
              + "|added|stated|wrote|writes|noted|explained|declared|testified)"
              + "(?:\\s+[\\p{L}\\d.'’-]+){0,2}?\\s+(?:on\\s+|late\\s+|early\\s+)?$"
              + "|(?i)\\b(?:posted|updated|update|published|as\\s+of)\\s*:?\\s*(?:on\\s+|at\\s+)?$");

  /** A dateline's place before the date: the line's start, capitalised words, a comma. */
  private static final Pattern DATELINE_PLACE =
      Pattern.compile("(?:^|\\n)\\s*\\p{Lu}[\\p{L}.'’ -]{0,40},\\s*$");

  /** A dateline's dash after the date. */
  private static final Pattern DATELINE_DASH = Pattern.compile("^\\s*[-\u2013\u2014]");

  /** How far back the verb may stand. */
  private static final int REACH = 48;

  private StatementDates() {}

  /**
   * Whether the expression at {@code [start, end)} in {@code text} dates a statement: it follows a
   * reporting verb or a page's label, or it is a dateline's date ("London, 8 March 2021 —").
   */
  static boolean dates(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - REACH), start);
    return BEFORE.matcher(before).find()
        || (DATELINE_PLACE.matcher(before).find()
            && DATELINE_DASH.matcher(text.substring(end, Math.min(text.length(), end + 4))).find());
  }
}
