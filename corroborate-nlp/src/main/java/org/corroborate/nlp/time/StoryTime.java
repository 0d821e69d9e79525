package org.corroborate.nlp.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Infers the year a story is about, so that its dates written without a year ("on September 3") can
 * be read in that year rather than in the year of publication: an anniversary article published in
 * 2015 about 2013 says "September 3" for 2013-09-03.
 *
 * <p>The rule: every year written in the text counts, alone ("in 2009") or in a date ("1 September
 * 2013", "2013-09-01", "01/09/14"). Each counts 1, a full date with a day 2; twice as much in the
 * first {@value #LEADING_PARAGRAPHS} paragraphs (lines), and twice as much again in a sentence with
 * an event word ("attack", "killed", "massacre"). Years after publication do not count (a later
 * update is no part of the story). The year with the most weight wins; on a tie, the one written
 * first. Null when the text writes no year, or when the winner weighs less than {@value
 * #MIN_WEIGHT}, as much as a full date in the first paragraphs: a year written in passing ("192
 * shot, compared to 190 in 2012") does not move a report's "July 9" a year back.
 */
public final class StoryTime {

  static final int LEADING_PARAGRAPHS = 3;

  static final int MIN_WEIGHT = 4;

  private static final Pattern EVENT_WORD =
      Pattern.compile(
          "(?i)\\b(?:attack\\w*|massacre\\w*|kill\\w*|murder\\w*|stormed|raid\\w*|bomb\\w*"
              + "|shell(?:ed|ing)|shot|shooting|dead|died|deaths?|wounded|injured|abduct\\w*"
              + "|executed|assault\\w*|clash\\w*|fighting|violence)\\b");

  private StoryTime() {}

  /**
   * The year {@code text} is mostly about, or null.
   *
   * @param published the publication date, or null when unknown
   */
  public static Integer infer(String text, LocalDate published) {
    Objects.requireNonNull(text, "text");
    List<Piece> found = new ArrayList<>();
    new CalendarDates().find(text, DateOrder.DAY_FIRST, found);
    Sentences sentences = Sentences.of(text);
    int leadingEnd = leadingEnd(text);
    TreeMap<Integer, Integer> weights = new TreeMap<>();
    TreeMap<Integer, Integer> firstSeen = new TreeMap<>();
    for (Piece p : Composer.compose(text, found)) {
      if (p.year == null || (published != null && p.year > published.getYear())) {
        continue;
      }
      int weight = p.day != null ? 2 : 1;
      if (p.start < leadingEnd) {
        weight *= 2;
      }
      if (EVENT_WORD.matcher(sentences.textOf(text, p.start)).find()) {
        weight *= 2;
      }
      weights.merge(p.year, weight, Integer::sum);
      firstSeen.putIfAbsent(p.year, p.start);
    }
    Integer best = null;
    for (var e : weights.entrySet()) {
      if (best == null
          || e.getValue() > weights.get(best)
          || (e.getValue().equals(weights.get(best))
              && firstSeen.get(e.getKey()) < firstSeen.get(best))) {
        best = e.getKey();
      }
    }
    return best == null || weights.get(best) < MIN_WEIGHT ? null : best;
  }

  /** Where the first {@value #LEADING_PARAGRAPHS} non-blank lines end. */
  private static int leadingEnd(String text) {
    int lines = 0;
    int i = 0;
    while (i < text.length() && lines < LEADING_PARAGRAPHS) {
      int newline = text.indexOf('\n', i);
      int end = newline < 0 ? text.length() : newline;
      if (!text.substring(i, end).isBlank()) {
        lines++;
      }
      i = end + 1;
    }
    return Math.min(i, text.length());
  }
}
