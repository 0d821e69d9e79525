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

  private static final Set<String> INDEFINITE = Set.of("a", "an");
  private static final Set<String> AWAY = Set.of("away");
  private static final Set<String> NEGATIONS = Set.of("not", "never", "none");

  /** The one who turned the gun on themself: one person, never one told of twice. */
  private static final Set<String> REFLEXIVE = Set.of("himself", "herself");

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
          "sunday",
          "a.m.",
          "p.m.");

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
    readPhrasalDeaths();
  }

  /**
   * "Passed away" is "died" to every rule: its verb takes the lemma "die" (and keeps its word), so
   * "he was taken to a hospital, where he passed away" counts a death as "where he died" does.
   */
  private void readPhrasalDeaths() {
    for (IndexedWord w : graph.vertexSet()) {
      if (lemma(w).equals("pass")
          && (hasChildLemma(w, "compound:prt", AWAY) || hasChildLemma(w, "advmod", AWAY))) {
        w.setLemma("die");
      }
    }
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

  /**
   * The first of the nouns listed with {@code w}, which holds their relation to the predicate: "a
   * woman" of "a man and a woman were shot", and of "a man, a woman and a boy were shot" where the
   * parser takes "a woman" for an apposition to "a man". Any other word is its own first conjunct.
   */
  IndexedWord firstConjunct(IndexedWord w) {
    IndexedWord first = w;
    while (isNominal(parent(first)) && isListedAfter(first)) {
      first = parent(first);
    }
    return first;
  }

  /**
   * Whether {@code w} follows another noun in a list. An apposition is one where a conjunction
   * continues it and either it names the members of a plural ("the victims, a man and a woman") or
   * both are indefinite and no comma closes the list before the predicate: "a man, a father of two
   * and a veteran, was shot" tells of one man three times.
   */
  private boolean isListedAfter(IndexedWord w) {
    if (rel(w).equals("conj")) {
      return true;
    }
    if (!rel(w).equals("appos")) {
      return false;
    }
    IndexedWord first = parent(w);
    List<IndexedWord> rest = new ArrayList<>(children(w, "conj"));
    children(first, "conj").stream().filter(c -> c.index() > w.index()).forEach(rest::add);
    if (rest.isEmpty()) {
      return false;
    }
    if (first.tag().equals("NNS") || first.tag().equals("NNPS")) {
      return true; // "the victims, a man and a woman, were shot": the group's members
    }
    return hasChildLemma(first, "det", INDEFINITE)
        && children(w, "det", "nmod:poss").stream().allMatch(d -> INDEFINITE.contains(lemma(d)))
        && !isFollowedByComma(rest.get(rest.size() - 1));
  }

  /** The words of the phrase {@code w} heads, {@code w} among them. */
  Set<IndexedWord> descendants(IndexedWord w) {
    return graph.descendants(w);
  }

  /** Whether the word after the phrase {@code w} heads is a comma. */
  boolean isFollowedByComma(IndexedWord w) {
    int end = w.index();
    for (IndexedWord d : descendants(w)) {
      end = Math.max(end, d.index());
    }
    IndexedWord next = graph.getNodeByIndexSafe(end + 1);
    return next != null && next.word().equals(",");
  }

  /** A noun or a pronoun: "he and his wife were found dead" conjoins the wife to "he". */
  private static boolean isNominal(IndexedWord w) {
    return w != null && (w.tag().startsWith("N") || w.tag().equals("PRP"));
  }

  /** The word after {@code w} in the sentence, or null at its end. */
  IndexedWord next(IndexedWord w) {
    return graph.getNodeByIndexSafe(w.index() + 1);
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

  /**
   * Whether {@code w} has a child of {@code relation} with one of {@code lemmas} that no negation
   * takes back: "fatally" of "shot, not fatally" and of "four were hit, none fatally" is none.
   */
  boolean hasAffirmedChildLemma(IndexedWord w, String relation, Set<String> lemmas) {
    for (IndexedWord c : children(w, relation)) {
      if (lemmas.contains(lemma(c)) && !isNegated(c)) {
        return true;
      }
    }
    return false;
  }

  private boolean isNegated(IndexedWord w) {
    IndexedWord before = graph.getNodeByIndexSafe(w.index() - 1);
    return hasChildLemma(w, "advmod", NEGATIONS)
        || (before != null && NEGATIONS.contains(lemma(before)));
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

  /** "himself", "herself": the shooter told of again, as object of their own act. */
  static boolean isReflexive(String word) {
    return REFLEXIVE.contains(word.toLowerCase(Locale.ROOT));
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
