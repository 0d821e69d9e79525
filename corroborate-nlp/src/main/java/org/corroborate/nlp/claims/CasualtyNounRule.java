package org.corroborate.nlp.claims;

import java.util.List;
import org.corroborate.nlp.claims.TriggerLexicon.Entry;

/**
 * The amount counts casualty nouns: "52 deaths", "dozens of severe injuries", "the delegation
 * witnessed 52 bodies" (a counted body is a person killed), "the seven hostages".
 */
final class CasualtyNounRule implements FigureRule {

  @Override
  public List<FigureLink> links(Parse parse, AmountNode amount) {
    if (!amount.counted().tag().startsWith("N")) {
      return List.of();
    }
    return parse
        .trigger(amount.counted())
        .filter(e -> e.figure() != null && !e.namesEvent())
        .map(Entry::figure)
        .map(p -> List.of(new FigureLink(p, amount.counted())))
        .orElse(List.of());
  }
}
