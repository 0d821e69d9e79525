package org.corroborate.ingest.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.corroborate.model.Segment;
import org.corroborate.model.SegmentKind;
import org.corroborate.model.Span;

/**
 * Splits a document's extracted text into {@link Segment}s of one {@link SegmentKind} each.
 *
 * <p>Paragraphs are separated by blank lines. Every character gets a kind, and each paragraph is
 * cut into runs of one kind, trimmed of whitespace. The kinds, weakest first (a stronger one
 * overrides a weaker one where both apply):
 *
 * <ol>
 *   <li>{@code BODY}, the default;
 *   <li>{@code BOILERPLATE} for short lines of page furniture ({@link PageFurniture});
 *   <li>{@code QUOTATION} for quoted passages of at least 25 words ({@link QuotedPassages}), which
 *       may be a whole paragraph or a part of one;
 *   <li>{@code COMMENTS} from the start of the reader comments to the end of the text ({@link
 *       CommentSection});
 *   <li>the {@link StructureHints} from markup, which win for what they cover (quotations, then
 *       boilerplate, then comments); spans beyond the text are clipped to it.
 * </ol>
 *
 * <p>The segments are ordered, never overlap, never cross a paragraph break, carry the 0-based
 * index of their paragraph and together cover every non-whitespace character. Instances hold no
 * state and are safe to share between threads.
 */
public final class Segmenter {

  private static final SegmentKind[] KINDS = SegmentKind.values();

  public List<Segment> segment(String text, StructureHints hints) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(hints, "hints");
    List<Paragraph> paragraphs = Paragraph.split(text);
    byte[] kinds = new byte[text.length()];
    for (Paragraph paragraph : paragraphs) {
      for (Span line : paragraph.lines()) {
        if (PageFurniture.is(line.of(text))) {
          mark(kinds, line, SegmentKind.BOILERPLATE);
        }
      }
      for (Span passage : QuotedPassages.in(text, paragraph.span())) {
        mark(kinds, passage, SegmentKind.QUOTATION);
      }
    }
    int comments = CommentSection.start(text, paragraphs);
    if (comments >= 0) {
      mark(kinds, new Span(comments, text.length()), SegmentKind.COMMENTS);
    }
    hints.quotations().forEach(span -> mark(kinds, span, SegmentKind.QUOTATION));
    hints.boilerplate().forEach(span -> mark(kinds, span, SegmentKind.BOILERPLATE));
    hints.comments().forEach(span -> mark(kinds, span, SegmentKind.COMMENTS));
    return runs(text, paragraphs, kinds);
  }

  private static void mark(byte[] kinds, Span span, SegmentKind kind) {
    int end = Math.min(span.end(), kinds.length);
    if (span.start() < end) {
      Arrays.fill(kinds, span.start(), end, (byte) kind.ordinal());
    }
  }

  private static List<Segment> runs(String text, List<Paragraph> paragraphs, byte[] kinds) {
    List<Segment> segments = new ArrayList<>();
    for (Paragraph paragraph : paragraphs) {
      int end = paragraph.span().end();
      int i = paragraph.span().start();
      while (i < end) {
        int runEnd = i + 1;
        while (runEnd < end && kinds[runEnd] == kinds[i]) {
          runEnd++;
        }
        int start = TextScan.skipWhitespace(text, i, runEnd);
        if (start < runEnd) {
          Span span = new Span(start, TextScan.trimEnd(text, start, runEnd));
          segments.add(new Segment(span, KINDS[kinds[i]], paragraph.index()));
        }
        i = runEnd;
      }
    }
    return segments;
  }
}
