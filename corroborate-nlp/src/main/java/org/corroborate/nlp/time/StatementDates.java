package org.corroborate.nlp.time;

import java.util.regex.Pattern;

/**
 * Whether a time expression dates a statement rather than the events it reports: "police said
 * Thursday", "the spokeswoman confirmed on Tuesday", "told reporters Monday", "On Monday, police
 * said", a page's own "Posted:", "Updated at" and "as of" dates, and a press release's dateline
 * ("London, 8 March 2021 —"). Such a date is when somebody spoke or wrote; a later "at 9:20 p.m."
 * takes its day from the events, not from it.
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

  /**
   * A reporting verb right after the expression: "the coroner's office on Tuesday said". Not after
   * a clock time: in "shot at about 10 a.m. Monday, said Lt. Harris" the time is the shooting's.
   */
  private static final Pattern AFTER =
      Pattern.compile(
          "^\\s*,?\\s*(?:said|says|told|announced|confirmed|reported|stated|wrote)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * After an expression that opens its sentence, a subject of up to four words and a reporting
   * verb: "On Tuesday, police said", "The next day, his report read: “...”" ("read" only before the
   * quotation it introduces). At a sentence's end, ", witnesses said" attributes the sentence and
   * leaves its date to the events.
   */
  private static final Pattern AFTER_SUBJECT =
      Pattern.compile(
          "^\\s*,?\\s*(?:[\\p{L}\\p{N}'’.-]+\\s+){1,4}?"
              + "(?:(?:said|says|told|announced|confirmed|reported|stated|wrote)\\b"
              + "|(?:read|reads)\\s*:?\\s*[\"“])",
          Pattern.CASE_INSENSITIVE);

  /** What stands before an expression that opens its sentence: the sentence's end, perhaps "On". */
  private static final Pattern SENTENCE_OPENING =
      Pattern.compile("(?:[.!?][\"”’]?\\s+|\\n\\s*)(?:on\\s+)?$", Pattern.CASE_INSENSITIVE);

  private static final Pattern TEXT_OPENING =
      Pattern.compile("^\\s*(?:on\\s+)?$", Pattern.CASE_INSENSITIVE);

  /** A clock time opening a line, "04:36 VIDEO: ...": a page's video length or timestamp. */
  private static final Pattern LINE_START = Pattern.compile("(?:^|\\n)[ \\t]*$");

  private static final Pattern CLOCK_ONLY = Pattern.compile("\\d{1,2}:\\d{2}");

  private static final Pattern CLOCK =
      Pattern.compile(
          "(?i)\\d{1,2}(?::\\d{2})?\\s*[ap]\\.?m\\b|\\d{1,2}:\\d{2}|\\bnoon\\b|\\bmidnight\\b");

  /** A dateline's place before the date: the line's start, capitalised words, a comma. */
  private static final Pattern DATELINE_PLACE =
      Pattern.compile("(?:^|\\n)\\s*\\p{Lu}[\\p{L}.'’ ,-]{0,40},\\s*$");

  /** A dateline's dash after the date, perhaps after its source: "(Reuters) -". */
  private static final Pattern DATELINE_DASH =
      Pattern.compile("^\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?[-\u2013\u2014]");

  /** How far back the verb may stand. */
  private static final int REACH = 48;

  private StatementDates() {}

  private static boolean opensSentence(String text, int start) {
    return start <= REACH
        ? TEXT_OPENING.matcher(text.substring(0, start)).find()
            || SENTENCE_OPENING.matcher(text.substring(0, start)).find()
        : SENTENCE_OPENING.matcher(text.substring(start - REACH, start)).find();
  }

  /**
   * Whether the expression at {@code [start, end)} in {@code text} dates a statement: a reporting
   * verb or a page's label stands right before it or a reporting verb right after (after its
   * subject, when the expression opens the sentence; right after, unless the expression tells the
   * time of day), it is a bare clock time opening a line, or it is a dateline's date ("London, 8
   * March 2021 —").
   */
  static boolean dates(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - REACH), start);
    String after = text.substring(end, Math.min(text.length(), end + REACH));
    return BEFORE.matcher(before).find()
        || (AFTER.matcher(after).find() && !CLOCK.matcher(text.substring(start, end)).find())
        || (opensSentence(text, start) && AFTER_SUBJECT.matcher(after).find())
        || (LINE_START.matcher(before).find()
            && CLOCK_ONLY.matcher(text.substring(start, end)).matches())
        || (DATELINE_PLACE.matcher(before).find() && DATELINE_DASH.matcher(after).find());
  }
}
