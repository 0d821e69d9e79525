package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.corroborate.model.Span;

/**
 * The parts of a sentence whose times belong to something other than one event: another event's
 * clause ("the raid came two days after 12 people died on Tuesday": Tuesday is the day of the
 * deaths, not of the raid), but not another event's noun, which often tells the same event again
 * where the parser misplaces the clause ("accused in a February 3 shooting that killed one"), and
 * what a noun that names no event says of itself ("since the ceasefire of 2019", "a 2015 report",
 * "the Sunday vigil"). A time inside such a part may still be the event's own, but the parse does
 * not say so.
 */
final class OthersTimes {

  /** How a word tells what a noun is: "of 2019", "2019's", "the 2019 ceasefire". */
  private static final Set<String> OF_A_NOUN = Set.of("compound", "amod", "nummod", "nmod:poss");

  private static final Set<String> OF = Set.of("of");

  private OthersTimes() {}

  /**
   * The spans of the words of {@code parse} that tell of something other than the event {@code
   * anchor} names, where {@code anchors} are the words naming every event of the sentence.
   */
  static List<Span> of(Parse parse, IndexedWord anchor, Collection<IndexedWord> anchors) {
    Set<Integer> others = new TreeSet<>();
    for (IndexedWord other : anchors) {
      if (!other.equals(anchor)
          && other.tag().startsWith("VB")
          && !isWithin(parse, anchor, other)) {
        addPhrase(parse, other, others);
      }
    }
    for (IndexedWord w : parse.words()) {
      IndexedWord noun = parse.parent(w);
      if (noun != null
          && tellsOfNoun(parse, w)
          && isPlainNoun(parse, noun)
          && !isWithin(parse, anchor, w)) {
        addPhrase(parse, w, others);
      }
    }
    return spans(parse, others);
  }

  private static boolean tellsOfNoun(Parse parse, IndexedWord w) {
    String rel = parse.rel(w);
    return OF_A_NOUN.contains(rel) || (rel.equals("nmod") && OF.contains(parse.caseOf(w)));
  }

  /** A noun that is neither a time, nor an event, nor anything the lexicon counts: "ceasefire". */
  private static boolean isPlainNoun(Parse parse, IndexedWord w) {
    return w.tag().startsWith("NN")
        && !w.tag().startsWith("NNP")
        && !Parse.isTime(w)
        && parse.trigger(w).isEmpty();
  }

  /** Whether {@code w} is {@code head} or lies in the phrase it heads. */
  private static boolean isWithin(Parse parse, IndexedWord w, IndexedWord head) {
    return w.equals(head) || parse.descendants(head).contains(w);
  }

  private static void addPhrase(Parse parse, IndexedWord head, Set<Integer> indices) {
    indices.add(head.index());
    for (IndexedWord d : parse.descendants(head)) {
      indices.add(d.index());
    }
  }

  /** Runs of consecutive word indices as character spans. */
  private static List<Span> spans(Parse parse, Set<Integer> indices) {
    List<Span> out = new ArrayList<>();
    IndexedWord first = null;
    IndexedWord last = null;
    for (IndexedWord w : parse.words()) {
      if (indices.contains(w.index())) {
        if (first == null) {
          first = w;
        }
        last = w;
      } else if (first != null) {
        out.add(new Span(first.beginPosition(), last.endPosition()));
        first = null;
      }
    }
    if (first != null) {
      out.add(new Span(first.beginPosition(), last.endPosition()));
    }
    return out;
  }
}
