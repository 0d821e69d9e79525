package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.model.ClaimProperty;
import org.corroborate.nlp.claims.TriggerLexicon.Entry;

/**
 * The people counted are the patients of a casualty predicate:
 *
 * <ul>
 *   <li>object of an active casualty verb: "killing 52 residents", "killing forty-four";
 *   <li>passive subject: "52 MEK members were killed", "another group of seven ... were abducted";
 *   <li>subject of a predicate that has no agent: "two people died", "two people dead", "three
 *       remain missing";
 *   <li>subject or object of a verb whose complement or subject-sharing conjunct is a casualty
 *       predicate: "are believed to have been killed", "were found dead", "was found shot", "were
 *       shot and killed", "shot dead", "was pronounced dead" (whose "dead" the parser may read as
 *       an object), and an agentless predicate the parser leaves loosely attached ("a boy shot on
 *       Sunday has died");
 *   <li>"fatally" and "to death" turn shooting, stabbing and wounding into killing.
 * </ul>
 *
 * <p>The subject of an active verb is its agent ("about 2500 of them stormed"): never a figure.
 * Conjoined nouns and pronouns take the relation of the first conjunct ("killing 5 soldiers and 3
 * civilians", "he and his wife were found dead").
 */
final class PredicateRoleRule implements FigureRule {

  private static final Set<String> AGENTLESS_VERBS =
      Set.of("die", "perish", "succumb", "disappear");
  private static final Set<String> FATALLY = Set.of("fatally", "mortally");
  private static final Set<String> AFTER = Set.of("after");
  private static final Set<String> SELVES = Set.of("himself", "herself", "themselves");
  private static final Set<String> BEING = Set.of("be");
  private static final Set<String> TO_DEATH = Set.of("death");
  private static final Set<String> FATAL_WHEN_FATALLY =
      Set.of("shoot", "stab", "wound", "injure", "strike", "hit");

  /** The tags a noun phrase starts with: "at them", "at two guards", "at the officers". */
  private static final Pattern NOUN_PHRASE_START = Pattern.compile("DT|CD|PRP\\$?|JJ.*|NN.*");

  /** People and what carries them, as the target of "shot at". */
  private static final Set<String> TARGETS =
      Set.of(
          "officer",
          "police",
          "policeman",
          "deputy",
          "trooper",
          "agent",
          "guard",
          "soldier",
          "people",
          "person",
          "man",
          "woman",
          "boy",
          "girl",
          "victim",
          "driver",
          "other",
          "car",
          "vehicle",
          "group",
          "crowd");

  @Override
  public List<FigureLink> links(Parse parse, AmountNode amount) {
    IndexedWord role = parse.firstConjunct(amount.role());
    if (parse.rel(role).equals("appos") && Parse.isTime(parse.parent(role))) {
      role =
          parse.parent(role); // "About 9 p.m., a guard was shot": the parser's subject is the time
    }
    IndexedWord verb = parse.parent(role);
    if (verb == null) {
      return List.of();
    }
    String rel =
        isSecondObject(parse, role, verb) || isGerundsReflexive(parse, role, verb)
            ? "obj"
            : parse.rel(role);
    boolean object = rel.equals("obj");
    boolean subject = rel.equals("nsubj") || rel.equals("nsubj:pass");
    if (!object && !subject) {
      return List.of();
    }
    List<FigureLink> links = new ArrayList<>();
    figureOf(parse, verb)
        .filter(p -> patientRelation(parse, verb, rel))
        .ifPresent(p -> links.add(new FigureLink(fatal(parse, verb, p), verb)));
    for (IndexedWord x : complements(parse, verb)) {
      if (parse.isPassive(x) || isAgentless(parse, x) || isObjectlessParticiple(parse, x)) {
        figureOf(parse, x).ifPresent(p -> links.add(new FigureLink(fatal(parse, x, p), x)));
        for (IndexedWord c : parse.children(x, "conj")) {
          if (!parse.hasSubject(c) && isAgentless(parse, c)) {
            figureOf(parse, c).ifPresent(p -> links.add(new FigureLink(p, c))); // "... and died"
          }
        }
      } else if (isFatally(parse, x)) {
        links.add(new FigureLink(ClaimProperty.KILLED, x)); // "were found shot to death"
      }
    }
    if (parse.isPassive(verb) && rel.equals("nsubj:pass")) {
      links.addAll(passiveStates(parse, verb));
    }
    for (IndexedWord c : parse.children(verb, "conj", "dep")) {
      if (parse.rel(c).equals("conj")
          ? sharesRole(parse, c, rel)
          : !parse.hasSubject(c) && isAgentless(parse, c)) {
        figureOf(parse, c).ifPresent(p -> links.add(new FigureLink(fatal(parse, c, p), c)));
        if (parse.isPassive(c)) {
          links.addAll(passiveStates(parse, c)); // "had been shot and was pronounced dead"
        }
      }
    }
    if (subject) {
      for (IndexedWord a : afterBeingHurt(parse, verb)) {
        figureOf(parse, a).ifPresent(p -> links.add(new FigureLink(fatal(parse, a, p), a)));
      }
    }
    if (links.isEmpty() && isFatally(parse, verb) && patientRelation(parse, verb, rel)) {
      links.add(new FigureLink(ClaimProperty.KILLED, verb));
    }
    return links;
  }

  /**
   * "killed his wife before killing himself": after a preposition the parser makes the gerund a
   * noun and its reflexive object a modifier of it.
   */
  private static boolean isGerundsReflexive(Parse parse, IndexedWord role, IndexedWord verb) {
    return parse.rel(role).equals("obl:npmod")
        && Parse.isReflexive(role.word())
        && verb.tag().equals("VBG");
  }

  /**
   * "was pronounced dead": the parser may take the complement of a passive for its object, though
   * not one with a number of its own ("Five were shot, one dead").
   */
  private static List<FigureLink> passiveStates(Parse parse, IndexedWord verb) {
    List<FigureLink> out = new ArrayList<>();
    for (IndexedWord x : parse.children(verb, "obj")) {
      if (!parse.children(x, "nummod").isEmpty()) {
        continue;
      }
      parse
          .trigger(x)
          .filter(e -> !e.namesEvent() && e.figure() != null)
          .ifPresent(e -> out.add(new FigureLink(e.figure(), x)));
    }
    return out;
  }

  /**
   * "A boy is recovering after being shot", "was hospitalized after being stabbed": a passive
   * participle without a subject of its own, after "after", tells what befell the subject of the
   * clause it follows.
   */
  private static List<IndexedWord> afterBeingHurt(Parse parse, IndexedWord verb) {
    List<IndexedWord> out = new ArrayList<>();
    for (IndexedWord a : parse.children(verb, "advcl")) {
      if (a.tag().equals("VBN")
          && parse.hasChildLemma(a, "mark", AFTER)
          && parse.hasChildLemma(a, "aux:pass", BEING)
          && !parse.hasSubject(a)) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * "killed three people and himself": the parser conjoins the shooter's reflexive to the verb, not
   * to the verb's object before it.
   */
  private static boolean isSecondObject(Parse parse, IndexedWord role, IndexedWord verb) {
    return parse.rel(role).equals("conj")
        && Parse.isReflexive(role.word())
        && verb.tag().startsWith("VB")
        && parse.children(verb, "obj").stream().anyMatch(o -> o.index() < role.index());
  }

  /**
   * The verb's open complements, and a participle the parser leaves loosely attached to a verb that
   * is no casualty's: "were found shot to death in a car" often parses "shot" as a mere dependent
   * of "found", and "discovered a guard had been shot and died" its "shot". A complement with a
   * subject of its own tells of other people ("an officer tells reporters two guards were killed"
   * hangs "killed" loosely on "tells"): a headline run into its repetition, "One killed, four
   * injured ... One killed, four injured", parses the second "killed" as a complement of "injured".
   */
  private static List<IndexedWord> complements(Parse parse, IndexedWord verb) {
    List<IndexedWord> out = new ArrayList<>();
    for (IndexedWord x : parse.children(verb, "xcomp")) {
      if (!parse.hasSubject(x)) {
        out.add(x);
      }
    }
    if (figureOf(parse, verb).isPresent()) {
      return out; // "a boy was killed and a girl injured": the loose participle is another's
    }
    for (IndexedWord d : parse.children(verb, "dep")) {
      if (d.tag().equals("VBN") && d.index() > verb.index() && !parse.hasSubject(d)) {
        out.add(d);
      }
    }
    return out;
  }

  /** "was found shot", "found him stabbed": a participle complement without an object. */
  private static boolean isObjectlessParticiple(Parse parse, IndexedWord x) {
    return x.tag().equals("VBN") && parse.children(x, "obj", "ccomp", "xcomp").isEmpty();
  }

  private static boolean patientRelation(Parse parse, IndexedWord verb, String rel) {
    return switch (rel) {
      case "obj" -> !parse.isPassive(verb) && !isAgentless(parse, verb);
      case "nsubj:pass" -> true;
      case "nsubj" ->
          isAgentless(parse, verb) || isObjectless(parse, verb) || tookThemselves(parse, verb);
      default -> false;
    };
  }

  /**
   * "two others drove themselves to the hospital": those who carried themselves there are the ones
   * carried.
   */
  private static boolean tookThemselves(Parse parse, IndexedWord verb) {
    return parse.trigger(verb).filter(e -> e == TakenToHospital.ENTRY).isPresent()
        && parse.children(verb, "obj").stream()
            .anyMatch(o -> SELVES.contains(o.word().toLowerCase(Locale.ROOT)));
  }

  /**
   * A transitive casualty verb left without its object has its patient as subject: headlines ("3
   * killed in crash"), reduced relatives the parser reads as main clauses ("The seven exiles
   * abducted on 1 September are held ..."), and a passive whose auxiliary the conjunction leaves
   * out ("a man was killed and four others injured early Saturday", where the parser takes the time
   * for the object). A verb sharing the object of the verb conjoined to it is not one: "a father
   * accidentally shot and killed his son" (but "had been shot and was pronounced dead" is: the
   * parser's object of "pronounced" is the state "dead").
   */
  private static boolean isObjectless(Parse parse, IndexedWord verb) {
    return parse.trigger(verb).map(e -> e.figure() != null).orElse(false)
        && parse.children(verb, "ccomp", "xcomp", "iobj").isEmpty()
        && parse.children(verb, "obj").stream().allMatch(Parse::isTime)
        && (verb.tag().equals("VBN") || verb.tag().equals("VBD"))
        && parse.children(verb, "conj").stream()
            .noneMatch(
                c ->
                    !parse.hasSubject(c)
                        && parse.children(c, "obj").stream()
                            .anyMatch(o -> o.tag().startsWith("N") || o.tag().startsWith("PRP")));
  }

  /**
   * Whether a conjoined predicate shares the counted people in the same role: "were shot and
   * killed" (a passive participle sharing the passive subject), "shot and killed 3 people" (an
   * active verb sharing the object), "were hit and died" (an agentless predicate), "the guard
   * suffered a wound and was flown to a clinic" (a passive sharing the subject of an active verb).
   * A passive shares no object: in "shot two people and was arrested" the two were not arrested. A
   * conjunct with a subject or a number of its own shares nothing.
   */
  private static boolean sharesRole(Parse parse, IndexedWord conjunct, String rel) {
    if (parse.hasSubject(conjunct) || !parse.children(conjunct, "obl:npmod").isEmpty()) {
      return false; // "left three people hurt and one person dead": the parser's npmod is a subject
    }
    if (!parse.children(conjunct, "nummod").isEmpty()) {
      return false; // "ten people were hurt and one left dead": the conjunct counts its own
    }
    return switch (rel) {
      case "obj" ->
          parse.child(conjunct, "obj").isEmpty()
              && !isAgentless(parse, conjunct)
              && !parse.isPassive(conjunct);
      case "nsubj:pass" -> conjunct.tag().equals("VBN") || isAgentless(parse, conjunct);
      case "nsubj" ->
          isAgentless(parse, conjunct)
              || (conjunct.tag().equals("VBN") && parse.isPassive(conjunct));
      default -> isAgentless(parse, conjunct);
    };
  }

  /** "die", "disappear", "dead", "missing", "injured": a casualty predicate with no agent. */
  private static boolean isAgentless(Parse parse, IndexedWord w) {
    Optional<Entry> e = parse.trigger(w);
    return e.isPresent()
        && (AGENTLESS_VERBS.contains(Parse.lemma(w))
            || (!e.get().namesEvent() && !w.tag().startsWith("N")));
  }

  private static Optional<ClaimProperty> figureOf(Parse parse, IndexedWord w) {
    if (w.tag().startsWith("N") || isShotAt(parse, w)) {
      return Optional.empty();
    }
    return parse.trigger(w).map(Entry::figure);
  }

  /**
   * "shot at them", "shot at two guards", "were shot at but not hit": fired at people, not hitting
   * them, so neither the shooter nor the people shot at are counted. "Shot at a party" and "shot at
   * 3 a.m." are hit there and then.
   */
  private static boolean isShotAt(Parse parse, IndexedWord verb) {
    IndexedWord at = parse.next(verb);
    if (!Parse.lemma(verb).equals("shoot") || at == null || !Parse.lemma(at).equals("at")) {
      return false;
    }
    IndexedWord after = parse.next(at);
    if (after == null || !NOUN_PHRASE_START.matcher(after.tag()).matches()) {
      return true; // "were shot at but not hit"
    }
    IndexedWord target = parse.parent(at);
    return target != null
        && (target.tag().equals("PRP")
            || "PERSON".equals(target.ner())
            || TARGETS.contains(Parse.lemma(target)));
  }

  /** "fatally shot", "stabbed to death": killing, whatever the verb counts alone. */
  static ClaimProperty fatal(Parse parse, IndexedWord verb, ClaimProperty property) {
    return isFatally(parse, verb) ? ClaimProperty.KILLED : property;
  }

  private static boolean isFatally(Parse parse, IndexedWord verb) {
    return FATAL_WHEN_FATALLY.contains(Parse.lemma(verb))
        && (parse.hasAffirmedChildLemma(verb, "advmod", FATALLY)
            || parse.hasChildLemma(verb, "obl", TO_DEATH));
  }
}
