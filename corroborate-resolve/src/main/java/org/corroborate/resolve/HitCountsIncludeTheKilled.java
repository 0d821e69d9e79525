package org.corroborate.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;

/**
 * People shot or stabbed include those who died of it: "Three people were shot; one died" counts
 * three hit and one killed, so two injured. An injured count read from a verb of hitting counts,
 * less the largest count of killed the same report gives for the incident, as the injured; the
 * claim keeps its own figure and its note says how it counts. A person the report told of before
 * ("he was shot", at least one) counts as none in a report that counts any dead.
 */
final class HitCountsIncludeTheKilled {

  /** The verbs of hitting, as written. */
  private static final Set<String> HIT =
      Set.of("shot", "shoot", "shoots", "shooting", "stabbed", "stab", "stabs", "stabbing");

  private HitCountsIncludeTheKilled() {}

  /**
   * For each injured claim read from a verb of hitting in a report that also counts the killed, and
   * each "at least one" injured in a report that counts any dead, the number it counts as.
   *
   * @param killed the killed claims that count toward the incident's figure
   */
  static Map<Claim, Long> countsAs(List<Claim> injured, List<Claim> killed) {
    Map<String, Long> killedByReport = new HashMap<>();
    Set<String> countingDead = new HashSet<>();
    for (Claim k : killed) {
      if (k.property() != ClaimProperty.KILLED || !Credible.is(k) || k.quantity() == null) {
        continue;
      }
      countingDead.add(k.document());
      if (Position.exact(k)) {
        killedByReport.merge(k.document(), k.quantity().value(), Math::max);
      }
    }
    Map<Claim, Long> out = new HashMap<>();
    for (Claim c : injured) {
      if (atLeastOne(c) && countingDead.contains(c.document())) {
        out.put(c, 0L); // "he was shot": in a report of deaths, likely one of the dead
        continue;
      }
      Long dead = killedByReport.get(c.document());
      if (dead != null
          && c.quantity() != null
          && Position.exact(c)
          && HIT.contains(c.trigger().toLowerCase(Locale.ROOT))) {
        out.put(c, Math.max(0, c.quantity().value() - dead));
      }
    }
    return out;
  }

  /** "at least one": a person the report told of before ("he", "the victim"), see the extractor. */
  private static boolean atLeastOne(Claim c) {
    return c.quantity() != null && c.quantity().isAtLeast(1);
  }

  static String note(Claim c, long countsAs) {
    if (atLeastOne(c)) {
      return "a person told of before, in a report that counts the dead: counts as none injured";
    }
    return c.quantity().value()
        + " hit, of whom the same report counts "
        + (c.quantity().value() - countsAs)
        + " killed: counts as "
        + countsAs
        + " injured";
  }
}
