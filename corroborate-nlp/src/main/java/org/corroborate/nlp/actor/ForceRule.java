package org.corroborate.nlp.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.ActorKind;

/**
 * A state's armed or security forces ({@link ActorKind#ARMED_FORCE}): a nationality or country with
 * a force noun and the words between ("Velmoran forces", "U.S. special forces", "Kastria’s army",
 * "Velmoran security forces", "Velmoran SWAT"), and the forces that need no nationality
 * ("government forces", "security forces", "regime troops", "the army", "the police"). The article
 * is not part of the mention.
 */
final class ForceRule implements ActorRule {

  private static final String MODIFIERS =
      "(?:(?i:" + String.join("|", Kinds.FORCE_MODIFIERS) + ")\\s+){0,3}";
  private static final String HEADS =
      "(?i:forces|force|army|military|troops|soldiers|police|policemen|gendarmerie|gendarmes)"
          + "|SWAT(?:\\s+(?:teams?|units?))?";

  private static final Pattern NATIONAL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.])(?:"
              + Kinds.NATIONALITY.pattern()
              + ")\\s+"
              + MODIFIERS
              + "(?:"
              + HEADS
              + ")(?![\\p{L}\\p{N}])");

  private static final Pattern UNNAMED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:(?:government|regime|security|state|coalition|pro-government)"
              + "\\s+"
              + MODIFIERS
              + "(?:forces|troops|soldiers)"
              + "|(?<=\\b[Tt]he\\s)(?:army|military|police))(?![\\p{L}\\p{N}])");

  @Override
  public List<Candidate> find(String text) {
    List<Candidate> out = new ArrayList<>();
    for (Pattern p : List.of(NATIONAL, UNNAMED)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (!NameRuns.OPENERS.contains(firstWordLower(m.group()))) {
          out.add(Candidate.of(m.start(), m.end(), ActorKind.ARMED_FORCE));
        }
      }
    }
    return out;
  }

  private static String firstWordLower(String s) {
    int space = s.indexOf(' ');
    return (space < 0 ? s : s.substring(0, space)).toLowerCase(Locale.ROOT);
  }
}
