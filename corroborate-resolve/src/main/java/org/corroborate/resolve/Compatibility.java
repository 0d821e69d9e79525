package org.corroborate.resolve;

import org.corroborate.model.Place;

/**
 * Whether two groups of event mentions can be one incident, and how well they match: compatible
 * types (see {@link EventFamilies}), compatible times (see {@link MentionTime#compatible}) and
 * compatible places (see {@link PlaceValue#match}), with at least one of time and place present on
 * both sides and agreeing — two mentions that share nothing are never taken for one.
 *
 * <p>Reports that share rare names (see {@link NameLinks}) are held to looser terms: their times
 * may lie {@link #NAMED_DAY_TOLERANCE} days apart (a later report misreads "Friday"), a report
 * dated only by its publication may appear {@link #NAMED_REPORT_LAG_DAYS} days after the incident
 * (the arrest, the funeral, the charges), and their places may disagree (one names the suburb, the
 * other the city across the county line, or the extractor took the wrong town). Reports that share
 * names weighing {@link NameLinks#ONE_STORY_WEIGHT} or more tell one story whatever their dates:
 * the charges months later, the trial, the anniversary.
 *
 * <p>Streets (see {@link Streets}): reports that both name streets and share none are not one
 * incident, unless they share text or tell one story by their names — in a city, shootings a day
 * apart are told by their blocks. Reports that share a street are matched on the looser times of
 * shared names, and better than others.
 */
final class Compatibility {

  /** The score of two groups that cannot be one incident. */
  static final int NONE = -1;

  private static final int SAME_PLACE = 20;
  private static final int PLACE_WITHIN = 10;
  private static final int SAME_DAY = 10;
  private static final int SHARED_NAMES = 15;
  private static final int SHARED_STREET = 10;

  static final int NAMED_DAY_TOLERANCE = 7;
  static final int NAMED_REPORT_LAG_DAYS = 30;

  private final ResolveOptions options;
  private final ResolveOptions named;
  private final ResolveOptions story;

  Compatibility(ResolveOptions options) {
    this.options = options;
    this.named =
        new ResolveOptions(
            Math.max(options.dayTolerance(), NAMED_DAY_TOLERANCE),
            Math.max(options.reportLagDays(), NAMED_REPORT_LAG_DAYS));
    this.story =
        new ResolveOptions(
            Math.max(options.dayTolerance(), NAMED_DAY_TOLERANCE), options.reportLagDays());
  }

  int score(MentionGroup a, MentionGroup b, boolean placeMayLack) {
    return score(a, b, placeMayLack, 0, Streets.Relation.UNKNOWN);
  }

  /**
   * Whether two groups are dated within {@link #NAMED_DAY_TOLERANCE} days of each other: close
   * enough for one to be part of the other's story (the arrest two days later, the visit the next
   * day).
   */
  boolean sameStory(MentionGroup a, MentionGroup b) {
    return a.time() != null && b.time() != null && a.time().compatible(b.time(), story);
  }

  /**
   * How well {@code a} and {@code b} match, higher is better, or {@link #NONE}.
   *
   * @param placeMayLack whether one side may lack a place (inside one document, or between
   *     documents that share a passage); else both must be placed
   * @param nameWeight how much the rare names their reports share weigh (see {@link NameLinks}), 0
   *     when they share none
   * @param streets how their reports stand by the streets they name
   */
  int score(
      MentionGroup a,
      MentionGroup b,
      boolean placeMayLack,
      double nameWeight,
      Streets.Relation streets) {
    boolean shareNames = nameWeight > 0;
    boolean oneStory = nameWeight >= NameLinks.ONE_STORY_WEIGHT;
    if (!EventFamilies.compatible(a.type(), b.type())) {
      return NONE;
    }
    if (streets == Streets.Relation.APART && !oneStory && !placeMayLack) {
      return NONE;
    }
    boolean shareStreet = streets == Streets.Relation.SHARED;
    int evidence = shareNames ? 1 : 0;
    int score = (shareNames ? SHARED_NAMES : 0) + (shareStreet ? SHARED_STREET : 0);
    MentionTime ta = a.time();
    MentionTime tb = b.time();
    if (ta != null && tb != null) {
      if (!oneStory && !ta.compatible(tb, shareNames || shareStreet ? named : options)) {
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
        if (!shareNames) {
          return NONE;
        }
      } else {
        evidence++;
        score += match == PlaceValue.Match.SAME ? SAME_PLACE : PLACE_WITHIN;
      }
    } else if (!placeMayLack && !shareNames) {
      return NONE;
    }
    return evidence == 0 ? NONE : score;
  }
}
