package org.corroborate.resolve;

import java.util.List;
import java.util.Objects;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Place;
import org.corroborate.model.QuantityKind;

/**
 * The claims one document makes about one event mention (claims sharing {@link Claim#event}), with
 * the mention's type, its most precise time and its most frequent place, each null when its claims
 * give none. Reader comments do not time or place a mention.
 */
record EventMention(
    String id, String document, String type, MentionTime time, Place place, List<Claim> claims) {

  EventMention {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(type, "type");
    claims = List.copyOf(claims);
    if (claims.isEmpty()) {
      throw new IllegalArgumentException("an event mention has claims: " + id);
    }
    if (time != null && time.weak()) {
      throw new IllegalArgumentException(
          "an event mention's own time comes from its claims, not the publication date: " + id);
    }
  }

  long figures() {
    return claims.stream().filter(c -> c.property().isFigure()).count();
  }

  /**
   * The figures that give a number or bounds, not only "many" or "dozens", for this incident, not
   * as a total over a period that plainly scopes it (see {@link TotalsOverAPeriod#scopesTheCount}).
   */
  long exactFigures() {
    return claims.stream()
        .filter(c -> c.property().isFigure())
        .filter(c -> c.quantity() == null || c.quantity().kind() != QuantityKind.VAGUE)
        .filter(c -> !TotalsOverAPeriod.scopesTheCount(c))
        .count();
  }

  /** The figures that count over a period (see {@link TotalsOverAPeriod#scopesTheCount}). */
  long totals() {
    return claims.stream()
        .filter(c -> c.property().isFigure())
        .filter(TotalsOverAPeriod::scopesTheCount)
        .count();
  }

  boolean occurred() {
    return claims.stream().anyMatch(c -> c.property() == ClaimProperty.OCCURRED);
  }
}
