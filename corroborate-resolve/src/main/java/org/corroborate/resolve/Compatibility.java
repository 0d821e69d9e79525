package org.corroborate.resolve;

import org.corroborate.model.Place;

/**
 * Whether two groups of event mentions can be one incident, and how well they match: compatible
 * types (see {@link EventFamilies}), compatible times (see {@link MentionTime#compatible}) and
 * compatible places (see {@link PlaceValue#match}), with at least one of time and place present on
 * both sides and agreeing — two mentions that share nothing are never taken for one.
 */
final class Compatibility {

  /** The score of two groups that cannot be one incident. */
  static final int NONE = -1;

  private static final int SAME_PLACE = 20;
  private static final int PLACE_WITHIN = 10;
  private static final int SAME_DAY = 10;

  private final ResolveOptions options;

  Compatibility(ResolveOptions options) {
    this.options = options;
  }

  /**
   * How well {@code a} and {@code b} match, higher is better, or {@link #NONE}.
   *
   * @param placeMayLack whether one side may lack a place (inside one document, or between
   *     documents that share a passage); else both must be placed
   */
  int score(MentionGroup a, MentionGroup b, boolean placeMayLack) {
    if (!EventFamilies.compatible(a.type(), b.type())) {
      return NONE;
    }
    int evidence = 0;
    int score = 0;
    MentionTime ta = a.time();
    MentionTime tb = b.time();
    if (ta != null && tb != null) {
      if (!ta.compatible(tb, options)) {
        return NONE;
      }
      evidence++;
      score += SAME_DAY - (int) Math.min(ta.distance(tb), SAME_DAY - 1);
    }
    Place pa = a.place();
    Place pb = b.place();
    if (pa != null && pb != null) {
      PlaceValue.Match match = PlaceValue.match(pa, pb);
      if (match == PlaceValue.Match.NONE) {
        return NONE;
      }
      evidence++;
      score += match == PlaceValue.Match.SAME ? SAME_PLACE : PLACE_WITHIN;
    } else if (!placeMayLack) {
      return NONE;
    }
    return evidence == 0 ? NONE : score;
  }
}
