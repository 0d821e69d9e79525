package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Set;

/**
 * The event mention a casualty word belongs to: the highest event word that governs it within the
 * same clause chain. "killing 52 residents" after "Camp Ashraf was attacked" belongs to "attacked";
 * "mortar attacks leading to 10 deaths" to "attacks"; "the gassing ... of over 1,400 people" to
 * "gassing". The climb stops at reported speech (a complement of "said"), at a conjunct with its
 * own subject (a separate statement), and after three steps, so figures of two incidents in one
 * paragraph keep two event mentions.
 */
final class EventAnchor {

  private static final int MAX_STEPS = 3;
  private static final Set<String> CLIMBABLE =
      Set.of("advcl", "xcomp", "dep", "acl", "obl", "nmod", "obj", "conj", "acl:relcl");

  private final ReportingVerbs reporting;

  EventAnchor(ReportingVerbs reporting) {
    this.reporting = reporting;
  }

  IndexedWord of(Parse parse, IndexedWord trigger) {
    IndexedWord best = trigger;
    IndexedWord current = trigger;
    for (int step = 0; step < MAX_STEPS; step++) {
      IndexedWord parent = parse.parent(current);
      String rel = parse.rel(current);
      if (parent == null || !CLIMBABLE.contains(rel) || reporting.isReporting(parent)) {
        break;
      }
      boolean parentNamesEvent =
          parse.trigger(parent).map(TriggerLexicon.Entry::namesEvent).orElse(false);
      boolean verbOnNoun = current.tag().startsWith("V") && parent.tag().startsWith("N");
      if ((rel.equals("conj") && (parse.hasSubject(current) || !(parentNamesEvent || verbOnNoun)))
          || (rel.equals("acl:relcl") && !parentNamesEvent)) {
        break;
      }
      current = parent;
      if (parentNamesEvent) {
        best = current;
      }
    }
    return best;
  }
}
