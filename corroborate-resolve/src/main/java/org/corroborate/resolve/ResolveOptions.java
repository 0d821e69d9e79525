package org.corroborate.resolve;

/**
 * The tolerances of incident grouping.
 *
 * @param dayTolerance how many days two day-precise dates of one incident may lie apart (sources
 *     disagree on dates around midnight and on relative dates such as "Saturday night")
 * @param reportLagDays how many days after an incident a report of it usually appears: a report
 *     that dates nothing is placed within this many days before its publication
 */
public record ResolveOptions(int dayTolerance, int reportLagDays) {

  /** One day of tolerance; reports appear up to three days after the incident. */
  public static final int DEFAULT_DAY_TOLERANCE = 1;

  public static final int DEFAULT_REPORT_LAG_DAYS = 3;

  public ResolveOptions {
    if (dayTolerance < 0 || reportLagDays < 0) {
      throw new IllegalArgumentException(
          "dayTolerance and reportLagDays must be non-negative; got "
              + dayTolerance
              + " and "
              + reportLagDays);
    }
  }

  public static ResolveOptions defaults() {
    return new ResolveOptions(DEFAULT_DAY_TOLERANCE, DEFAULT_REPORT_LAG_DAYS);
  }
}
