package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Set;
import org.corroborate.model.ClaimProperty;

/**
 * "He shot his wife, then turned the gun on himself": the idiom of a shooter's suicide counts the
 * shooter among the killed, as news reports and the datasets built from them do. An attempt the
 * report tells as such ("turned the gun on himself in an attempted suicide") is left alone.
 */
final class TurnedTheGunRule implements FigureRule {

  private static final Set<String> SELF = Set.of("himself", "herself", "themselves");
  private static final Set<String> ON = Set.of("on");
  private static final Set<String> GUNS =
      Set.of("gun", "weapon", "rifle", "pistol", "handgun", "shotgun", "firearm", "revolver");
  private static final Set<String> ATTEMPT = Set.of("attempt", "attempted", "try", "tried");

  @Override
  public List<FigureLink> links(Parse parse, AmountNode amount) {
    IndexedWord self = amount.role();
    IndexedWord verb = parse.parent(self);
    if (verb == null
        || !SELF.contains(Parse.lemma(self))
        || !parse.rel(self).equals("obl")
        || !parse.hasChildLemma(self, "case", ON)
        || !Parse.lemma(verb).equals("turn")
        || parse.children(verb, "obj").stream().noneMatch(g -> GUNS.contains(Parse.lemma(g)))) {
      return List.of();
    }
    boolean attempt =
        parse.children(verb, "obl").stream()
            .anyMatch(
                o -> parse.hasChildLemma(o, "amod", ATTEMPT) || ATTEMPT.contains(Parse.lemma(o)));
    return attempt ? List.of() : List.of(new FigureLink(ClaimProperty.KILLED, verb));
  }
}
