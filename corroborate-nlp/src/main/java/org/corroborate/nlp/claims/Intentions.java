package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Set;

/**
 * Whether a word stands in what somebody meant to do rather than in what happened: "their mission
 * was to seize the guards", "the plan was to burn the village", "he meant to kill dozens". A figure
 * there counts nobody; one in a clause with a tense of its own below the intention counts.
 */
final class Intentions {

  private static final Set<String> INTENDING =
      Set.of(
          "want",
          "plan",
          "intend",
          "try",
          "attempt",
          "threaten",
          "seek",
          "aim",
          "hope",
          "vow",
          "plot",
          "conspire",
          "mean",
          "intention",
          "intent",
          "mission",
          "goal",
          "objective",
          "purpose",
          "threat");

  /** How far up the tree the infinitive may be. */
  private static final int REACH = 4;

  private static final Set<String> TO = Set.of("to");

  /** The tags of a verb with a tense: past, present third person, present other. */
  private static final Set<String> TENSED = Set.of("VBD", "VBZ", "VBP");

  private Intentions() {}

  /**
   * Whether {@code w} lies in an infinitive ("to take", "to kill") that an intending verb or noun
   * governs, or that has one as its subject ("the plan was to burn").
   */
  static boolean intended(Parse parse, IndexedWord w) {
    IndexedWord at = w;
    for (int i = 0; i < REACH && at != null; i++) {
      boolean infinitive = parse.hasChildLemma(at, "mark", TO);
      if (!infinitive && isFinite(parse, at)) {
        return false; // "trying to find out why two boys were shot": the shooting happened
      }
      if (infinitive) {
        IndexedWord governor = parse.parent(at);
        if (governor != null && INTENDING.contains(Parse.lemma(governor))) {
          return true;
        }
        if (parse.hasChildLemma(at, "nsubj", INTENDING)
            || (governor != null && parse.hasChildLemma(governor, "nsubj", INTENDING))) {
          return true;
        }
      }
      at = parse.parent(at);
    }
    return false;
  }

  /** A verb with a tense of its own: "shot", "were shot", "has died". */
  private static boolean isFinite(Parse parse, IndexedWord w) {
    return TENSED.contains(w.tag())
        || parse.children(w, "aux", "aux:pass").stream()
            .anyMatch(a -> TENSED.contains(a.tag()) || a.tag().equals("MD"));
  }
}
