package org.corroborate.nlp.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rough sentence boundaries, enough to tell which dates share a sentence: a line break ends a
 * sentence, and so does a full stop, question or exclamation mark followed by a space and a
 * capital, unless it ends an abbreviation ("Sept.", "Mr.", "U.S.").
 */
final class Sentences {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "no", "vs", "jan", "feb", "mar",
          "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "ca");

  private final int[] starts;

  private Sentences(int[] starts) {
    this.starts = starts;
  }

  static Sentences of(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        starts.add(i + 1);
      } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
        starts.add(i + 1);
      }
    }
    return new Sentences(starts.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The index of the sentence holding the character at {@code offset}. */
  int indexOf(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }

  /** The text of the sentence holding the character at {@code offset}. */
  String textOf(String text, int offset) {
    int i = indexOf(offset);
    int end = i + 1 < starts.length ? starts[i + 1] : text.length();
    return text.substring(starts[i], end);
  }

  private static boolean endsSentence(String text, int i) {
    int next = i + 1;
    while (next < text.length() && (text.charAt(next) == '"' || text.charAt(next) == '\u201d')) {
      next++;
    }
    if (next >= text.length() || !Character.isWhitespace(text.charAt(next))) {
      return next >= text.length();
    }
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    if (next < text.length() && Character.isLowerCase(text.charAt(next))) {
      return false;
    }
    if (text.charAt(i) != '.') {
      return true;
    }
    int wordStart = i;
    while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = text.substring(wordStart, i).toLowerCase(Locale.ROOT);
    return word.length() > 1 && !ABBREVIATIONS.contains(word);
  }
}
