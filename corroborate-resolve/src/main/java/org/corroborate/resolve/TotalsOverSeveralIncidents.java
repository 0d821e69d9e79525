package org.corroborate.resolve;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.corroborate.model.Claim;

/**
 * A count over several incidents is no incident's toll: "10 other people were wounded in separate
 * shootings", "at least 13 people were shot in five incidents across the city", "the five shootings
 * that wounded 15 different people", "nine people were killed in city shootings", "two students
 * have died in separate gun-related incidents", "the first in a string of three shooting deaths",
 * "the first of two teenagers killed over the weekend", "eight other people were wounded across the
 * city overnight", "21 people were shot in incidents spanning the five boroughs". "Killed in the
 * shootings" may tell of one spree, and stands. Such claims are shown and not counted: a report of
 * one shooting that sums up the weekend's tells its own figure elsewhere.
 */
final class TotalsOverSeveralIncidents implements CountingRule {

  static final String NOTE = "a total over several incidents, not this incident's";

  private static final String NUMBER =
      "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+)";

  private static final Pattern SEVERAL =
      Pattern.compile(
          "\\b(?:separate|different|unrelated|several|multiple|"
              + NUMBER
              + ")\\s+(?:[\\w-]+\\s+){0,2}(?:shootings|incidents|attacks)\\b"
              + "|\\bin\\s+(?!the\\b|those\\b|these\\b)(?:\\w+\\s+)?(?:shootings|incidents)\\b"
              + "|\\b(?:across|around|throughout)\\s+the\\s+(?:city|county|state|region)\\b"
              + "|\\b(?:string|series|spate|rash)\\s+of\\s+"
              + NUMBER
              + "\\s+(?:[\\w-]+\\s+)?(?:shootings|killings|homicides|deaths|injuries|murders|attacks)\\b"
              + "|\\b(?:first|second|third|fourth|fifth|latest)\\s+of\\s+"
              + NUMBER
              + "\\b",
          Pattern.CASE_INSENSITIVE);

  @Override
  public Optional<String> excludes(Claim claim, List<Claim> sameProperty) {
    return SEVERAL.matcher(claim.quote()).find() ? Optional.of(NOTE) : Optional.empty();
  }
}
