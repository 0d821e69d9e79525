package org.corroborate.nlp.quantity;

import org.corroborate.model.QuantityKind;

/**
 * An amount found over the tokens {@code [first, end)}, before it becomes a {@code Quantity}.
 *
 * @param first the index of its first token
 * @param end the index after its last token
 */
record Atom(int first, int end, QuantityKind kind, Long value, Long low, Long high, Long estimate) {

  Atom {
    if (first < 0 || end <= first) {
      throw new IllegalArgumentException(
          "first must be non-negative and end > first; got first=" + first + ", end=" + end);
    }
  }

  static Atom exact(int first, int end, long value) {
    return new Atom(first, end, QuantityKind.EXACT, value, value, value, value);
  }

  static Atom range(int first, int end, long low, long high) {
    return new Atom(first, end, QuantityKind.BOUNDED, null, low, high, low);
  }

  static Atom vague(int first, int end, VagueConventions.Convention c) {
    return new Atom(first, end, QuantityKind.VAGUE, null, c.low(), c.high(), c.estimate());
  }

  boolean isExact() {
    return kind == QuantityKind.EXACT;
  }
}
