package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.corroborate.nlp.claims.TriggerLexicon.Entry;

/**
 * The amount counts casualty nouns: "52 deaths", "dozens of severe injuries", "the delegation
 * witnessed 52 bodies" (a counted body is a person killed), "the seven hostages", and casualty
 * adjectives a number makes nouns of: "left one dead and four others injured".
 */
final class CasualtyNounRule implements FigureRule {

  @Override
  public List<FigureLink> links(Parse parse, AmountNode amount) {
    IndexedWord counted = amount.counted();
    if (!counted.tag().startsWith("N")) {
      IndexedWord adjective = parse.parent(amount.head());
      if (adjective == null
          || !parse.rel(amount.head()).equals("nummod")
          || !adjective.tag().startsWith("J")) {
        return List.of();
      }
      counted = adjective;
    }
    IndexedWord casualty = counted;
    return parse
        .trigger(casualty)
        .filter(e -> e.figure() != null && !e.namesEvent())
        .map(Entry::figure)
        .map(p -> List.of(new FigureLink(p, casualty)))
        .orElse(List.of());
  }
}
