package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.ClaimProperty;
import org.corroborate.nlp.claims.TriggerLexicon.Entry;

/**
 * The counted noun is modified by a casualty participle or adjective: "seven injured residents",
 * "the seven Iranian exiles abducted on 1 September", "people killed in the raid", "residents who
 * were executed", and the participles conjoined to it ("a girl who was shot and killed"). "The
 * fatally wounded teen" counts the killed. An active participle or relative clause ("men killing",
 * "men who killed") counts the agents and is no figure.
 */
final class ModifierRule implements FigureRule {

  @Override
  public List<FigureLink> links(Parse parse, AmountNode amount) {
    IndexedWord noun = amount.role();
    if (!noun.tag().startsWith("N")) {
      return List.of();
    }
    List<FigureLink> links = new ArrayList<>();
    List<IndexedWord> numbers = parse.children(noun, "nummod");
    for (IndexedWord m : parse.children(noun, "amod", "acl", "acl:relcl")) {
      boolean patient =
          switch (parse.rel(m)) {
            case "amod" -> m.tag().equals("VBN") || m.tag().startsWith("J");
            case "acl" -> m.tag().equals("VBN") || m.tag().startsWith("J");
            default -> parse.isPassive(m) || isTollWord(parse, m);
          };
      if (patient) {
        if (isNearest(amount, m, numbers)) {
          figureOf(parse, m)
              .ifPresent(p -> links.add(new FigureLink(PredicateRoleRule.fatal(parse, m, p), m)));
        }
        for (IndexedWord c : parse.children(m, "conj")) {
          if (!parse.hasSubject(c)
              && (c.tag().equals("VBN") || c.tag().startsWith("J"))
              && isNearest(amount, c, numbers)) {
            figureOf(parse, c).ifPresent(p -> links.add(new FigureLink(p, c)));
          }
        }
      }
    }
    return links;
  }

  /** Whether of the noun's numbers the amount's is the nearest to {@code w} (ties: the first). */
  private static boolean isNearest(AmountNode amount, IndexedWord w, List<IndexedWord> numbers) {
    if (numbers.size() < 2 || !numbers.contains(amount.head())) {
      return true;
    }
    IndexedWord nearest = numbers.get(0);
    for (IndexedWord n : numbers) {
      if (Math.abs(n.index() - w.index()) < Math.abs(nearest.index() - w.index())) {
        nearest = n;
      }
    }
    return nearest.equals(amount.head());
  }

  private static boolean isTollWord(Parse parse, IndexedWord w) {
    return parse.trigger(w).map(e -> !e.namesEvent()).orElse(false);
  }

  private static Optional<ClaimProperty> figureOf(Parse parse, IndexedWord w) {
    return parse.trigger(w).map(Entry::figure);
  }
}
