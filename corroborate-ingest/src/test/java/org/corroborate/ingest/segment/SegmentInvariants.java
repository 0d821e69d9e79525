package org.corroborate.ingest.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.model.Segment;
import org.corroborate.model.SegmentKind;
import org.corroborate.model.Span;

/**
 * What every segmentation must satisfy, checked against an independent reading of the text:
 * segments are non-empty, trimmed, ordered, non-overlapping, inside one paragraph, carry that
 * paragraph's index, and cover every non-whitespace character.
 */
final class SegmentInvariants {

  private SegmentInvariants() {}

  static void check(String text, List<Segment> segments, String context) {
    int[] paragraphOf = paragraphOfEachCharacter(text);
    boolean[] covered = new boolean[text.length()];
    int previousEnd = 0;
    int previousParagraph = 0;
    for (Segment segment : segments) {
      Span span = segment.span();
      String where = context + ", segment " + segment;
      assertThat(span.end()).as(where + " fits the text").isLessThanOrEqualTo(text.length());
      assertThat(span.isEmpty()).as(where + " is not empty").isFalse();
      assertThat(isSpace(text.charAt(span.start()))).as(where + " is trimmed at start").isFalse();
      assertThat(isSpace(text.charAt(span.end() - 1))).as(where + " is trimmed at end").isFalse();
      assertThat(span.start())
          .as(where + " starts after the previous one")
          .isGreaterThanOrEqualTo(previousEnd);
      assertThat(segment.paragraph())
          .as(where + " carries the index of its paragraph")
          .isEqualTo(paragraphOf[span.start()])
          .isEqualTo(paragraphOf[span.end() - 1])
          .isGreaterThanOrEqualTo(previousParagraph);
      for (int i = span.start(); i < span.end(); i++) {
        covered[i] = true;
      }
      previousEnd = span.end();
      previousParagraph = segment.paragraph();
    }
    for (int i = 0; i < text.length(); i++) {
      if (!isSpace(text.charAt(i))) {
        assertThat(covered[i]).as(context + ": character " + i + " is covered").isTrue();
      }
    }
  }

  /** Without hints, the comments run from where they start to the end of the text. */
  static void checkCommentsRunToTheEnd(List<Segment> segments, String context) {
    int first = -1;
    for (int i = 0; i < segments.size(); i++) {
      if (segments.get(i).kind() == SegmentKind.COMMENTS && first < 0) {
        first = i;
      }
    }
    if (first >= 0) {
      assertThat(segments.subList(first, segments.size()))
          .as(context + ": everything after the first comment is comments")
          .allMatch(s -> s.kind() == SegmentKind.COMMENTS);
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * The paragraph index of every character, -1 for characters outside any paragraph (blank lines
   * and the breaks around them). A text that is one paragraph of several lines has a paragraph on
   * every line.
   */
  private static int[] paragraphOfEachCharacter(String text) {
    int[] byBlankLines = paragraphOfEachCharacter(text, false);
    boolean onlyOne = true;
    boolean severalLines = false;
    for (int i = 0; i < text.length(); i++) {
      onlyOne &= byBlankLines[i] <= 0;
      severalLines |= byBlankLines[i] == 0 && (text.charAt(i) == '\n' || text.charAt(i) == '\r');
    }
    return onlyOne && severalLines ? paragraphOfEachCharacter(text, true) : byBlankLines;
  }

  private static int[] paragraphOfEachCharacter(String text, boolean lineByLine) {
    int[] paragraphOf = new int[text.length()];
    int paragraph = -1;
    boolean blankSinceLastText = true;
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = lineStart;
      while (lineEnd < text.length()
          && text.charAt(lineEnd) != '\n'
          && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      boolean blank = text.substring(lineStart, lineEnd).chars().allMatch(c -> isSpace((char) c));
      if (!blank && (blankSinceLastText || lineByLine)) {
        paragraph++;
      }
      blankSinceLastText = blank;
      int next = lineEnd;
      if (next < text.length()) {
        next += text.startsWith("\r\n", next) ? 2 : 1;
      }
      for (int i = lineStart; i < next; i++) {
        paragraphOf[i] = blank ? -1 : paragraph;
      }
      lineStart = next;
    }
    return paragraphOf;
  }
}
