package org.corroborate.ingest.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.corroborate.model.Span;

/**
 * The words of a text as matching sees them. A word is a run of letters and digits (with the
 * combining marks that follow them, and apostrophes between letters, so "Maliki’s" is one word);
 * its normal form is NFKC-normalised, lower-cased in {@link Locale#ROOT}, with curly and modifier
 * apostrophes folded to {@code '}. Each word keeps its {@link Span} in the original text and a
 * 64-bit hash of its normal form that is the same on every JVM.
 */
public final class Words {

  private static final String APOSTROPHES = "'’‘ʼ′";

  private final String[] normalized;
  private final int[] starts;
  private final int[] ends;
  private final long[] hashes;

  private Words(List<String> normalized, int[] starts, int[] ends) {
    this.normalized = normalized.toArray(String[]::new);
    this.starts = starts;
    this.ends = ends;
    this.hashes = new long[this.normalized.length];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = Hashing.of(this.normalized[i]);
    }
  }

  public static Words of(String text) {
    List<String> words = new ArrayList<>();
    int[] starts = new int[16];
    int[] ends = new int[16];
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      int end = wordEnd(text, i);
      if (words.size() == starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
        ends = Arrays.copyOf(ends, ends.length * 2);
      }
      starts[words.size()] = start;
      ends[words.size()] = end;
      words.add(normalize(text.substring(start, end)));
      i = end;
    }
    return new Words(words, Arrays.copyOf(starts, words.size()), Arrays.copyOf(ends, words.size()));
  }

  private static int wordEnd(String text, int start) {
    int i = start;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      boolean inWord =
          Character.isLetterOrDigit(cp)
              || isMark(cp)
              || (APOSTROPHES.indexOf(cp) >= 0
                  && next < text.length()
                  && Character.isLetter(text.codePointAt(next)));
      if (!inWord) {
        break;
      }
      i = next;
    }
    return i;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** The normal form of one word: NFKC, lower case, apostrophes folded. */
  static String normalize(String word) {
    String lower = Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder folded = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      folded.append(APOSTROPHES.indexOf(c) >= 0 ? '\'' : c);
    }
    return folded.toString();
  }

  public int size() {
    return normalized.length;
  }

  /** The normal form of word {@code i}. */
  public String word(int i) {
    return normalized[i];
  }

  /** Where word {@code i} is in the original text. */
  public Span span(int i) {
    return new Span(starts[i], ends[i]);
  }

  /** The original text from the start of word {@code from} to the end of word {@code to - 1}. */
  public Span span(int from, int to) {
    if (from < 0 || to > size() || from >= to) {
      throw new IndexOutOfBoundsException(
          "words [from, to) must be a non-empty range of the "
              + size()
              + " words; got ["
              + from
              + ", "
              + to
              + ")");
    }
    return new Span(starts[from], ends[to - 1]);
  }

  public long hash(int i) {
    return hashes[i];
  }

  /** The word hashes themselves, for this package's loops; never modified. */
  long[] hashes() {
    return hashes;
  }
}
