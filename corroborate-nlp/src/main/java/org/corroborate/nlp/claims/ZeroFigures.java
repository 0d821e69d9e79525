package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Quantity;
import org.corroborate.model.Span;

/**
 * "No one was killed", "nobody was hurt": a figure of zero, read from a negative subject of a
 * casualty predicate. The figure (0) is asserted; the claim that the killing occurred is denied
 * (see {@link PolarityRule}). "No one else was hurt" counts nobody besides those told of and is no
 * figure.
 */
final class ZeroFigures {

  /** A zero figure and the predicate it counts for. */
  record Zero(FigureLink link, Quantity quantity) {}

  private static final Set<String> NOBODY = Set.of("nobody", "noone", "none");

  /** "No one else was hurt": nobody besides those told of, no count of the incident's own. */
  private static final Set<String> ELSE = Set.of("else");

  List<Zero> find(Parse parse) {
    List<Zero> zeros = new ArrayList<>();
    for (IndexedWord w : parse.words()) {
      String rel = parse.rel(w);
      if (!rel.equals("nsubj:pass") && !rel.equals("nsubj")) {
        continue;
      }
      boolean noOne = Parse.lemma(w).equals("one") && parse.hasChildLemma(w, "det", Set.of("no"));
      if ((!noOne && !NOBODY.contains(Parse.lemma(w)))
          || parse.hasChildLemma(w, "advmod", ELSE)
          || parse.hasChildLemma(w, "amod", ELSE)) {
        continue;
      }
      IndexedWord predicate = parse.parent(w);
      ClaimProperty figure =
          predicate.tag().startsWith("N")
              ? null
              : parse.trigger(predicate).map(TriggerLexicon.Entry::figure).orElse(null);
      boolean patient =
          rel.equals("nsubj:pass")
              || parse.trigger(predicate).map(e -> !e.namesEvent()).orElse(false);
      if (figure != null && patient) {
        int start = noOne ? parse.child(w, "det").orElseThrow().beginPosition() : w.beginPosition();
        Span span = new Span(start, w.endPosition());
        zeros.add(
            new Zero(
                new FigureLink(figure, predicate), Quantity.exact(span, parse.textOf(span), 0)));
      }
    }
    return zeros;
  }
}
