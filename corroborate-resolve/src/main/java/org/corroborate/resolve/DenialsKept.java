package org.corroborate.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Contradiction;
import org.corroborate.model.Polarity;
import org.corroborate.model.SegmentKind;

/**
 * A denial ("denying that any of their military had entered the camp") does not count toward a
 * figure but is shown, and contradicts the credible claims asserting the same property — or, when
 * none does, those asserting that the event occurred.
 */
final class DenialsKept implements CountingRule {

  static final String NOTE = "denied: shown, not counted";

  @Override
  public Optional<String> excludes(Claim claim, List<Claim> sameProperty) {
    return claim.polarity() == Polarity.DENIED ? Optional.of(NOTE) : Optional.empty();
  }

  /** One contradiction per denied property of an incident with credible claims against it. */
  List<Contradiction> contradictions(List<Claim> incidentClaims) {
    List<Contradiction> out = new ArrayList<>();
    for (ClaimProperty p : ClaimProperty.values()) {
      List<Claim> denied = denied(incidentClaims, p);
      if (denied.isEmpty()) {
        continue;
      }
      List<Claim> asserted = asserted(incidentClaims, p);
      if (asserted.isEmpty()) {
        asserted = asserted(incidentClaims, ClaimProperty.OCCURRED);
      }
      if (asserted.isEmpty()) {
        continue;
      }
      String assertedValues = String.join(" / ", values(asserted));
      String deniedValues = String.join(" / ", values(denied));
      out.add(
          new Contradiction(
              p,
              p.label() + ": asserted " + assertedValues + ", denied " + deniedValues,
              List.of(
                  new Contradiction.Side("asserted: " + assertedValues, ids(asserted)),
                  new Contradiction.Side("denied: " + deniedValues, ids(denied)))));
    }
    return out;
  }

  private static List<Claim> denied(List<Claim> claims, ClaimProperty p) {
    return claims.stream()
        .filter(c -> c.property() == p && c.polarity() == Polarity.DENIED)
        .filter(c -> c.segment() != SegmentKind.COMMENTS)
        .toList();
  }

  private static List<Claim> asserted(List<Claim> claims, ClaimProperty p) {
    return claims.stream().filter(c -> c.property() == p && Credible.is(c)).toList();
  }

  private static List<String> values(List<Claim> claims) {
    return Tally.ranked(claims.stream().map(Claim::value).toList());
  }

  private static List<String> ids(List<Claim> claims) {
    return claims.stream().map(Claim::id).toList();
  }
}
