package org.corroborate.ingest.segment;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.Span;

/**
 * Finds long quoted passages inside one paragraph: {@code “…”}, {@code „…“}, {@code «…»} and
 * straight {@code "…"}. A passage counts when it holds at least {@link #MIN_WORDS} words; its span
 * includes the quote marks. A curly quotation must close before the same opening mark recurs, so an
 * unclosed quotation never swallows the text up to a later one.
 */
final class QuotedPassages {

  static final int MIN_WORDS = 25;

  private QuotedPassages() {}

  static List<Span> in(String text, Span paragraph) {
    List<Span> passages = new ArrayList<>();
    int i = paragraph.start();
    while (i < paragraph.end()) {
      char open = text.charAt(i);
      int close = opensQuotation(text, paragraph, i) ? closing(text, open, i, paragraph.end()) : -1;
      if (close < 0) {
        i++;
        continue;
      }
      if (TextScan.countWords(text, i + 1, close) >= MIN_WORDS) {
        passages.add(new Span(i, close + 1));
      }
      i = close + 1;
    }
    return passages;
  }

  private static boolean opensQuotation(String text, Span paragraph, int i) {
    char c = text.charAt(i);
    if (c == '“' || c == '„' || c == '«') {
      return true;
    }
    if (c != '"') {
      return false;
    }
    if (i == paragraph.start()) {
      return true;
    }
    char before = text.charAt(i - 1);
    return TextScan.isWhitespace(before) || "([{—–-:".indexOf(before) >= 0;
  }

  /** The offset of the mark closing the quotation opened at {@code openAt}, or -1. */
  private static int closing(String text, char open, int openAt, int end) {
    String closers =
        switch (open) {
          case '“' -> "”";
          case '„' -> "“”";
          case '«' -> "»";
          default -> "\"";
        };
    for (int i = openAt + 1; i < end; i++) {
      char c = text.charAt(i);
      if (closers.indexOf(c) >= 0) {
        return i;
      }
      if (c == open) {
        return -1;
      }
    }
    return -1;
  }
}
