package org.corroborate.nlp.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.Segment;
import org.corroborate.model.SegmentKind;
import org.corroborate.model.Span;

/**
 * The stretches of a text that quote someone: text between double quotation marks (curly or
 * straight), and QUOTATION segments. A quotation that runs over several paragraphs follows the
 * printers' convention — each paragraph opens with a quotation mark and only the last one closes —
 * so a paragraph break ends an open quotation unless the next paragraph opens with a mark.
 */
final class QuotedRegions {

  private final List<Span> regions;

  private QuotedRegions(List<Span> regions) {
    this.regions = List.copyOf(regions);
  }

  static QuotedRegions of(String text, List<Segment> segments) {
    List<Span> regions = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (open < 0) {
        if (c == '“' || (c == '"' && opensStraight(text, i))) {
          open = i;
        }
      } else if (c == '”' || c == '"') {
        regions.add(new Span(open, i + 1));
        open = -1;
      } else if (c == '\n' && !nextParagraphOpensQuote(text, i)) {
        regions.add(new Span(open, i));
        open = -1;
      }
    }
    if (open >= 0) {
      regions.add(new Span(open, text.length()));
    }
    for (Segment s : segments) {
      if (s.kind() == SegmentKind.QUOTATION) {
        regions.add(s.span());
      }
    }
    return new QuotedRegions(regions);
  }

  /** The quotation holding {@code offset}, if any (the innermost one for nested regions). */
  Optional<Span> around(int offset) {
    Span best = null;
    for (Span r : regions) {
      if (r.start() <= offset && offset < r.end() && (best == null || best.contains(r))) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean opensStraight(String text, int i) {
    boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    return before && after;
  }

  private static boolean nextParagraphOpensQuote(String text, int newline) {
    int j = newline + 1;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j < text.length() && (text.charAt(j) == '“' || text.charAt(j) == '"');
  }
}
