package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who an event was carried out for: the instigator named by a cue attached to the event word or to
 * its clause.
 *
 * <ul>
 *   <li>a cue noun with its preposition, and the instigator as its "of"/"from" phrase: "at the
 *       behest of X", "at the instigation of X", "on the orders of X", "on orders from X", "under
 *       the direction of X", "acting on instructions from X";
 *   <li>a cue verb in the passive with its "by" phrase: "ordered by X", "directed by X",
 *       "instigated by X", "commissioned by X".
 * </ul>
 *
 * The cue hangs from the event word ({@code obl}, {@code nmod}, {@code advcl}, {@code acl}), from a
 * participle or a noun between them ("militiamen acting on orders from X stormed"), or from the
 * verb whose subject or object the event noun is ("the raid was carried out at the behest of X").
 * The climb from the cue takes at most {@value #MAX_STEPS} steps and stops at reported speech.
 */
final class InstigatorRule {

  private static final int MAX_STEPS = 3;
  private static final Set<String> CUE_NOUNS =
      Set.of("behest", "instigation", "order", "orders", "instruction", "direction", "command");
  private static final Set<String> CUE_NOUN_CASES = Set.of("at", "on", "upon", "under", "by");
  private static final Set<String> INSTIGATOR_CASES = Set.of("of", "from", "by");
  private static final Set<String> CUE_VERBS =
      Set.of("order", "direct", "instigate", "commission", "command", "mastermind");
  private static final Set<String> CLIMBABLE =
      Set.of(
          "obl",
          "nmod",
          "advcl",
          "acl",
          "acl:relcl",
          "xcomp",
          "nsubj",
          "nsubj:pass",
          "obj",
          "appos",
          "conj",
          "dep");
  private static final Set<String> EVENT_ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj");

  /** One instigator: its head word and the event word it instigated. */
  record Instigation(IndexedWord instigator, IndexedWord event) {}

  private final ReportingVerbs reporting;

  InstigatorRule(ReportingVerbs reporting) {
    this.reporting = reporting;
  }

  List<Instigation> find(Parse parse) {
    List<Instigation> out = new ArrayList<>();
    for (IndexedWord w : parse.words()) {
      Optional<IndexedWord> instigator = instigatorOfCue(parse, w);
      if (instigator.isPresent()) {
        event(parse, w).ifPresent(e -> out.add(new Instigation(instigator.get(), e)));
      }
    }
    return out;
  }

  /**
   * The instigator {@code cue} names, when it is a cue noun or a cue verb with a "by" phrase (as a
   * passive participle, or mistagged as a past tense: "Militiamen directed by X abducted").
   */
  private static Optional<IndexedWord> instigatorOfCue(Parse parse, IndexedWord cue) {
    String lemma = Parse.lemma(cue);
    if (cue.tag().startsWith("N")
        && CUE_NOUNS.contains(lemma)
        && CUE_NOUN_CASES.contains(parse.caseOf(cue))) {
      for (IndexedWord n : parse.children(cue, "nmod", "obl")) {
        if (INSTIGATOR_CASES.contains(parse.caseOf(n))) {
          return Optional.of(n);
        }
      }
    }
    if (cue.tag().startsWith("VB") && CUE_VERBS.contains(lemma)) {
      for (IndexedWord by : parse.children(cue, "obl", "obl:agent", "nmod")) {
        if (parse.caseOf(by).equals("by")) {
          return Optional.of(by);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The event word the cue attaches to: an ancestor that names an event, or such an argument of an
   * ancestor; or, when the parser made a reduced relative the main verb ("Militiamen directed by X
   * abducted": {@code dep(directed, abducted)}), the event word left hanging from the cue verb.
   */
  private Optional<IndexedWord> event(Parse parse, IndexedWord cue) {
    for (IndexedWord d : parse.children(cue, "dep")) {
      if (cue.tag().startsWith("VB") && namesEvent(parse, d)) {
        return Optional.of(d);
      }
    }
    IndexedWord current = cue;
    for (int step = 0; step < MAX_STEPS; step++) {
      IndexedWord parent = parse.parent(current);
      if (parent == null
          || !CLIMBABLE.contains(parse.rel(current))
          || reporting.isReporting(parent)) {
        return Optional.empty();
      }
      if (namesEvent(parse, parent)) {
        return Optional.of(parent);
      }
      for (IndexedWord arg : parse.children(parent, EVENT_ARGUMENTS.toArray(String[]::new))) {
        if (!arg.equals(current) && namesEvent(parse, arg)) {
          return Optional.of(arg);
        }
      }
      current = parent;
    }
    return Optional.empty();
  }

  private static boolean namesEvent(Parse parse, IndexedWord w) {
    return parse.trigger(w).map(TriggerLexicon.Entry::namesEvent).orElse(false);
  }
}
