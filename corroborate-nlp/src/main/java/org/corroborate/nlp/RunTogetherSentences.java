package org.corroborate.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences whose full stop lost the space after it — "two guards were hurt at the gate.Officials
 * say the guards" — are one token to the tokenizer and one sentence to the splitter, so the parser
 * reads two or more sentences as one and gives their figures one speaker. The text the splitter
 * sees breaks the line at such a full stop instead, at the same length, so every offset still
 * points into the original text. A stop within a web or e-mail address ("www.CityNews.org",
 * "j.Doe@Example.com") or after a title ("Sgt.Okonjo", "Mr.Okonjo", "St.Louis") ends no sentence.
 */
final class RunTogetherSentences {

  /** A full stop after two lower-case letters, before a capitalised word. */
  private static final Pattern JOIN = Pattern.compile("(?<=\\p{Ll}{2})\\.(?=\\p{Lu}\\p{Ll})");

  private static final Pattern TITLE =
      Pattern.compile("Sgt|Det|Capt|Cpl|Ofc|Insp|Supt|Cmdr|Gov|Sen|Rep|Gen|Col|Atty|Rev|Prof|Mrs");

  private static final Pattern ADDRESS =
      Pattern.compile("(?i)www|https?:|[/@]|\\.(?:com|org|net|gov|edu)\\b");

  private RunTogetherSentences() {}

  /** {@code text} with a line break for each full stop that ends a sentence run into the next. */
  static String mask(String text) {
    Matcher m = JOIN.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text);
    do {
      if (!inAddress(text, m.start()) && !afterTitle(text, m.start())) {
        out.setCharAt(m.start(), '\n');
      }
    } while (m.find());
    return out.toString();
  }

  /** Whether the word before the stop at {@code at} is a title. */
  private static boolean afterTitle(String text, int at) {
    int from = at;
    while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
      from--;
    }
    return TITLE.matcher(text.substring(from, at)).matches();
  }

  /** Whether the whitespace-delimited word around {@code at} is a web or e-mail address. */
  private static boolean inAddress(String text, int at) {
    int from = at;
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
      from--;
    }
    int to = at;
    while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
      to++;
    }
    return ADDRESS.matcher(text.substring(from, to)).find();
  }
}
