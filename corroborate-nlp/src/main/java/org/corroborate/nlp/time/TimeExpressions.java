package org.corroborate.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.model.Span;
import org.corroborate.model.TimeMention;

/**
 * Finds the time expressions of a text and normalises them; see the package description for what is
 * read and how. Holds no state between calls: one instance serves any number of threads.
 */
public final class TimeExpressions {

  private final List<Recognizer> recognizers =
      List.of(new CalendarDates(), new Holidays(), new ClockTimes(), new RelativePhrases());

  /**
   * Every time expression in {@code text}, in text order and without overlaps, with spans shifted
   * by {@code offset} (the text's position in its document). Expressions that cannot be resolved in
   * {@code ctx} are left out.
   */
  public List<TimeMention> find(String text, int offset, TimeContext ctx) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(ctx, "ctx");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be non-negative; got " + offset);
    }
    List<Piece> found = new ArrayList<>();
    for (Recognizer recognizer : recognizers) {
      recognizer.find(text, ctx.order(), found);
    }
    List<Piece> pieces = Composer.compose(text, found);
    Resolver resolver = new Resolver(ctx);
    Sentences sentences = Sentences.of(text);
    List<Resolved> narrative = new ArrayList<>();
    List<TimeMention> mentions = new ArrayList<>();
    for (Piece piece : pieces) {
      List<Resolved> sentence =
          piece.eventYearsBefore == null
              ? List.of()
              : sameSentence(piece, pieces, sentences, resolver, narrative);
      Optional<Resolved> resolved = resolver.resolve(piece, narrative, sentence);
      if (resolved.isEmpty()) {
        continue;
      }
      Resolved r = resolved.get();
      boolean ofStatement = StatementDates.dates(text, r.start(), r.end());
      if (!ofStatement && !piece.datesWhatFollows) {
        narrative.add(r);
      }
      mentions.add(
          new TimeMention(
              new Span(offset + r.start(), offset + r.end()),
              text.substring(r.start(), r.end()),
              r.value(),
              r.note(),
              ofStatement));
    }
    return List.copyOf(mentions);
  }

  /** The other expressions of the piece's sentence that stand on their own, resolved. */
  private static List<Resolved> sameSentence(
      Piece piece,
      List<Piece> pieces,
      Sentences sentences,
      Resolver resolver,
      List<Resolved> earlier) {
    int sentence = sentences.indexOf(piece.start);
    List<Resolved> out = new ArrayList<>();
    for (Piece other : pieces) {
      if (other != piece && !other.isAnchored() && sentences.indexOf(other.start) == sentence) {
        Optional<Resolved> r = resolver.resolve(other, earlier, List.of());
        r.ifPresent(out::add);
      }
    }
    return out;
  }
}
