package org.corroborate.ingest;

import org.apache.tika.exception.WriteLimitReachedException;
import org.corroborate.model.Span;

/**
 * Builds extracted text paragraph by paragraph: whitespace inside a paragraph collapses to one
 * space, paragraphs are separated by a blank line, and the text may not pass a character limit.
 */
final class ParagraphText {

  private static final String SEPARATOR = "\n\n";

  private final int maxChars;
  private final StringBuilder text = new StringBuilder();
  private final StringBuilder paragraph = new StringBuilder();
  private final boolean blankLineEndsParagraph;
  private boolean pendingSpace;
  private int newlinesInSpace;
  private boolean limitReached;

  /**
   * @param blankLineEndsParagraph whether a blank line inside an element's text ends a paragraph,
   *     as in the plain-text body of an e-mail
   */
  ParagraphText(int maxChars, boolean blankLineEndsParagraph) {
    this.maxChars = maxChars;
    this.blankLineEndsParagraph = blankLineEndsParagraph;
  }

  /** Appends characters to the open paragraph; returns how many were not whitespace. */
  int append(char[] ch, int start, int length) throws WriteLimitReachedException {
    int visible = 0;
    for (int i = start; i < start + length; i++) {
      char c = ch[i];
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = paragraph.length() > 0 && paragraph.charAt(paragraph.length() - 1) != '\n';
        if (c == '\n' && ++newlinesInSpace == 2 && blankLineEndsParagraph) {
          endParagraph();
        }
      } else {
        newlinesInSpace = 0;
        if (pendingSpace) {
          add(' ');
          pendingSpace = false;
        }
        add(c);
        visible++;
      }
    }
    return visible;
  }

  /** A line break inside the open paragraph ({@code <br>}). */
  void lineBreak() throws WriteLimitReachedException {
    pendingSpace = false;
    newlinesInSpace = 0;
    if (paragraph.length() > 0 && paragraph.charAt(paragraph.length() - 1) != '\n') {
      add('\n');
    }
  }

  /** Closes the open paragraph; returns its span in the text, or null when it was empty. */
  Span endParagraph() {
    pendingSpace = false;
    newlinesInSpace = 0;
    int end = paragraph.length();
    while (end > 0 && paragraph.charAt(end - 1) == '\n') {
      end--;
    }
    if (end == 0) {
      paragraph.setLength(0);
      return null;
    }
    if (text.length() > 0) {
      text.append(SEPARATOR);
    }
    int start = text.length();
    text.append(paragraph, 0, end);
    paragraph.setLength(0);
    return new Span(start, text.length());
  }

  /** Closes the open paragraph and returns a mark for {@link #spanSince(int)}. */
  int mark() {
    endParagraph();
    return text.length();
  }

  /** Closes the open paragraph; returns the span of the paragraphs written since the mark. */
  Span spanSince(int mark) {
    endParagraph();
    if (text.length() == mark) {
      return null;
    }
    return new Span(mark == 0 ? 0 : mark + SEPARATOR.length(), text.length());
  }

  /** Whether the text hit the character limit, even if a parser swallowed the exception. */
  boolean limitReached() {
    return limitReached;
  }

  String text() {
    endParagraph();
    return text.toString();
  }

  private void add(char c) throws WriteLimitReachedException {
    if (text.length() + SEPARATOR.length() + paragraph.length() >= maxChars) {
      limitReached = true;
      throw new WriteLimitReachedException(maxChars);
    }
    paragraph.append(c);
  }
}
