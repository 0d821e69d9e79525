package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Set;

/**
 * "a shooting that left two people dead and three others injured", "left one man dead and his
 * brother seriously wounded": the people a verb of leaving leaves are counted by the casualty word
 * that follows them, however the parser attaches that word — to the people, to the verb, or to
 * nothing near (it often takes "injured" for an adverb of "left").
 */
final class LeftInAStateRule implements FigureRule {

  /** Adverbs of degree between the people and their state: "seriously wounded". */
  private static final Set<String> DEGREE =
      Set.of(
          "seriously critically severely badly gravely slightly mortally fatally also".split(" "));

  @Override
  public List<FigureLink> links(Parse parse, AmountNode amount) {
    IndexedWord people = amount.role();
    IndexedWord first = people;
    while (parse.rel(first).equals("conj") && parse.parent(first) != null) {
      first = parse.parent(first);
    }
    IndexedWord verb = parse.parent(first);
    if (verb == null
        || !verb.tag().startsWith("VB")
        || !Parse.lemma(verb).equals("leave")
        || !parse.rel(first).equals("obj")) {
      return List.of();
    }
    List<IndexedWord> words = parse.words();
    int at = words.indexOf(people) + 1;
    while (at < words.size() && DEGREE.contains(Parse.lemma(words.get(at)))) {
      at++;
    }
    if (at >= words.size()) {
      return List.of();
    }
    IndexedWord state = words.get(at);
    if (!(state.tag().equals("VBN") || state.tag().equals("VBD") || state.tag().startsWith("J"))) {
      return List.of();
    }
    return parse
        .trigger(state)
        .filter(e -> e.figure() != null)
        .map(e -> List.of(new FigureLink(e.figure(), state)))
        .orElse(List.of());
  }
}
