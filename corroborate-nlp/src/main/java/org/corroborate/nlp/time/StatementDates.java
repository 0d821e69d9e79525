package org.corroborate.nlp.time;

import java.util.regex.Pattern;

/**
 * Whether a time expression dates a statement rather than the events it reports: "police said
 * Thursday", "the spokeswoman confirmed on Tuesday", "told reporters Monday", and a page's own
 * "Posted:", "Updated at" and "as of" dates. Such a date is when somebody spoke or wrote; a later
 * "at 9:20 p.m." takes its day from the events, not from it.
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

  /** How far back the verb may stand. */
  private static final int REACH = 48;

  private StatementDates() {}

  /** Whether the expression starting at {@code start} in {@code text} dates a statement. */
  static boolean dates(String text, int start) {
    String before = text.substring(Math.max(0, start - REACH), start);
    return BEFORE.matcher(before).find();
  }
}
