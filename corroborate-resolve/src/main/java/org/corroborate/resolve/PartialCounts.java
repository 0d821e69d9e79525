package org.corroborate.resolve;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.model.Claim;

/**
 * A smaller figure that one speaker of one document gives beside a larger one for the same property
 * ("52 killed ... nine of them executed"; "six women" among seven) is a part, not a total. Figures
 * of different speakers in one document ("UNAMI said 52; officials said 44") are positions, not
 * parts, and both count. Figures compare as what they count (see {@link HitCountsIncludeTheKilled},
 * {@link OthersBesideOne}): beside "three victims with gunshot wounds", two of them dead, "one
 * child was injured" is the whole of the injured, not a part; "three others" beside one person
 * before them count four, no part of another four.
 */
final class PartialCounts implements CountingRule {

  private final Map<Claim, Long> countsAs;

  /**
   * @param countsAs what some claims count as instead of their own figure
   */
  PartialCounts(Map<Claim, Long> countsAs) {
    this.countsAs = Map.copyOf(countsAs);
  }

  static final String NOTE = "partial count";

  @Override
  public Optional<String> excludes(Claim claim, List<Claim> sameProperty) {
    Long own = countsAs.containsKey(claim) ? countsAs.get(claim) : count(claim);
    if (own == null || !Credible.is(claim)) {
      return Optional.empty();
    }
    String speaker = Origins.normalise(String.valueOf(claim.speaker()));
    for (Claim other : sameProperty) {
      Long larger = countsAs.containsKey(other) ? countsAs.get(other) : count(other);
      if (larger != null
          && larger > own
          && Credible.is(other)
          && other.document().equals(claim.document())
          && Objects.equals(Origins.normalise(String.valueOf(other.speaker())), speaker)) {
        return Optional.of(NOTE);
      }
    }
    return Optional.empty();
  }

  /** The figure a claim counts with: its value, else its estimate. */
  static Long count(Claim c) {
    if (c.quantity() == null) {
      return null;
    }
    return c.quantity().value() != null ? c.quantity().value() : c.quantity().estimate();
  }
}
