package org.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * Sources that disagree on one property of one incident — a figure, the start time, the date,
 * whether it happened at all — with the claims on each side. Denials are contradictions too.
 */
public record Contradiction(ClaimProperty property, String summary, List<Side> sides) {

  /** One position and the claims that take it. */
  public record Side(String value, List<String> claims) {
    public Side {
      Objects.requireNonNull(value, "value");
      claims = List.copyOf(claims);
    }
  }

  public Contradiction {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(summary, "summary");
    sides = List.copyOf(sides);
    if (sides.size() < 2) {
      throw new IllegalArgumentException("a contradiction has two sides at least; got " + sides);
    }
  }
}
