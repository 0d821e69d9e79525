package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.Span;
import org.corroborate.nlp.Sentence;

/**
 * Who asserts a claim in one document: the author (null) unless the sentence reports someone.
 *
 * <ol>
 *   <li>Inside the sentence, from the trigger up the tree: an "according to X" phrase, or the
 *       subject of a reporting verb whose complement holds the trigger ("UNAMI declared: ...", "a
 *       UN spokesman said", "X said that ...", "Amnesty International issued an Urgent Action
 *       saying: ...").
 *   <li>Else, when the trigger is quoted, the quotation's speaker: the subject of a reporting verb
 *       before the opening mark in its sentence, after the closing mark in its sentence ("...,"
 *       said X), or in the sentence before it ("Mr. Stevenson recounts:").
 * </ol>
 *
 * <p>"I" and "we" inside a quotation are its speaker, and outside one the author; "he" and "she"
 * are the last person named before them. Built per document; not shared between threads.
 */
final class Speakers {

  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us");
  private static final Set<String> THIRD_PERSON = Set.of("he", "she");

  private final ReportingVerbs verbs;
  private final List<Sentence> sentences;
  private final Map<Integer, Parse> parses;
  private final QuotedRegions quotes;

  Speakers(
      ReportingVerbs verbs,
      List<Sentence> sentences,
      Map<Integer, Parse> parses,
      QuotedRegions quotes) {
    this.verbs = verbs;
    this.sentences = sentences;
    this.parses = parses;
    this.quotes = quotes;
  }

  /** The speaker of what {@code trigger} says, or null for the author. */
  String of(Parse parse, IndexedWord trigger) {
    Optional<String> inSentence = reporter(parse, trigger);
    if (inSentence.isPresent()) {
      return inSentence.get();
    }
    return quotes.around(trigger.beginPosition()).map(this::quoted).orElse(null);
  }

  private Optional<String> reporter(Parse parse, IndexedWord trigger) {
    IndexedWord current = trigger;
    while (current != null) {
      for (IndexedWord c : parse.children(current, "obl", "nmod", "advcl")) {
        if (parse.caseOf(c).equals("according")) {
          return Optional.ofNullable(resolve(parse, c));
        }
      }
      if (!current.equals(trigger) && verbs.isReporting(current)) {
        Optional<IndexedWord> subject = subjectOf(parse, current);
        if (subject.isPresent()) {
          return Optional.ofNullable(resolve(parse, subject.get()));
        }
      }
      current = parse.parent(current);
    }
    return Optional.empty();
  }

  /** The active subject of a reporting verb, or of the verb its clause hangs from ("saying"). */
  private static Optional<IndexedWord> subjectOf(Parse parse, IndexedWord verb) {
    return activeSubject(parse, verb).filter(s -> !s.tag().startsWith("W"));
  }

  private static Optional<IndexedWord> activeSubject(Parse parse, IndexedWord verb) {
    Optional<IndexedWord> subject = parse.child(verb, "nsubj");
    IndexedWord current = verb;
    while (subject.isEmpty() && Set.of("advcl", "acl", "xcomp").contains(parse.rel(current))) {
      current = parse.parent(current);
      while (current != null && !current.tag().startsWith("V")) {
        current = parse.parent(current);
      }
      if (current == null) {
        return Optional.empty();
      }
      subject = parse.child(current, "nsubj");
    }
    return subject;
  }

  private String quoted(Span quote) {
    int first = sentenceAt(quote.start());
    int last = sentenceAt(Math.max(quote.start(), quote.end() - 1));
    return reportingSubject(first, quote, Side.BEFORE)
        .or(() -> reportingSubject(last, quote, Side.AFTER))
        .or(() -> reportingSubject(first - 1, quote, Side.OUTSIDE))
        .orElse(null);
  }

  private enum Side {
    BEFORE,
    AFTER,
    OUTSIDE
  }

  private Optional<String> reportingSubject(int index, Span quote, Side side) {
    Parse parse = parses.get(index);
    if (parse == null) {
      return Optional.empty();
    }
    String found = null;
    for (IndexedWord w : parse.words()) {
      int at = w.beginPosition();
      boolean placed =
          switch (side) {
            case BEFORE -> at < quote.start();
            case AFTER -> at >= quote.end();
            case OUTSIDE -> quotes.around(at).isEmpty();
          };
      if (placed && verbs.isReporting(w)) {
        Optional<IndexedWord> subject = subjectOf(parse, w);
        if (subject.isPresent() && !quote.contains(Parse.span(subject.get()))) {
          found = resolveOutside(parse, subject.get());
        }
      }
    }
    return Optional.ofNullable(found);
  }

  private String resolve(Parse parse, IndexedWord subject) {
    String word = subject.word().toLowerCase(Locale.ROOT);
    if (FIRST_PERSON.contains(word)) {
      return quotes.around(subject.beginPosition()).map(this::quoted).orElse(null);
    }
    return resolveOutside(parse, subject);
  }

  private String resolveOutside(Parse parse, IndexedWord subject) {
    String word = subject.word().toLowerCase(Locale.ROOT);
    if (FIRST_PERSON.contains(word)) {
      return null;
    }
    if (THIRD_PERSON.contains(word)) {
      return lastPersonBefore(subject.beginPosition()).orElse(subject.word());
    }
    return Phrases.text(parse, subject);
  }

  private Optional<String> lastPersonBefore(int offset) {
    String last = null;
    for (Sentence s : sentences) {
      if (s.span().start() >= offset) {
        break;
      }
      List<CoreLabel> tokens = s.tokens();
      int i = 0;
      while (i < tokens.size() && tokens.get(i).beginPosition() < offset) {
        if (isPerson(tokens.get(i))) {
          int j = i;
          while (j + 1 < tokens.size() && isPerson(tokens.get(j + 1))) {
            j++;
          }
          last =
              parses
                  .get(s.index())
                  .textOf(new Span(tokens.get(i).beginPosition(), tokens.get(j).endPosition()));
          i = j;
        }
        i++;
      }
    }
    return Optional.ofNullable(last);
  }

  private static boolean isPerson(CoreLabel t) {
    return "PERSON".equals(t.ner()) && t.tag() != null && t.tag().startsWith("NNP");
  }

  private int sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (s.span().start() <= offset && offset < Math.max(s.span().end(), s.span().start() + 1)) {
        return s.index();
      }
    }
    return -1;
  }
}
