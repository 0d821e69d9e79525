package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corroborate.model.Span;

/**
 * The short noun phrase a word heads, as written: the head with its compounds, names, adjectives
 * and possessors — "Mr. Stevenson", "UN spokesman", "Iraqi forces", "the forces of Nuri al-Maliki"
 * gives "forces of Nuri al-Maliki" — without determiners, numbers, appositions or clauses.
 */
final class Phrases {

  private static final Set<String> KEPT = Set.of("compound", "flat", "amod", "nmod:poss", "fixed");

  private Phrases() {}

  static Span span(Parse parse, IndexedWord head) {
    List<IndexedWord> words = new ArrayList<>();
    collect(parse, head, words, true);
    int start = Parse.span(head).start();
    int end = Parse.span(head).end();
    for (IndexedWord w : words) {
      start = Math.min(start, w.beginPosition());
      end = Math.max(end, w.endPosition());
    }
    return new Span(start, end);
  }

  static String text(Parse parse, IndexedWord head) {
    return parse.textOf(span(parse, head));
  }

  private static void collect(Parse parse, IndexedWord w, List<IndexedWord> out, boolean top) {
    out.add(w);
    for (IndexedWord c : parse.allChildren(w)) {
      String rel = parse.rel(c);
      boolean ofName = top && rel.equals("nmod") && parse.caseOf(c).equals("of") && isName(c);
      if (KEPT.contains(rel)
          || ofName
          || (!top && (rel.equals("case") || rel.equals("cc") || rel.equals("conj")))) {
        collect(parse, c, out, false);
      }
    }
  }

  static boolean isName(IndexedWord w) {
    String ner = w.ner();
    return "PERSON".equals(ner) || "ORGANIZATION".equals(ner) || w.tag().startsWith("NNP");
  }
}
