package org.corroborate.nlp.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs of capitalised words that may form a proper name, with the small words names contain between
 * them ("National Council of Resistance of Iran", "People’s Mojahedin Organization", "Mission for
 * Iraq", "Nuri al-Maliki"). A run never starts or ends with a small word, never crosses
 * punctuation, and sheds the function words that open sentences ("The", "In", "Yesterday").
 */
final class NameRuns {

  /** A run: character offsets and its words. */
  record Run(int start, int end, List<Word> words) {
    Run {
      words = List.copyOf(words);
    }

    String text(String source) {
      return source.substring(start, end);
    }
  }

  /** One word and its character offsets. */
  record Word(int start, int end, String text) {
    boolean isCapitalised() {
      return Character.isUpperCase(text.codePointAt(0));
    }
  }

  /** Words with inner apostrophes and hyphens: "People’s", "Mujahedin-e", "al-Maliki". */
  static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*");

  /** Small words that may join capitalised words inside a name. */
  private static final Set<String> CONNECTORS =
      Set.of("of", "for", "the", "and", "in", "on", "de", "du", "des", "al", "el", "bin", "ibn");

  /** Capitalised words that open sentences or precede names without belonging to them. */
  static final Set<String> OPENERS =
      Set.of(
          "the",
          "a",
          "an",
          "in",
          "on",
          "at",
          "by",
          "from",
          "for",
          "with",
          "to",
          "of",
          "and",
          "but",
          "or",
          "yesterday",
          "today",
          "meanwhile",
          "later",
          "earlier",
          "after",
          "before",
          "during",
          "when",
          "while",
          "since",
          "according",
          "as",
          "if",
          "then",
          "this",
          "that",
          "these",
          "those",
          "its",
          "their",
          "his",
          "her",
          "our",
          "some",
          "many",
          "several",
          "both",
          "all",
          "most",
          "other",
          "we",
          "they",
          "he",
          "she",
          "it",
          "i",
          "under",
          "over",
          "near",
          "without");

  private NameRuns() {}

  /** The words of {@code text} with their offsets. */
  static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(new Word(m.start(), m.end(), m.group()));
    }
    return out;
  }

  /** The maximal name runs of {@code text}, in text order. */
  static List<Run> find(String text) {
    List<Word> words = words(text);
    List<Run> runs = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      if (!startsName(words.get(i))) {
        i++;
        continue;
      }
      int last = i;
      int j = i + 1;
      while (j < words.size() && adjacent(text, words.get(j - 1), words.get(j))) {
        Word w = words.get(j);
        if (startsName(w)) {
          last = j;
        } else if (!CONNECTORS.contains(w.text().toLowerCase(Locale.ROOT))) {
          break;
        }
        j++;
      }
      runs.add(new Run(words.get(i).start(), words.get(last).end(), words.subList(i, last + 1)));
      i = last + 1;
    }
    return runs;
  }

  /** A capitalised word that is not a sentence opener, or a particle joined to one: "al-Maliki". */
  private static boolean startsName(Word w) {
    if (w.isCapitalised()) {
      return !isOpener(w);
    }
    int hyphen = w.text().indexOf('-');
    return hyphen > 0
        && hyphen + 1 < w.text().length()
        && CONNECTORS.contains(w.text().substring(0, hyphen).toLowerCase(Locale.ROOT))
        && Character.isUpperCase(w.text().codePointAt(hyphen + 1));
  }

  private static boolean isOpener(Word w) {
    return OPENERS.contains(w.text().toLowerCase(Locale.ROOT));
  }

  /** Whether only spaces (no punctuation, no line break) separate two words. */
  private static boolean adjacent(String text, Word a, Word b) {
    for (int k = a.end(); k < b.start(); k++) {
      if (text.charAt(k) != ' ') {
        return false;
      }
    }
    return b.start() > a.end();
  }
}
