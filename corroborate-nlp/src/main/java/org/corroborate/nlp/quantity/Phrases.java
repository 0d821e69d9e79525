package org.corroborate.nlp.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.corroborate.model.QuantityKind;

/**
 * Finds the amount, if any, that starts at a given token: a number with its modifier, a range, a
 * composite count of people, or a vague phrase. Immutable.
 */
final class Phrases {

  /**
   * What was found at a token.
   *
   * @param atom the amount, or null when there is none
   * @param next the index of the token to read next
   */
  record Step(Atom atom, int next) {}

  private final List<Map.Entry<List<String>, VagueConventions.Convention>> vague;

  Phrases(VagueConventions conventions) {
    List<Map.Entry<List<String>, VagueConventions.Convention>> v = new ArrayList<>();
    conventions
        .conventions()
        .forEach((phrase, c) -> v.add(Map.entry(List.of(phrase.split(" ")), c)));
    v.sort(Comparator.comparingInt(e -> -e.getKey().size()));
    this.vague = List.copyOf(v);
  }

  Step at(List<Token> t, int i) {
    Step s = between(t, i);
    if (s == null) {
      s = modified(t, i);
    }
    if (s == null) {
      s = composite(t, i);
    }
    if (s != null) {
      return s;
    }
    Atom core = core(t, i);
    if (core == null) {
      return new Step(null, i + 1);
    }
    Atom whole = suffixed(t, core);
    return keep(t, whole, core);
  }

  private static Step keep(List<Token> t, Atom whole, Atom core) {
    return new Step(NotAmounts.excluded(t, whole, core) ? null : whole, whole.end());
  }

  /** "between 20 and 30". */
  private Step between(List<Token> t, int i) {
    if (!t.get(i).is("between") || i + 1 >= t.size()) {
      return null;
    }
    Atom low = number(t, i + 1);
    if (low == null || low.end() + 1 >= t.size() || !t.get(low.end()).is("and")) {
      return null;
    }
    Atom high = number(t, low.end() + 1);
    if (high == null || high.value() <= low.value()) {
      return null;
    }
    return keep(t, Atom.range(i, high.end(), low.value(), high.value()), low);
  }

  /**
   * "over 30", "at least 34", "about 2500"; a modifier before a range or a vague word is ignored.
   */
  private Step modified(List<Token> t, int i) {
    Modifier.Match m = Modifier.at(t, i);
    if (m == null || m.next() >= t.size()) {
      return null;
    }
    Atom core = core(t, m.next());
    if (core == null || !core.isExact()) {
      return null;
    }
    return keep(t, m.modifier().apply(i, core), core);
  }

  /**
   * A number, or two joined into a range: "20 to 30", "two or three", "20 - 30", "20-30" (which the
   * tokenizer has already joined); or a vague phrase.
   */
  private Atom core(List<Token> t, int i) {
    Atom a = number(t, i);
    if (a == null) {
      return vague(t, i);
    }
    int j = a.end();
    if (a.isExact()
        && j + 1 < t.size()
        && (t.get(j).is("to") || t.get(j).is("or") || t.get(j).isDash())) {
      Atom b = number(t, j + 1);
      if (b != null && b.isExact() && b.value() > a.value()) {
        return Atom.range(i, b.end(), a.value(), b.value());
      }
    }
    return a;
  }

  /** "30 or more", "30 or so". */
  private static Atom suffixed(List<Token> t, Atom core) {
    int j = core.end();
    if (!core.isExact() || j + 1 >= t.size() || !t.get(j).is("or")) {
      return core;
    }
    if (t.get(j + 1).is("more")) {
      long v = core.value();
      return new Atom(core.first(), j + 2, QuantityKind.BOUNDED, null, v, null, v);
    }
    if (t.get(j + 1).is("so")) {
      return new Atom(core.first(), j + 2, QuantityKind.VAGUE, null, null, null, core.value());
    }
    return core;
  }

  private static Atom number(List<Token> t, int i) {
    return i < t.size() ? NumberWords.read(t, i) : null;
  }

  /** A vague phrase, times a unit after it: "several hundred", "tens of thousands". */
  private Atom vague(List<Token> t, int i) {
    for (Map.Entry<List<String>, VagueConventions.Convention> e : vague) {
      if (!wordsAt(t, i, e.getKey())) {
        continue;
      }
      int end = i + e.getKey().size();
      VagueConventions.Convention c = e.getValue();
      if (end < t.size() && t.get(end).in(NumberWords.SCALES.keySet())) {
        c = c.times(NumberWords.SCALES.get(t.get(end).text()));
        end++;
      } else if (end + 1 < t.size()
          && t.get(end).is("of")
          && t.get(end + 1).in(NumberWords.PLURAL_SCALES.keySet())) {
        c = c.times(NumberWords.PLURAL_SCALES.get(t.get(end + 1).text()));
        end += 2;
      }
      return Atom.vague(i, end, c);
    }
    return null;
  }

  /**
   * "six women and one man", "two children, three women and a man": counts of people joined by
   * commas and a final "and", at least one of them a number.
   */
  private Step composite(List<Token> t, int i) {
    List<Atom> parts = new ArrayList<>();
    boolean numeric = false;
    boolean joinedByAnd = false;
    int j = i;
    while (true) {
      Atom part = person(t, j);
      if (part == null) {
        break;
      }
      parts.add(part);
      numeric |= !t.get(part.first()).is("a") && !t.get(part.first()).is("an");
      int k = part.end();
      if (k < t.size() && t.get(k).isSymbol(',')) {
        k++;
      }
      if (k < t.size() && t.get(k).is("and")) {
        joinedByAnd = true;
        k++;
      } else if (k == part.end() || joinedByAnd) {
        break;
      }
      j = k;
    }
    if (parts.size() < 2 || !numeric || !joinedByAnd) {
      return null;
    }
    Atom last = parts.get(parts.size() - 1);
    long sum = 0;
    for (Atom p : parts) {
      sum = Math.addExact(sum, p.value());
    }
    long first = parts.get(0).value();
    if (parts.size() > 2 && first == sum - first && isBreakdown(t, parts.get(0), last)) {
      sum = first;
    }
    Atom whole = new Atom(i, last.end(), QuantityKind.COMPOSITE, sum, sum, sum, sum);
    return new Step(whole, whole.end());
  }

  /**
   * Whether the parts after the first count break it down: "seven residents, six women and one
   * man", or any first count whose parts close with a comma ("three men, a boy and two girls, were
   * found"). "Two men, a woman and a child were shot" are four.
   */
  private static boolean isBreakdown(List<Token> t, Atom first, Atom last) {
    return (last.end() < t.size() && t.get(last.end()).isSymbol(','))
        || !t.get(first.end() - 1).in(Lexicon.SEXES_AND_AGES);
  }

  /** A count of people ending with the noun: "six women", "two young girls", "a man". */
  private static Atom person(List<Token> t, int i) {
    if (i + 1 >= t.size()) {
      return null;
    }
    if ((t.get(i).is("a") || t.get(i).is("an")) && t.get(i + 1).in(Lexicon.PERSON)) {
      return Atom.exact(i, i + 2, 1);
    }
    Atom n = NumberWords.read(t, i);
    if (n == null || !n.isExact() || NotAmounts.excluded(t, n, n)) {
      return null;
    }
    int noun = n.end();
    if (noun + 1 < t.size()
        && t.get(noun).kind() == Token.Kind.WORD
        && !t.get(noun).in(Lexicon.PEOPLE)
        && t.get(noun + 1).in(Lexicon.PEOPLE)) {
      noun++;
    }
    return noun < t.size() && t.get(noun).in(Lexicon.PEOPLE)
        ? Atom.exact(i, noun + 1, n.value())
        : null;
  }

  /** Whether the tokens from {@code i} are the words {@code words}. */
  static boolean wordsAt(List<Token> t, int i, List<String> words) {
    if (i + words.size() > t.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!t.get(i + k).is(words.get(k))) {
        return false;
      }
    }
    return true;
  }
}
