package org.corroborate.nlp.actor;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.model.ActorKind;

/**
 * The kind of actor a name denotes, from its words alone.
 *
 * <ul>
 *   <li>a nationality or country before a force noun, with only force modifiers between, is a
 *       state's force: "Velmoran army", "US troops", "Kastria’s police", "Velmoran Air Force"
 *       ({@link ActorKind#ARMED_FORCE});
 *   <li>"militia" in the name is a non-state armed group ({@link ActorKind#ARMED_GROUP});
 *   <li>an institutional head word or word typical of organisations' names ("Ministry", "Council",
 *       "Mission", "Front", "National", "Liberation", or a force noun after a name that is no
 *       nationality: "Hadrak Army", "Velmoran Qadr Force"), or a Persian ezafe ("Mujahedin-e")
 *       makes an {@link ActorKind#ORGANIZATION};
 *   <li>else two to four capitalised words are a {@link ActorKind#PERSON}'s name, and anything
 *       longer an organisation's.
 * </ul>
 *
 * A nationality is recognised by its form, not a list: an adjective ending as most do ("-i",
 * "-ian", "-an", "-ese", "-ish", "-ic", "-ch"), an acronym ("US", "U.S."), or a possessive; so a
 * name that merely ends like one ("Tarvan Army") is read as a state's force.
 */
final class Kinds {

  static final Pattern NATIONALITY =
      Pattern.compile(
          "\\p{Lu}\\p{Ll}+(?:i|ian|an|ese|ish|ic|ch)|\\p{Lu}{2,4}|(?:\\p{Lu}\\.){2,}|\\p{Lu}\\p{L}+['’]s");

  static final Set<String> FORCE_HEADS =
      Set.of(
          "forces",
          "force",
          "army",
          "military",
          "troops",
          "soldiers",
          "police",
          "policemen",
          "swat",
          "gendarmerie",
          "gendarmes");

  /** Words between a nationality and a force noun: "Velmoran Special Security Forces". */
  static final Set<String> FORCE_MODIFIERS =
      Set.of(
          "government",
          "regime",
          "state",
          "security",
          "special",
          "armed",
          "military",
          "riot",
          "border",
          "federal",
          "national",
          "army",
          "police",
          "paramilitary",
          "elite",
          "air",
          "naval",
          "ground");

  private static final Set<String> ORGANIZATION_WORDS =
      Set.of(
          "ministry",
          "council",
          "mission",
          "organization",
          "organisation",
          "committee",
          "office",
          "commission",
          "agency",
          "army",
          "brigade",
          "brigades",
          "front",
          "party",
          "movement",
          "union",
          "association",
          "institute",
          "court",
          "department",
          "directorate",
          "corps",
          "league",
          "network",
          "foundation",
          "assembly",
          "parliament",
          "authority",
          "service",
          "centre",
          "center",
          "bureau",
          "secretariat",
          "nations",
          "watch",
          "state",
          "fund",
          "programme",
          "program",
          "alliance",
          "coalition",
          "society",
          "national",
          "liberation",
          "democratic",
          "islamic",
          "revolutionary",
          "popular",
          "people's",
          "people’s",
          "united",
          "international",
          "rights");

  /** Small words in organisations' names but not in persons': "Council of", "Mission for". */
  private static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "the", "and", "in", "on");

  private static final Set<String> GROUP_WORDS = Set.of("militia", "militias");

  private static final Pattern EZAFE = Pattern.compile("\\p{L}+-(?:e|ye|i)");

  private Kinds() {}

  /** The kind of the name {@code name}; its words as written. */
  static ActorKind of(String name) {
    List<NameRuns.Word> words = NameRuns.words(name);
    if (words.isEmpty()) {
      return ActorKind.ORGANIZATION;
    }
    if (isNationalForce(words)) {
      return ActorKind.ARMED_FORCE;
    }
    boolean organization = false;
    for (NameRuns.Word w : words) {
      String l = lower(w);
      if (GROUP_WORDS.contains(l)) {
        return ActorKind.ARMED_GROUP;
      }
      organization |=
          ORGANIZATION_WORDS.contains(l)
              || FORCE_HEADS.contains(l)
              || EZAFE.matcher(w.text()).matches();
      organization |= NAME_CONNECTORS.contains(l);
    }
    if (organization) {
      return ActorKind.ORGANIZATION;
    }
    return words.size() >= 2 && words.size() <= 4 ? ActorKind.PERSON : ActorKind.ORGANIZATION;
  }

  /** A nationality, force modifiers, a force noun: "Velmoran Air Force", "US Army". */
  private static boolean isNationalForce(List<NameRuns.Word> words) {
    if (words.size() < 2
        || !FORCE_HEADS.contains(lower(words.get(words.size() - 1)))
        || !NATIONALITY.matcher(words.get(0).text()).matches()) {
      return false;
    }
    for (NameRuns.Word w : words.subList(1, words.size() - 1)) {
      if (!FORCE_MODIFIERS.contains(lower(w))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code name} has a word that only organisations' and forces' names have. */
  static boolean isInstitutional(String name) {
    for (NameRuns.Word w : NameRuns.words(name)) {
      String l = lower(w);
      if (ORGANIZATION_WORDS.contains(l) || GROUP_WORDS.contains(l) || FORCE_HEADS.contains(l)) {
        return true;
      }
    }
    return false;
  }

  private static String lower(NameRuns.Word w) {
    return w.text().toLowerCase(Locale.ROOT);
  }
}
