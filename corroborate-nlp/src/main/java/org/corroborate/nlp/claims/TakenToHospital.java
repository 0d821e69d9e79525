package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corroborate.model.ClaimProperty;

/**
 * A verb of carrying with a hospital as its destination counts the people carried as injured, as
 * "hospitalized" does: "Eight people were taken to Bayside General with injuries", "sent four
 * people to the hospital", "the victim was rushed to a trauma center", and so does a verb that
 * leaves them in one ("a shooting that landed a man in the hospital"). The dead carried there are
 * not: "the bodies were taken to the hospital", "he was taken to Orlen General, where he died".
 */
final class TakenToHospital {

  static final TriggerLexicon.Entry ENTRY =
      new TriggerLexicon.Entry(EventTypes.ATTACK, ClaimProperty.INJURED, true);

  private static final Set<String> CARRY =
      Set.of("take", "transport", "rush", "send", "airlift", "fly", "drive", "bring", "carry");

  /** Verbs that leave people in a hospital: "a shooting that landed a man in the hospital". */
  private static final Set<String> LEAVE_IN = Set.of("land", "put");

  /** The heads of a hospital's name: "hospital", "Bayside General", "Grady Memorial". */
  private static final Set<String> HOSPITAL = Set.of("hospital", "infirmary", "clinic");

  private static final Set<String> HOSPITAL_NAME_HEAD = Set.of("general", "memorial");

  /** "medical center", "trauma centre", "health center". */
  private static final Set<String> CENTER = Set.of("center", "centre");

  private static final Set<String> CENTER_KIND = Set.of("medical", "trauma", "health", "burn");

  private static final Set<String> DEAD = Set.of("body", "corpse", "remains", "dead");

  private static final Set<String> DIE = Set.of("die", "succumb");

  private static final Set<String> PRONOUNCE = Set.of("pronounce", "declare");

  private TakenToHospital() {}

  /** Whether {@code verb} carries people to a hospital in this parse. */
  static boolean is(Parse parse, IndexedWord verb) {
    String lemma = Parse.lemma(verb);
    boolean carry = CARRY.contains(lemma);
    if (!verb.tag().startsWith("VB") || !(carry || LEAVE_IN.contains(lemma))) {
      return false;
    }
    for (IndexedWord carried : parse.children(verb, "obj", "nsubj:pass")) {
      if (DEAD.contains(Parse.lemma(carried))) {
        return false;
      }
    }
    List<IndexedWord> places = new ArrayList<>(parse.children(verb, "obl"));
    if (!carry) {
      // the parser may hang "in the hospital" on the people left there
      for (IndexedWord left : parse.children(verb, "obj")) {
        places.addAll(parse.children(left, "nmod"));
      }
    }
    for (IndexedWord to : places) {
      if (parse.caseOf(to).equals(carry ? "to" : "in") && isHospital(parse, to)) {
        return !diedThere(parse, verb);
      }
    }
    return false;
  }

  /**
   * "taken to Orlen General Hospital, where he died", "transported to the hospital where she later
   * died", "where he was pronounced dead", "taken to the hospital and later succumbed", "taken to a
   * clinic and then flown to a hospital in Orlen where they died": the people carried are among the
   * dead.
   */
  private static boolean diedThere(Parse parse, IndexedWord verb) {
    List<IndexedWord> after = new ArrayList<>();
    for (IndexedWord d : parse.descendants(verb)) {
      String rel = parse.rel(d);
      if (d.equals(verb)) {
        continue;
      }
      if (rel.equals("acl:relcl")
          || (verb.equals(parse.parent(d)) && rel.equals("advcl"))
          || (rel.equals("conj") && !parse.hasSubject(d))) {
        after.add(d);
      }
    }
    for (IndexedWord w : after) {
      String lemma = Parse.lemma(w);
      if (DIE.contains(lemma)
          || (PRONOUNCE.contains(lemma)
              && parse.children(w, "xcomp", "obj").stream()
                  .anyMatch(x -> Parse.lemma(x).equals("dead")))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHospital(Parse parse, IndexedWord w) {
    String lemma = Parse.lemma(w);
    if (HOSPITAL.contains(lemma)) {
      return true;
    }
    if (HOSPITAL_NAME_HEAD.contains(lemma)) {
      return w.tag().startsWith("NNP");
    }
    return CENTER.contains(lemma)
        && parse.children(w, "compound", "amod").stream()
            .anyMatch(c -> CENTER_KIND.contains(Parse.lemma(c)));
  }
}
