package org.corroborate.ingest.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.corroborate.model.Span;

/**
 * A run of non-blank lines. {@code span} and each of {@code lines} are trimmed of whitespace;
 * {@code indented} says whether the paragraph's first line starts with whitespace.
 */
record Paragraph(int index, Span span, List<Span> lines, boolean indented) {

  Paragraph {
    Objects.requireNonNull(span, "span");
    lines = List.copyOf(lines);
    if (index < 0) {
      throw new IllegalArgumentException("index must be non-negative; got " + index);
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a paragraph has at least one line; got none at " + span);
    }
  }

  /**
   * Splits a text at blank lines (empty or whitespace only); a text with no blank line between its
   * lines is taken to be written one paragraph a line, as many web pages are saved, and is split at
   * every line. Lines end at {@code \n}, {@code \r} or {@code \r\n}.
   */
  static List<Paragraph> split(String text) {
    List<Paragraph> paragraphs = split(text, false);
    return paragraphs.size() == 1 && paragraphs.get(0).lines().size() > 1
        ? split(text, true)
        : paragraphs;
  }

  private static List<Paragraph> split(String text, boolean lineByLine) {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Span> lines = new ArrayList<>();
    boolean indented = false;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = lineStart;
      while (lineEnd < text.length() && !TextScan.isLineBreak(text.charAt(lineEnd))) {
        lineEnd++;
      }
      int start = TextScan.skipWhitespace(text, lineStart, lineEnd);
      if (start == lineEnd) {
        addParagraph(paragraphs, lines, indented);
      } else {
        if (lines.isEmpty()) {
          indented = start > lineStart;
        }
        lines.add(new Span(start, TextScan.trimEnd(text, start, lineEnd)));
        if (lineByLine) {
          addParagraph(paragraphs, lines, indented);
        }
      }
      if (lineEnd == text.length()) {
        break;
      }
      boolean crlf =
          text.charAt(lineEnd) == '\r'
              && lineEnd + 1 < text.length()
              && text.charAt(lineEnd + 1) == '\n';
      lineStart = lineEnd + (crlf ? 2 : 1);
    }
    addParagraph(paragraphs, lines, indented);
    return paragraphs;
  }

  private static void addParagraph(List<Paragraph> paragraphs, List<Span> lines, boolean indented) {
    if (lines.isEmpty()) {
      return;
    }
    Span span = new Span(lines.get(0).start(), lines.get(lines.size() - 1).end());
    paragraphs.add(new Paragraph(paragraphs.size(), span, lines, indented));
    lines.clear();
  }
}
