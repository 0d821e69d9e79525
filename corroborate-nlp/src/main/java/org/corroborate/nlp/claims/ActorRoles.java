package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.ClaimProperty;

/**
 * Perpetrators and victims named as arguments of an event word: the subject of an active verb and
 * the "by" phrase of a passive verb or an event noun are its perpetrator ("Iraqi forces stormed",
 * "abducted by Iraqi forces"); the object of an active verb, the subject of a passive one and the
 * "of"/"on"/"against" phrase of an event noun are its victims ("an assault on a small group of
 * unarmed Iranian dissidents"). Only names (PERSON, ORGANIZATION) and nouns of armed or civilian
 * groups qualify, so that pronouns, places and numbers do not.
 */
final class ActorRoles {

  /** One role: who, and in which relation to the event word. */
  record Role(ClaimProperty property, IndexedWord head) {}

  private static final Set<String> FORCES =
      Set.of(
          "force",
          "army",
          "military",
          "soldier",
          "troop",
          "police",
          "policeman",
          "officer",
          "militia",
          "militiaman",
          "militant",
          "gunman",
          "rebel",
          "insurgent",
          "government",
          "regime",
          "fighter",
          "attacker",
          "shooter",
          "suspect",
          "guard",
          "battalion",
          "unit",
          "jihadist",
          "group");
  private static final Set<String> PEOPLE =
      Set.of(
          "people",
          "person",
          "resident",
          "civilian",
          "villager",
          "dissident",
          "member",
          "woman",
          "man",
          "child",
          "boy",
          "girl",
          "refugee",
          "student",
          "worker",
          "family",
          "exile",
          "protester",
          "demonstrator",
          "toddler",
          "baby",
          "teen",
          "teenager",
          "victim",
          "farmer",
          "journalist",
          "worshipper",
          "passenger",
          "patient",
          "prisoner",
          "inmate",
          "pupil",
          "teacher",
          "doctor",
          "nurse",
          "pilgrim",
          "trader",
          "shepherd",
          "herder",
          "driver",
          "official",
          "employee",
          "miner",
          "fisherman",
          "tourist",
          "citizen",
          "youth",
          "mourner",
          "guest",
          "customer",
          "shopper",
          "hostage");
  private static final Set<String> VICTIM_CASES = Set.of("of", "on", "against");

  List<Role> of(Parse parse, IndexedWord trigger) {
    List<Role> roles = new ArrayList<>();
    if (trigger.tag().startsWith("V")) {
      if (parse.isPassive(trigger)) {
        for (IndexedWord by : parse.children(trigger, "obl", "obl:agent")) {
          if (parse.caseOf(by).equals("by") && isForce(by)) {
            roles.add(new Role(ClaimProperty.PERPETRATOR, by));
          }
        }
        parse
            .child(trigger, "nsubj:pass")
            .filter(ActorRoles::isPeople)
            .ifPresent(v -> roles.add(new Role(ClaimProperty.VICTIM, v)));
      } else {
        subject(parse, trigger)
            .filter(ActorRoles::isForce)
            .ifPresent(p -> roles.add(new Role(ClaimProperty.PERPETRATOR, p)));
        parse
            .child(trigger, "obj")
            .filter(ActorRoles::isPeople)
            .ifPresent(v -> roles.add(new Role(ClaimProperty.VICTIM, v)));
      }
    } else if (trigger.tag().startsWith("N")) {
      for (IndexedWord n : parse.children(trigger, "nmod")) {
        String c = parse.caseOf(n);
        if (c.equals("by") && isForce(n)) {
          roles.add(new Role(ClaimProperty.PERPETRATOR, n));
        } else if (VICTIM_CASES.contains(c) && isPeople(n)) {
          roles.add(new Role(ClaimProperty.VICTIM, n));
        }
      }
    }
    return roles;
  }

  /**
   * The verb's subject, or the subject it shares with the verb it is conjoined to. A verb the
   * parser conjoins to a verb of speech after the clause that verb reports continues that clause:
   * in "Police say a gunman shot and killed two men" the gunman killed.
   */
  private static Optional<IndexedWord> subject(Parse parse, IndexedWord verb) {
    Optional<IndexedWord> s = parse.child(verb, "nsubj");
    if (s.isEmpty() && parse.rel(verb).equals("conj") && !parse.hasSubject(verb)) {
      IndexedWord head = parse.parent(verb);
      Optional<IndexedWord> reported =
          parse.children(head, "ccomp").stream()
              .filter(c -> c.index() > head.index() && c.index() < verb.index())
              .findFirst();
      return parse.child(reported.orElse(head), "nsubj");
    }
    return s;
  }

  private static boolean isForce(IndexedWord w) {
    return isNamed(w) || FORCES.contains(Parse.lemma(w));
  }

  private static boolean isPeople(IndexedWord w) {
    return isNamed(w) || PEOPLE.contains(Parse.lemma(w));
  }

  private static boolean isNamed(IndexedWord w) {
    String ner = w.ner();
    return !w.tag().startsWith("PRP") && ("PERSON".equals(ner) || "ORGANIZATION".equals(ner));
  }
}
