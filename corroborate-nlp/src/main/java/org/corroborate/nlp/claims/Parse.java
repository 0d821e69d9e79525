package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.Span;
import org.corroborate.nlp.Sentence;

/**
 * A parsed sentence seen as a tree of words, with the few questions the claim rules ask of it
 * (whose child is this word and by which relation, what preposition marks it, is the verb passive).
 * Relations are basic Universal Dependencies: {@code nsubj:pass}, {@code obl}, {@code nmod}, ...
 */
final class Parse {

  private static final Set<String> TIMES =
      Set.of(
          "morning",
          "afternoon",
          "evening",
          "night",
          "overnight",
          "midnight",
          "noon",
          "weekend",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday");

  private final Sentence sentence;
  private final SemanticGraph graph;
  private final String text;
  private final TriggerLexicon lexicon;

  Parse(Sentence sentence, String text, TriggerLexicon lexicon) {
    if (!sentence.isParsed()) {
      throw new IllegalArgumentException("sentence " + sentence.index() + " was not parsed");
    }
    this.sentence = sentence;
    this.graph = sentence.graph();
    this.text = text;
    this.lexicon = lexicon;
  }

  Sentence sentence() {
    return sentence;
  }

  String text() {
    return text;
  }

  List<IndexedWord> words() {
    List<IndexedWord> words = new ArrayList<>(graph.vertexSet());
    words.sort(Comparator.comparingInt(IndexedWord::index));
    return words;
  }

  IndexedWord parent(IndexedWord w) {
    return graph.getParent(w);
  }

  /** The relation by which {@code w} hangs from its parent; "root" for the root. */
  String rel(IndexedWord w) {
    IndexedWord p = graph.getParent(w);
    if (p == null) {
      return "root";
    }
    SemanticGraphEdge e = graph.getEdge(p, w);
    return e == null ? "dep" : e.getRelation().toString();
  }

  List<IndexedWord> children(IndexedWord w, String... relations) {
    Set<String> wanted = Set.of(relations);
    List<IndexedWord> out = new ArrayList<>();
    for (SemanticGraphEdge e : graph.outgoingEdgeIterable(w)) {
      if (wanted.contains(e.getRelation().toString())) {
        out.add(e.getDependent());
      }
    }
    out.sort(Comparator.comparingInt(IndexedWord::index));
    return out;
  }

  List<IndexedWord> allChildren(IndexedWord w) {
    List<IndexedWord> out = new ArrayList<>(graph.getChildList(w));
    out.sort(Comparator.comparingInt(IndexedWord::index));
    return out;
  }

  Optional<IndexedWord> child(IndexedWord w, String... relations) {
    List<IndexedWord> c = children(w, relations);
    return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0));
  }

  boolean hasChildLemma(IndexedWord w, String relation, Set<String> lemmas) {
    for (IndexedWord c : children(w, relation)) {
      if (lemmas.contains(lemma(c))) {
        return true;
      }
    }
    return false;
  }

  /** The preposition that marks a nominal: "of", "by", "according" (of "according to"), or "". */
  String caseOf(IndexedWord w) {
    return child(w, "case").map(c -> c.word().toLowerCase(Locale.ROOT)).orElse("");
  }

  boolean isPassive(IndexedWord verb) {
    return child(verb, "aux:pass", "nsubj:pass").isPresent();
  }

  boolean hasSubject(IndexedWord verb) {
    return child(verb, "nsubj", "nsubj:pass", "csubj", "csubj:pass").isPresent();
  }

  /**
   * What a word names or counts (see {@link TriggerLexicon}, {@link TakenToHospital}, {@link
   * StruckByGunfire}).
   */
  Optional<TriggerLexicon.Entry> trigger(IndexedWord w) {
    Optional<TriggerLexicon.Entry> e =
        lexicon.lookup(lemma(w), w.word().toLowerCase(Locale.ROOT), w.tag());
    if (e.isEmpty() && TakenToHospital.is(this, w)) {
      return Optional.of(TakenToHospital.ENTRY);
    }
    if (e.isEmpty() && StruckByGunfire.is(this, w)) {
      return Optional.of(StruckByGunfire.ENTRY);
    }
    return e;
  }

  /** Whether a word names a time of day or a day: "afternoon", "Saturday". */
  static boolean isTime(IndexedWord w) {
    return TIMES.contains(lemma(w));
  }

  static String lemma(IndexedWord w) {
    String l = w.lemma() == null ? w.word() : w.lemma();
    return l.toLowerCase(Locale.ROOT);
  }

  static Span span(IndexedWord w) {
    return new Span(w.beginPosition(), w.endPosition());
  }

  String textOf(Span span) {
    return span.of(text);
  }

  /** The words of this sentence that lie inside {@code span}. */
  List<IndexedWord> wordsIn(Span span) {
    List<IndexedWord> out = new ArrayList<>();
    for (IndexedWord w : words()) {
      if (span.contains(span(w))) {
        out.add(w);
      }
    }
    return out;
  }
}
