package org.corroborate.model;

import java.util.Objects;

/**
 * An amount written in a document, as written and as read.
 *
 * @param value the exact figure, or null when the source gives only a bound or a vague amount
 * @param low the least the words allow ("over 30" gives 31), or null when unbounded below
 * @param high the most the words allow ("up to 32" gives 32), or null when unbounded above
 * @param estimate the figure to count with: the exact value, or the documented convention for a
 *     bound or a vague amount (ACLED codes "dozens" as 12); null when there is none
 */
public record Quantity(
    Span span, String text, QuantityKind kind, Long value, Long low, Long high, Long estimate) {

  public Quantity {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if ((kind == QuantityKind.EXACT || kind == QuantityKind.COMPOSITE) && value == null) {
      throw new IllegalArgumentException("an " + kind.label() + " quantity has a value: " + text);
    }
    if (low != null && high != null && low > high) {
      throw new IllegalArgumentException(
          "low must be <= high; got low=" + low + ", high=" + high + " for '" + text + "'");
    }
    if (value != null && ((low != null && value < low) || (high != null && value > high))) {
      throw new IllegalArgumentException(
          "value " + value + " lies outside [" + low + ", " + high + "] for '" + text + "'");
    }
  }

  /** An exact amount. */
  public static Quantity exact(Span span, String text, long value) {
    return new Quantity(span, text, QuantityKind.EXACT, value, value, value, value);
  }

  /** An amount bounded only below: "at least {@code low}", counted as {@code low}. */
  public static Quantity atLeast(Span span, String text, long low) {
    return new Quantity(span, text, QuantityKind.BOUNDED, null, low, null, low);
  }

  /** Whether this amount is bounded only below, at {@code low} (see {@link #atLeast}). */
  public boolean isAtLeast(long low) {
    return kind == QuantityKind.BOUNDED
        && value == null
        && this.low != null
        && this.low == low
        && high == null;
  }
}
