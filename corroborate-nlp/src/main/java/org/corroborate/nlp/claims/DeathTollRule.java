package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.ClaimProperty;

/**
 * The amount is the value of a toll: "the death toll rose to 14", "a toll of 14", "the toll is 14".
 * A toll without a qualifier is a death toll.
 */
final class DeathTollRule implements FigureRule {

  @Override
  public List<FigureLink> links(Parse parse, AmountNode amount) {
    IndexedWord number = amount.role();
    IndexedWord parent = parse.parent(number);
    Optional<IndexedWord> toll = parse.child(number, "nsubj").filter(DeathTollRule::isToll);
    if (toll.isEmpty() && parent != null) {
      if (isToll(parent) && parse.rel(number).equals("nmod")) {
        toll = Optional.of(parent);
      } else {
        toll = parse.child(parent, "nsubj").filter(DeathTollRule::isToll);
      }
    }
    return toll.map(t -> List.of(new FigureLink(ClaimProperty.KILLED, t))).orElse(List.of());
  }

  private static boolean isToll(IndexedWord w) {
    return Parse.lemma(w).equals("toll");
  }
}
