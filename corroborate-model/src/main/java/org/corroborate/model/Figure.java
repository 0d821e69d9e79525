package org.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * A reconciled figure of one incident (killed, injured, abducted, detained, missing), in UCDP's
 * manner: the best estimate, the lowest and highest credible figures, whether the credible sources
 * disagree, the claims and origins behind it, and a one-line explanation of how best was chosen.
 */
public record Figure(
    ClaimProperty property,
    Long best,
    Long low,
    Long high,
    boolean contested,
    List<FigureSource> sources,
    String explanation) {

  public Figure {
    Objects.requireNonNull(property, "property");
    if (!property.isFigure()) {
      throw new IllegalArgumentException("a figure counts people; got " + property.label());
    }
    sources = List.copyOf(sources);
    explanation = explanation == null ? "" : explanation;
    if (low != null && high != null && low > high) {
      throw new IllegalArgumentException("low must be <= high; got " + low + " > " + high);
    }
  }
}
