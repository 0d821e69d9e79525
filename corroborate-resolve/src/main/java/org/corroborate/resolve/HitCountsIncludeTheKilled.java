package org.corroborate.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;

/**
 * People shot, stabbed, struck by bullets or found with wounds include those who died of it: "Three
 * people were shot; one died" counts three hit and one killed, so two injured; "officers found a
 * man with a gunshot wound" in a report of one dead counts none. An injured count read from a word
 * of hitting counts, less the largest count of killed the same report gives for the incident, as
 * the injured; a report that counts no dead ("Five men were shot", written before one died) takes
 * the incident's count of the killed instead. The claim keeps its own figure and its note says how
 * it counts. A person told of before ("he was shot", at least one) counts as none when the report
 * or the incident counts any dead: most such reports tell how the dead were hit. People a sentence
 * tells of as alive or as others stand as written. A person added in order ("a fourth victim was
 * grazed") is one of at least that many hit, whatever the verb and however that one fared.
 */
final class HitCountsIncludeTheKilled {

  /**
   * The words of hitting, as written: the verbs, and the wounds they leave ("found with a wound").
   */
  private static final Set<String> HIT =
      Set.of(
          "shot",
          "shoot",
          "shoots",
          "shooting",
          "stabbed",
          "stab",
          "stabs",
          "stabbing",
          "struck",
          "strike",
          "strikes",
          "striking",
          "hit",
          "hits",
          "hitting",
          "wound",
          "wounds");

  private static final Pattern ALIVE =
      Pattern.compile(
          "(?i)\\b(?:(?:stable|good|fair|satisfactory)\\s+condition"
              + "|non-?life[- ]threatening|not\\s+life[- ]threatening|non-?fatal"
              + "|recovering|expected\\s+to\\s+(?:survive|recover|be\\s+ok(?:ay)?)"
              + "|treated\\s+and\\s+released|graze[ds]?|survived)\\b");
  private static final Pattern DIED =
      Pattern.compile("(?i)\\b(?:died|dies|dead|killed|deceased|succumbed|(?<!non-)fatal\\w*)\\b");

  /** "three other people", "four others": people besides those told of before. */
  private static final Pattern OTHERS = Pattern.compile("(?i)^\\s+(?:others?|more)\\b");

  /**
   * A word of death after a count of others: one of them died ("shot three others, killing one").
   */
  private static final Pattern DEATH =
      Pattern.compile("(?i)\\b(?:died|dies|dead|kill\\w*|deceased|succumbed|fatal\\w*)\\b");

  private static final Pattern NUMBERED =
      Pattern.compile(
          "(?i)(?:a|an)\\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\b");

  private HitCountsIncludeTheKilled() {}

  /** What a claim counts as instead of its own figure, and why. */
  record Recount(long value, String note) {}

  /**
   * For each injured claim read from a verb of hitting in an incident that counts the killed, and
   * each "at least one" injured there, what it counts as.
   *
   * @param killed the killed claims that count toward the incident's figure
   * @param incidentKilled the incident's best count of the killed, for the reports that count none
   */
  static Map<Claim, Recount> countsAs(
      List<Claim> injured, List<Claim> killed, long incidentKilled) {
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
    Map<Claim, Recount> out = new HashMap<>();
    for (Claim c : injured) {
      boolean numbered = numbered(c);
      if (alive(c) && !numbered) {
        continue; // the fourth victim alive says nothing of the other three
      }
      boolean reportCountsDead = countingDead.contains(c.document());
      if (atLeastOne(c) && (reportCountsDead || incidentKilled > 0)) {
        // "he was shot": where people died, likely one of the dead
        out.put(
            c,
            new Recount(
                0,
                "a person told of before, in "
                    + (reportCountsDead ? "a report" : "an incident")
                    + " that counts the dead: counts as none injured"));
        continue;
      }
      if (c.quantity() == null
          || !(numbered
              || (Position.exact(c) && HIT.contains(c.trigger().toLowerCase(Locale.ROOT))))) {
        continue;
      }
      long hit = numbered ? c.quantity().low() : c.quantity().value();
      Long dead = killedByReport.get(c.document());
      String whose = "the same report";
      if (dead == null && !reportCountsDead && incidentKilled > 0) {
        dead = incidentKilled;
        whose = "the incident";
      }
      if (dead != null) {
        long value = Math.max(0, hit - dead);
        out.put(
            c,
            new Recount(
                value,
                hit
                    + " hit, of whom "
                    + whose
                    + " counts "
                    + dead
                    + " killed: counts as "
                    + value
                    + " injured"));
      }
    }
    return out;
  }

  /**
   * People the sentence tells of as alive — in a hospital's condition that is no danger to life
   * ("is in stable condition", "non-life-threatening"; the critically hurt of an early report often
   * died by a later one), recovering, released or grazed — or as others than those told of before
   * ("Another woman who was shot"; "killed one man and shot three others", unless the sentence goes
   * on to kill one of them: "shot three other guards, killing one") are none of the dead.
   */
  private static boolean alive(Claim c) {
    return (ALIVE.matcher(c.quote()).find() && !DIED.matcher(c.quote()).find())
        || c.valueText().toLowerCase(Locale.ROOT).startsWith("another")
        || others(c);
  }

  private static boolean others(Claim c) {
    int after = c.valueSpan().end() - c.sentence().start();
    return after >= 0
        && after <= c.quote().length()
        && OTHERS.matcher(c.quote()).region(after, c.quote().length()).lookingAt()
        && !DEATH.matcher(c.quote()).region(after, c.quote().length()).find();
  }

  /**
   * "a fourth victim was grazed": one of at least four people hit, whatever the verb, the dead
   * among them.
   */
  private static boolean numbered(Claim c) {
    return c.quantity() != null
        && c.quantity().low() != null
        && c.quantity().isAtLeast(c.quantity().low())
        && NUMBERED.matcher(c.valueText()).lookingAt();
  }

  /** "at least one": a person the report told of before ("he", "the victim"), see the extractor. */
  private static boolean atLeastOne(Claim c) {
    return c.quantity() != null && c.quantity().isAtLeast(1);
  }
}
