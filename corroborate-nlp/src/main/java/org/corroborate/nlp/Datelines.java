package org.corroborate.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * News datelines joined to their first sentence by a hyphen — "ORLEN COUNTY, Va. (WXYZ) - Two men
 * were killed" — read by the sentence splitter as one sentence, which the parser then gets wrong.
 * The text the parser sees ends the dateline with a full stop instead, at the same length, so every
 * offset still points into the original text.
 */
final class Datelines {

  /**
   * At a line's start: a capitalised place (up to six words, its first in capitals), an optional
   * date after a comma, an optional bracketed source, then one or two hyphens between spaces before
   * a capital, digit or quote; or a bracketed source alone before the hyphens ("(WXYZ) - Two men").
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?m)^(?:[\\p{Lu}][\\p{Lu}'.\\-]+(?:[ ,]+\\p{Lu}[\\p{L}'.\\-]*){0,5}"
              + "(?:,\\s*[\\p{L}\\d.]+(?:\\s[\\p{L}\\d.,]+){0,3})?"
              + "(?:\\s*\\([^)\\n]{1,40}\\))?\\s+"
              + "|\\([^)\\n]{1,40}\\)\\s*)(-{1,2})\\s+(?=[\\p{Lu}\\d\"“])");

  private Datelines() {}

  /** {@code text} with each dateline's hyphens turned into a full stop and spaces. */
  static String mask(String text) {
    Matcher m = DATELINE.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text);
    do {
      out.setCharAt(m.start(1), '.');
      for (int i = m.start(1) + 1; i < m.end(1); i++) {
        out.setCharAt(i, ' ');
      }
    } while (m.find());
    return out.toString();
  }
}
