package org.corroborate.resolve;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.corroborate.model.Claim;

/**
 * A count over a period is a statistic, not an incident's toll: "126 people had been murdered in
 * the city this year", "more than 500 people died in 2013 from accidental gunshots", "nearly 500
 * children have died since 2000", "318 people have been shot since the start of 2019", "90 shot in
 * the first 40 days of 2017", "45 people were killed in July — the most in a month", "crime stats
 * for 2015 show 165 murdered". Such claims are shown and not counted. A superlative or an ordinal
 * beside the period ("the deadliest attack this year", "the third shooting this month") ranks the
 * incident instead, and its figure counts, unless the period plainly scopes the count ("750 killed
 * so far this year, the most since 1998").
 */
final class TotalsOverAPeriod implements CountingRule {

  static final String NOTE = "a total over a period, not this incident's";

  /**
   * A period that scopes the count itself: the count is a total whatever else the sentence says.
   */
  private static final Pattern TOTAL =
      Pattern.compile(
          "\\b(so far this (year|month)|year to date"
              + "|since the (start|beginning) of (the year|(19|20)\\d\\d)"
              + "|(in|over|during|within) the (past|last) (\\w+ )?(weeks?|months?|years?|decades?)"
              + "|(in|over|during) the first (\\w+ )?(days|weeks|months|half|quarter) of"
              + " (the year|this year|(19|20)\\d\\d)"
              + "|statistics|stats\\b|database)",
          Pattern.CASE_INSENSITIVE);

  /** A period that may scope the count or rank the incident ("the deadliest this year"). */
  private static final Pattern PERIOD =
      Pattern.compile(
          "\\b(this year|last year|each year|every year|per year|a year"
              + "|annually|since (19|20)\\d\\d|over the (past|last) \\w+ (years|months)"
              + "|in (19|20)\\d\\d(?=\\s*[,.;:)\\]]|\\s+(from|of|in|across)\\b)"
              + "|in (january|february|march|april|may|june|july|august|september|october"
              + "|november|december)(?=\\s*[,;:)\\]\u2014\u2013-]))",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern RANKING =
      Pattern.compile(
          "\\b(\\w+est|most|worst|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
              + "|\\d+(st|nd|rd|th))\\b",
          Pattern.CASE_INSENSITIVE);

  @Override
  public Optional<String> excludes(Claim claim, List<Claim> sameProperty) {
    boolean total =
        scopesTheCount(claim)
            || (PERIOD.matcher(claim.quote()).find() && !RANKING.matcher(claim.quote()).find());
    return total ? Optional.of(NOTE) : Optional.empty();
  }

  /**
   * Whether the period plainly scopes the count ("within the last year, three children died"), as
   * against a period that may only date the incident ("in February of this year, gunmen killed
   * several").
   */
  static boolean scopesTheCount(Claim claim) {
    return TOTAL.matcher(claim.quote()).find();
  }
}
