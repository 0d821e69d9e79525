package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Set;

/**
 * Verbs through which a document reports what someone else states, and the verbs of denial and
 * hedging among them.
 */
final class ReportingVerbs {

  private static final Set<String> REPORTING =
      Set.of(
          "say",
          "declare",
          "report",
          "state",
          "recount",
          "tell",
          "write",
          "announce",
          "confirm",
          "add",
          "explain",
          "claim",
          "deny",
          "acknowledge",
          "allege",
          "testify",
          "insist",
          "note",
          "describe",
          "estimate",
          "warn",
          "accuse",
          "charge",
          "reveal",
          "disclose",
          "assert",
          "recall",
          "read",
          "show",
          "conclude",
          "find",
          "believe",
          "suggest",
          "argue");
  private static final Set<String> DENIAL =
      Set.of("deny", "refute", "reject", "dismiss", "dispute", "contest");
  private static final Set<String> HEDGING =
      Set.of(
          "believe",
          "allege",
          "suspect",
          "fear",
          "rumor",
          "rumour",
          "think",
          "presume",
          "suppose",
          "speculate");

  boolean isReporting(IndexedWord w) {
    return w.tag().startsWith("V") && REPORTING.contains(Parse.lemma(w));
  }

  boolean isDenial(IndexedWord w) {
    return DENIAL.contains(Parse.lemma(w));
  }

  boolean isHedging(IndexedWord w) {
    return HEDGING.contains(Parse.lemma(w));
  }
}
