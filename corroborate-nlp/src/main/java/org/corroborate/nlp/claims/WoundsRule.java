package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corroborate.model.ClaimProperty;

/**
 * The people counted bear wounds: "three men walked into a gas station with gunshot wounds", "a
 * girl with a gunshot wound", "two officers were found with injuries". Reports of the wounded often
 * use no casualty verb at all. Wounds called fatal or mortal count no injured; people found dead
 * with wounds are the killed only (see {@code ClaimExtractor}).
 */
final class WoundsRule implements FigureRule {

  private static final Set<String> WOUNDS = Set.of("wound", "injury");
  private static final Set<String> WITH = Set.of("with");
  private static final Set<String> FATAL = Set.of("fatal", "mortal", "deadly", "lethal");

  @Override
  public List<FigureLink> links(Parse parse, AmountNode amount) {
    IndexedWord role = amount.role();
    List<IndexedWord> candidates = new ArrayList<>(parse.children(role, "nmod"));
    String rel = parse.rel(role);
    IndexedWord verb = parse.parent(role);
    if (verb != null && (rel.equals("nsubj") || rel.equals("nsubj:pass"))) {
      candidates.addAll(parse.children(verb, "obl"));
    }
    for (IndexedWord w : candidates) {
      if (WOUNDS.contains(Parse.lemma(w))
          && parse.hasChildLemma(w, "case", WITH)
          && !parse.hasChildLemma(w, "amod", FATAL)) {
        return List.of(new FigureLink(ClaimProperty.INJURED, w));
      }
    }
    return List.of();
  }
}
