package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Set;
import org.corroborate.model.ClaimProperty;

/**
 * "Four people were shot, one fatally", "three men were stabbed, two of them fatally": a number
 * that a verb of hitting governs and "fatally" or "mortally" qualifies counts the killed among
 * those hit.
 */
final class FatallyRule implements FigureRule {

  private static final Set<String> FATALLY = Set.of("fatally", "mortally");

  @Override
  public List<FigureLink> links(Parse parse, AmountNode amount) {
    IndexedWord role = amount.role();
    IndexedWord verb = parse.parent(role);
    if (verb == null
        || !verb.tag().startsWith("VB")
        || !(parse.hasAffirmedChildLemma(role, "advmod", FATALLY)
            || parse.hasAffirmedChildLemma(amount.head(), "advmod", FATALLY))
        || parse.trigger(verb).map(e -> e.figure() == null).orElse(true)) {
      return List.of();
    }
    return List.of(new FigureLink(ClaimProperty.KILLED, verb));
  }
}
