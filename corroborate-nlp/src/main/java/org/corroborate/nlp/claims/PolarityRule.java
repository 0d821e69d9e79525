package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Set;
import org.corroborate.model.Polarity;

/**
 * Whether a sentence asserts, denies or hedges what a trigger says happened.
 *
 * <ul>
 *   <li>DENIED: the trigger is negated ("did not kill", "no such attack has happened", "no one was
 *       killed"), says what nearly happened ("she nearly died", "was almost killed", "could have
 *       died", "would have been killed"), or it lies under a denial predicate ("denying that any of
 *       their military had entered the camp", "rejected reports that 12 were killed");
 *   <li>HEDGED: the trigger or a predicate above it carries a hedge ("reportedly", "allegedly",
 *       "may have", "unconfirmed reports", "are believed to have been killed", "it is feared");
 *   <li>ASSERTED otherwise.
 * </ul>
 *
 * <p>The climb from the trigger follows clausal relations only (complements, adverbial clauses,
 * conjuncts), so a negation on an unrelated predicate ("police have not named the three people
 * killed") does not reach the trigger. The nearest marker wins.
 */
final class PolarityRule {

  private static final Set<String> CLAUSAL =
      Set.of("ccomp", "xcomp", "advcl", "acl", "conj", "parataxis", "dep", "csubj", "csubj:pass");
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  private static final Set<String> NEGATIVE_SUBJECTS = Set.of("nobody", "none", "noone", "nothing");
  private static final Set<String> NEAR_MISSES = Set.of("nearly", "almost");

  /** "could have died", "would have been killed": what did not happen. */
  private static final Set<String> COUNTERFACTUAL = Set.of("could", "would", "should");

  private static final Set<String> HAVE = Set.of("have");
  private static final Set<String> HEDGE_ADVERBS =
      Set.of(
          "reportedly",
          "allegedly",
          "apparently",
          "possibly",
          "purportedly",
          "supposedly",
          "presumably",
          "probably",
          "perhaps",
          "maybe");
  private static final Set<String> HEDGE_MODALS = Set.of("may", "might", "could");
  private static final Set<String> HEDGE_ADJECTIVES =
      Set.of("unconfirmed", "alleged", "reported", "suspected", "possible", "presumed");

  private final ReportingVerbs verbs;

  PolarityRule(ReportingVerbs verbs) {
    this.verbs = verbs;
  }

  Polarity of(Parse parse, IndexedWord trigger) {
    return climb(parse, trigger, true);
  }

  /**
   * The polarity of a zero figure ("no one was killed"): the negative subject is the figure itself,
   * asserted, and only the predicates above the trigger can deny or hedge it.
   */
  Polarity ofZeroFigure(Parse parse, IndexedWord trigger) {
    return climb(parse, trigger, false);
  }

  private Polarity climb(Parse parse, IndexedWord trigger, boolean negativeSubjectDenies) {
    IndexedWord current = trigger;
    while (current != null) {
      if (!current.equals(trigger) && verbs.isDenial(current)) {
        return Polarity.DENIED;
      }
      if (isNegated(parse, current, negativeSubjectDenies && current.equals(trigger))) {
        return Polarity.DENIED;
      }
      if (current.equals(trigger)
          && (parse.hasChildLemma(trigger, "advmod", NEAR_MISSES)
              || (parse.hasChildLemma(trigger, "aux", COUNTERFACTUAL)
                  && parse.hasChildLemma(trigger, "aux", HAVE)))) {
        return Polarity.DENIED;
      }
      if ((!current.equals(trigger) && verbs.isHedging(current)) || isHedged(parse, current)) {
        return Polarity.HEDGED;
      }
      if (!CLAUSAL.contains(parse.rel(current)) || verbs.isReporting(current)) {
        return Polarity.ASSERTED;
      }
      current = parse.parent(current);
    }
    return Polarity.ASSERTED;
  }

  private static boolean isNegated(Parse parse, IndexedWord w, boolean checkSubject) {
    if (parse.hasChildLemma(w, "advmod", NEGATORS)
        || parse.hasChildLemma(w, "neg", NEGATORS)
        || (w.tag().startsWith("N") && parse.hasChildLemma(w, "det", Set.of("no")))) {
      return true;
    }
    if (!checkSubject) {
      return false;
    }
    for (IndexedWord s : parse.children(w, "nsubj", "nsubj:pass")) {
      if (NEGATIVE_SUBJECTS.contains(Parse.lemma(s))
          || parse.hasChildLemma(s, "det", Set.of("no"))
          || parse.hasChildLemma(s, "cc:preconj", Set.of("neither"))) {
        return true; // "Neither the driver nor the passenger was hurt"
      }
    }
    return false;
  }

  private static boolean isHedged(Parse parse, IndexedWord w) {
    return parse.hasChildLemma(w, "advmod", HEDGE_ADVERBS)
        || parse.hasChildLemma(w, "aux", HEDGE_MODALS)
        || parse.hasChildLemma(w, "amod", HEDGE_ADJECTIVES);
  }
}
