package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.ClaimProperty;

/**
 * The amount is the value of a toll: "the death toll rose to 14", "a toll of 14", "the toll is 14".
 * A toll without a qualifier is a death toll. So is the amount the value of a number of people
 * something happened to: "the number of people injured climbed to nine", "the number of dead is 14"
 * count the injured and the killed.
 */
final class DeathTollRule implements FigureRule {

  private static final String[] OF_MODIFIERS = {"acl", "acl:relcl", "amod"};

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
    if (toll.isPresent()) {
      return List.of(new FigureLink(ClaimProperty.KILLED, toll.get()));
    }
    Optional<IndexedWord> subject = parse.child(number, "nsubj");
    if (subject.isEmpty() && parent != null && parse.caseOf(number).equals("to")) {
      subject = parse.child(parent, "nsubj", "nsubj:pass");
    }
    return subject.flatMap(s -> numberOf(parse, s)).map(List::of).orElse(List.of());
  }

  private static boolean isToll(IndexedWord w) {
    return Parse.lemma(w).equals("toll");
  }

  /**
   * What "the number of ..." counts, when it counts casualties: "the number of dead", "of deaths",
   * "of people killed".
   */
  private static Optional<FigureLink> numberOf(Parse parse, IndexedWord w) {
    if (!Parse.lemma(w).equals("number")) {
      return Optional.empty();
    }
    for (IndexedWord of : parse.children(w, "nmod")) {
      if (!parse.caseOf(of).equals("of")) {
        continue;
      }
      Optional<FigureLink> own = figure(parse, of);
      if (own.isPresent()) {
        return own;
      }
      for (IndexedWord m : modifiers(parse, w, of)) {
        Optional<FigureLink> modifier = figure(parse, m);
        if (modifier.isPresent()) {
          return modifier;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The words that say what happened to the people of "the number of people": "killed", "who were
   * wounded"; the parser sometimes makes a participle right after them a second subject of the
   * number's verb ("the number of people injured climbed to nine").
   */
  private static List<IndexedWord> modifiers(Parse parse, IndexedWord number, IndexedWord of) {
    List<IndexedWord> out = new ArrayList<>(parse.children(of, OF_MODIFIERS));
    IndexedWord verb = parse.parent(number);
    if (verb != null) {
      for (IndexedWord s : parse.children(verb, "nsubj")) {
        if (s.tag().equals("VBN") && s.index() == of.index() + 1) {
          out.add(s);
        }
      }
    }
    return out;
  }

  private static Optional<FigureLink> figure(Parse parse, IndexedWord w) {
    return parse
        .trigger(w)
        .map(TriggerLexicon.Entry::figure)
        .filter(ClaimProperty::isFigure)
        .map(p -> new FigureLink(p, w));
  }
}
