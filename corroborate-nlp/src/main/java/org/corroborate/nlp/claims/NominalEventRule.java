package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.ClaimProperty;

/**
 * The counted people are the "of" argument of a nominal casualty event: "the killing of 20 people",
 * "the abduction of three aid workers", "the gassing with chemical weapons of over 1,400 people",
 * "the shooting death of Dana Okonjo".
 *
 * <p>The last example shows a common parser error: the "of" phrase is attached to the nearest noun
 * ("weapons") rather than to the event noun. When the noun the phrase hangs from is no event and an
 * event noun stands before it as its sibling or its parent, the phrase is read as that event's
 * argument — a repair of prepositional attachment, not a guess by distance.
 */
final class NominalEventRule implements FigureRule {

  /** Nouns of a death that name no event of their own: "the shooting death of Dana Okonjo". */
  private static final Set<String> DEATH = Set.of("death");

  @Override
  public List<FigureLink> links(Parse parse, AmountNode amount) {
    IndexedWord counted = amount.role();
    IndexedWord noun = parse.parent(counted);
    if (noun == null || !parse.rel(counted).equals("nmod") || !parse.caseOf(counted).equals("of")) {
      return List.of();
    }
    return eventNoun(parse, noun)
        .or(() -> reattached(parse, noun))
        .flatMap(e -> figureOf(parse, e).map(p -> new FigureLink(p, e)))
        .map(List::of)
        .orElse(List.of());
  }

  private static Optional<IndexedWord> eventNoun(Parse parse, IndexedWord noun) {
    return figureOf(parse, noun).isPresent() ? Optional.of(noun) : Optional.empty();
  }

  private static Optional<IndexedWord> reattached(Parse parse, IndexedWord noun) {
    IndexedWord parent = parse.parent(noun);
    if (parent == null) {
      return Optional.empty();
    }
    if (parent.index() < noun.index() && eventNoun(parse, parent).isPresent()) {
      return Optional.of(parent);
    }
    IndexedWord closest = null;
    for (IndexedWord sibling : parse.allChildren(parent)) {
      if (sibling.index() < noun.index() && eventNoun(parse, sibling).isPresent()) {
        closest = sibling;
      }
    }
    return Optional.ofNullable(closest);
  }

  private static Optional<ClaimProperty> figureOf(Parse parse, IndexedWord w) {
    if (!w.tag().startsWith("N")) {
      return Optional.empty();
    }
    return parse
        .trigger(w)
        .filter(e -> e.namesEvent() || DEATH.contains(Parse.lemma(w)))
        .map(e -> e.figure());
  }
}
