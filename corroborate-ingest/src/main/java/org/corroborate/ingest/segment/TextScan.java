package org.corroborate.ingest.segment;

/** Character classes the segmenter agrees on: what is whitespace, what is a word. */
final class TextScan {

  private TextScan() {}

  /** Whitespace includes no-break spaces, which web pages are full of. */
  static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /** Runs of letters and digits in {@code text[start, end)}. */
  static int countWords(CharSequence text, int start, int end) {
    int words = 0;
    boolean inWord = false;
    for (int i = start; i < end; i++) {
      boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
      if (wordChar && !inWord) {
        words++;
      }
      inWord = wordChar;
    }
    return words;
  }

  /** The first non-whitespace offset in {@code [start, end)}, or {@code end}. */
  static int skipWhitespace(CharSequence text, int start, int end) {
    int i = start;
    while (i < end && isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** One past the last non-whitespace offset in {@code [start, end)}, or {@code start}. */
  static int trimEnd(CharSequence text, int start, int end) {
    int i = end;
    while (i > start && isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
