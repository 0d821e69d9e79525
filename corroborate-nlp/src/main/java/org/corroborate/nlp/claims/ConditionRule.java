package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corroborate.model.ClaimProperty;

/**
 * The people counted are in a hospital's condition: "the child is in stable but serious condition",
 * "two men were listed in critical condition". A hospital reports the condition of the living it
 * treats, so they are injured.
 */
final class ConditionRule implements FigureRule {

  private static final Set<String> IN = Set.of("in");

  /** How hospitals report a patient's condition. */
  private static final Set<String> CONDITIONS =
      Set.of("critical", "serious", "stable", "fair", "grave", "good", "satisfactory");

  @Override
  public List<FigureLink> links(Parse parse, AmountNode amount) {
    IndexedWord role = amount.role();
    String rel = parse.rel(role);
    IndexedWord verb = parse.parent(role);
    if (verb == null || !(rel.equals("nsubj") || rel.equals("nsubj:pass"))) {
      return List.of();
    }
    List<IndexedWord> conditions = new ArrayList<>(parse.children(verb, "obl"));
    conditions.add(verb); // "is in critical condition": the condition heads the clause
    for (IndexedWord w : conditions) {
      if (Parse.lemma(w).equals("condition")
          && parse.hasChildLemma(w, "case", IN)
          && parse.hasChildLemma(w, "amod", CONDITIONS)) {
        return List.of(new FigureLink(ClaimProperty.INJURED, w));
      }
    }
    return List.of();
  }
}
