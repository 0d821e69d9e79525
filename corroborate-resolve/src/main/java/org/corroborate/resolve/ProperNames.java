package org.corroborate.resolve;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proper-name words of a text: capitalised words that do not open a sentence, lower-cased and
 * without a possessive "'s" — "Fenwick", "Larchmere", "Okonjo". Reports of one incident share the
 * names of its victims, suspects, streets and neighbourhoods, and these words are what {@link
 * NameLinks} compares. Words of scripts without letter case yield nothing.
 */
public final class ProperNames {

  /** A capitalised word, and what stands before it. */
  private static final Pattern WORD =
      Pattern.compile(
          "(^|[.!?\"“”:]\\s+|\\s|[(‘'’\\-–—/])(\\p{Lu}[\\p{L}'’]*?\\p{Ll})(?:['’]s)?(?![\\p{L}'’])");

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"“”:]\\s+");

  private ProperNames() {}

  /**
   * The capitalised words of a headline, lower-cased, its first word included: a headline opens
   * with what it is about ("Millbrook shooting victims named").
   */
  public static Set<String> ofTitle(String title) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = WORD.matcher(title);
    while (m.find()) {
      out.add(m.group(2).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** The proper-name words of {@code text}, in order of first use. */
  public static Set<String> of(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String before = m.group(1);
      if (m.start() == 0
          || SENTENCE_END.matcher(before).matches()
          || before.indexOf('\n') >= 0
          || before.indexOf('\r') >= 0) {
        continue; // the first word of a sentence or a line is capitalised whatever it is
      }
      out.add(m.group(2).toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
