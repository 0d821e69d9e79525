package org.corroborate.nlp.quantity;

import java.util.Set;

/**
 * A word, a figure written in digits, or one other character of the text being read.
 *
 * @param text a word in lower case, a figure as written, or the character
 * @param capitalised whether a word begins with a capital letter
 * @param value a number's value, a range's low end
 * @param high a range's high end
 */
record Token(
    Kind kind, int start, int end, String text, boolean capitalised, long value, long high) {

  enum Kind {
    WORD,
    /** A whole number: "52", "1,400", "3 000". */
    NUMBER,
    /** A decimal figure, which counts only before a scale word: "1.5" in "1.5 million". */
    DECIMAL,
    /** Two figures joined by a dash: "20-30". */
    RANGE,
    /** Digits that are not an amount: a phone number, a date, a time, "COVID-19", "2nd". */
    OPAQUE,
    SYMBOL
  }

  Token {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "start must be non-negative and end > start; got start=" + start + ", end=" + end);
    }
  }

  static Token word(int start, int end, String text, boolean capitalised) {
    return new Token(Kind.WORD, start, end, text, capitalised, 0, 0);
  }

  static Token other(Kind kind, int start, int end, String text, long value, long high) {
    return new Token(kind, start, end, text, false, value, high);
  }

  boolean is(String word) {
    return kind == Kind.WORD && text.equals(word);
  }

  boolean in(Set<String> words) {
    return kind == Kind.WORD && words.contains(text);
  }

  boolean isSymbol(char c) {
    return kind == Kind.SYMBOL && text.charAt(0) == c;
  }

  boolean isDash() {
    return kind == Kind.SYMBOL && Tokenizer.isDash(text.charAt(0));
  }
}
