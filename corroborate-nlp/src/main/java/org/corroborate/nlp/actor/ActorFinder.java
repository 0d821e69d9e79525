package org.corroborate.nlp.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.ActorMention;
import org.corroborate.model.Span;

/**
 * Finds the actors a text names, with the aliases the text itself gives them.
 *
 * <p>Each {@link ActorRule} proposes candidates: {@link AliasIntroductionRule} (a name with its
 * acronym or other names), {@link ForceRule} (state forces), {@link ArmedGroupRule} (militias,
 * gunmen), {@link TitledPersonRule} (persons with a title) and {@link OrganizationRule}
 * (institutions' names). Every name and alias an introduction gives is then a mention wherever else
 * the text writes it, with the same aliases ("the KRM" later in the text). Where candidates
 * overlap, the earlier rule in that list wins, re-uses of introduced names ranking just after
 * introductions, then the longest construction.
 *
 * <p>Pure Java over the text: no model, no state; safe to share between threads.
 */
public final class ActorFinder {

  private static final AliasIntroductionRule INTRODUCTIONS = new AliasIntroductionRule();

  private final List<ActorRule> rules =
      List.of(
          new ForceRule(), new ArmedGroupRule(), new TitledPersonRule(), new OrganizationRule());

  /**
   * The actors named in {@code text}, in text order, without overlaps.
   *
   * @param offset where {@code text} starts in the document: spans are document offsets
   */
  public List<ActorMention> find(String text, int offset) {
    Objects.requireNonNull(text, "text");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be non-negative; got " + offset);
    }
    List<Candidate> introductions = INTRODUCTIONS.find(text);
    List<Ranked> ranked = new ArrayList<>();
    introductions.forEach(c -> ranked.add(new Ranked(c, 0)));
    reuses(text, introductions).forEach(c -> ranked.add(new Ranked(c, 1)));
    for (int r = 0; r < rules.size(); r++) {
      for (Candidate c : rules.get(r).find(text)) {
        ranked.add(new Ranked(c, r + 2));
      }
    }
    ranked.sort(
        Comparator.comparingInt(Ranked::rank)
            .thenComparingInt(x -> -x.candidate().regionLength())
            .thenComparingInt(x -> x.candidate().start()));
    List<Candidate> kept = new ArrayList<>();
    for (Ranked x : ranked) {
      if (kept.stream().noneMatch(k -> k.overlaps(x.candidate()))) {
        kept.add(x.candidate());
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::start));
    List<ActorMention> out = new ArrayList<>();
    for (Candidate c : kept) {
      out.add(
          new ActorMention(
              new Span(offset + c.start(), offset + c.end()),
              text.substring(c.start(), c.end()),
              c.kind(),
              c.aliases()));
    }
    return out;
  }

  private record Ranked(Candidate candidate, int rank) {}

  /** Every other place the text writes a name or alias an introduction gave. */
  private static List<Candidate> reuses(String text, List<Candidate> introductions) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate intro : introductions) {
      List<String> names = new ArrayList<>();
      names.add(text.substring(intro.start(), intro.end()));
      names.addAll(intro.aliases());
      for (String name : names) {
        List<String> others = new ArrayList<>(names);
        others.remove(name);
        Matcher m = written(name).matcher(text);
        while (m.find()) {
          if (m.end() <= intro.regionStart() || m.start() >= intro.regionEnd()) {
            out.add(new Candidate(m.start(), m.end(), m.start(), m.end(), intro.kind(), others));
          }
        }
      }
    }
    return out;
  }

  /** A name as it may be written again: either apostrophe, any run of spaces, whole words. */
  private static Pattern written(String name) {
    List<String> parts = new ArrayList<>();
    for (String word : name.strip().split("\\s+")) {
      StringBuilder part = new StringBuilder();
      for (String piece : word.split("(?<=['’])|(?=['’])")) {
        part.append(piece.equals("'") || piece.equals("’") ? "['’]" : Pattern.quote(piece));
      }
      parts.add(part.toString());
    }
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])" + String.join("\\s+", parts) + "(?![\\p{L}\\p{N}])");
  }
}
