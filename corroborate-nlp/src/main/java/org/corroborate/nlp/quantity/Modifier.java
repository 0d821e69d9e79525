package org.corroborate.nlp.quantity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.corroborate.model.QuantityKind;

/** Words before a figure that bound it or make it approximate: "over 30", "about 2500". */
enum Modifier {
  /** "more than 300": the least is one more. */
  ABOVE(
      "more than",
      "over",
      "above",
      "in excess of",
      "upwards of",
      "just over",
      "well over",
      "greater than"),
  /** "at least 34": the least is the figure. */
  AT_LEAST("at least", "no fewer than", "no less than", "not less than", "a minimum of"),
  /** "up to 32": the most is the figure. */
  AT_MOST("up to", "as many as", "at most", "no more than", "not more than", "a maximum of"),
  /** "fewer than 10", "nearly 50": the most is one less. */
  BELOW(
      "less than", "fewer than", "under", "below", "nearly", "almost", "just under", "just below"),
  /** "about 2500": no bound, the figure as the estimate. */
  APPROXIMATELY(
      "about",
      "around",
      "approximately",
      "roughly",
      "some",
      "an estimated",
      "estimated",
      "close to",
      "circa");

  /** Every phrase, longest first, split into words. */
  private static final List<Map.Entry<List<String>, Modifier>> PHRASES =
      Arrays.stream(values())
          .flatMap(m -> m.phrases.stream().map(p -> Map.entry(List.of(p.split(" ")), m)))
          .sorted(Comparator.comparingInt(e -> -e.getKey().size()))
          .toList();

  private final List<String> phrases;

  Modifier(String... phrases) {
    this.phrases = List.of(phrases);
  }

  /** The modifier whose words start at token {@code i}, as a match, or null. */
  static Match at(List<Token> t, int i) {
    for (Map.Entry<List<String>, Modifier> e : PHRASES) {
      if (Phrases.wordsAt(t, i, e.getKey())) {
        return new Match(e.getValue(), i + e.getKey().size());
      }
    }
    return null;
  }

  /** The amount this modifier makes of the exact figure {@code core}, over {@code [first, end)}. */
  Atom apply(int first, Atom core) {
    long v = core.value();
    int end = core.end();
    return switch (this) {
      case ABOVE -> bounded(first, end, v + 1, null, v + 1);
      case AT_LEAST -> bounded(first, end, v, null, v);
      case AT_MOST -> bounded(first, end, null, v, v);
      case BELOW -> bounded(first, end, null, Math.max(0, v - 1), Math.max(0, v - 1));
      case APPROXIMATELY -> new Atom(first, end, QuantityKind.VAGUE, null, null, null, v);
    };
  }

  private static Atom bounded(int first, int end, Long low, Long high, Long estimate) {
    return new Atom(first, end, QuantityKind.BOUNDED, null, low, high, estimate);
  }

  /**
   * A modifier found in the text.
   *
   * @param next the index of the token after its words
   */
  record Match(Modifier modifier, int next) {}
}
