package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corroborate.model.ClaimProperty;

/**
 * A verb of striking whose agent is a bullet or gunfire names a shooting and counts the people
 * struck as hit, as "shot" does: "a guard was struck by stray gunfire", "two men were hit by stray
 * bullets", "a bullet grazed a 9-year-old girl"; so does one that strikes people in a part of the
 * body and names nothing that struck them ("a guard was hit in the shoulder"). Struck by or with
 * anything else — a car, a bat — is no shooting, and cars and houses struck by gunfire are nobody
 * hit.
 */
final class StruckByGunfire {

  static final TriggerLexicon.Entry ENTRY =
      new TriggerLexicon.Entry(EventTypes.SHOOTING, ClaimProperty.INJURED, true);

  private static final Set<String> STRIKE = Set.of("strike", "hit", "graze");

  private static final Set<String> PROJECTILE =
      Set.of("bullet", "gunfire", "gunshot", "round", "shot", "pellet", "buckshot");

  /** Where a bullet hits: "was struck in the leg". */
  private static final Set<String> BODY =
      Set.of(
          ("head face neck chest back shoulder arm hand leg foot knee thigh hip abdomen stomach"
                  + " torso side buttock groin ankle wrist elbow jaw eye cheek calf heel finger toe")
              .split(" "));

  /** What bullets strike that is nobody: "three parked vans were hit by gunfire". */
  private static final Set<String> THINGS =
      Set.of(
          ("car vehicle suv truck van bus house home residence apartment building window"
                  + " windshield door wall business store school property structure garage room"
                  + " bedroom roof tire tree ground")
              .split(" "));

  private StruckByGunfire() {}

  /** Whether {@code verb} strikes people with a bullet or gunfire in this parse. */
  static boolean is(Parse parse, IndexedWord verb) {
    if (!verb.tag().startsWith("VB") || !STRIKE.contains(Parse.lemma(verb))) {
      return false;
    }
    for (IndexedWord struck : parse.children(verb, "nsubj:pass", "obj")) {
      if (THINGS.contains(Parse.lemma(struck))) {
        return false;
      }
    }
    List<IndexedWord> agents = new ArrayList<>(parse.children(verb, "obl:agent"));
    for (IndexedWord by : parse.children(verb, "obl")) {
      if (parse.caseOf(by).equals("by") || parse.caseOf(by).equals("with")) {
        agents.add(by);
      }
    }
    if (!parse.isPassive(verb)) {
      agents.addAll(parse.children(verb, "nsubj"));
    }
    if (agents.isEmpty() && parse.isPassive(verb)) {
      return parse.children(verb, "obl").stream()
          .anyMatch(o -> parse.caseOf(o).equals("in") && BODY.contains(Parse.lemma(o)));
    }
    return agents.stream().anyMatch(a -> PROJECTILE.contains(Parse.lemma(a)));
  }
}
