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
    IndexedWord casualty = casualtyWord(parse, amount);
    if (casualty == null) {
      return List.of();
    }
    return parse
        .trigger(casualty)
        .filter(e -> e.figure() != null && !e.namesEvent())
        .map(Entry::figure)
        .map(p -> List.of(new FigureLink(p, casualty)))
        .orElse(List.of());
  }

  /** The noun counted, or the adjective the number stands on ("one dead"); null when neither. */
  private static IndexedWord casualtyWord(Parse parse, AmountNode amount) {
    if (amount.counted().tag().startsWith("N")) {
      return amount.counted();
    }
    IndexedWord adjective = parse.parent(amount.head());
    return adjective != null
            && parse.rel(amount.head()).equals("nummod")
            && adjective.tag().startsWith("J")
        ? adjective
        : null;
  }
}
