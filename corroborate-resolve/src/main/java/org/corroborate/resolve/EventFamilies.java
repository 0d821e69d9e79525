package org.corroborate.resolve;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which event types can describe one incident: those of one ACLED family (violence against
 * civilians; explosions and remote violence; battles; arrests), and the generic types "attack" and
 * "killing" with any violent family, since a source that says "the attack" about a shelling only
 * names it less precisely. A type outside the taxonomy is its own family.
 */
final class EventFamilies {

  private static final String CIVILIANS = "Violence against civilians";
  private static final String REMOTE = "Explosions/Remote violence";
  private static final String BATTLES = "Battles";
  static final String ARRESTS = "Strategic developments";

  private static final Map<String, String> FAMILY =
      Map.ofEntries(
          Map.entry("attack", CIVILIANS),
          Map.entry("killing", CIVILIANS),
          Map.entry("massacre", CIVILIANS),
          Map.entry("execution", CIVILIANS),
          Map.entry("shooting", CIVILIANS),
          Map.entry("stabbing", CIVILIANS),
          Map.entry("torture", CIVILIANS),
          Map.entry("sexual violence", CIVILIANS),
          Map.entry("abduction", CIVILIANS),
          Map.entry("arrest", ARRESTS),
          Map.entry("shelling", REMOTE),
          Map.entry("bombing", REMOTE),
          Map.entry("air strike", REMOTE),
          Map.entry("chemical attack", REMOTE),
          Map.entry("armed clash", BATTLES));

  private static final Set<String> GENERIC = Set.of("attack", "killing");
  private static final Set<String> VIOLENT = Set.of(CIVILIANS, REMOTE, BATTLES);

  private EventFamilies() {}

  static String family(String type) {
    String t = type.strip().toLowerCase(Locale.ROOT);
    return FAMILY.getOrDefault(t, "other: " + t);
  }

  static boolean compatible(String a, String b) {
    String fa = family(a);
    String fb = family(b);
    if (fa.equals(fb)) {
      return true;
    }
    return (isGeneric(a) && VIOLENT.contains(fb)) || (isGeneric(b) && VIOLENT.contains(fa));
  }

  /** Whether a type is of a violent family (not an arrest, a visit or a statement). */
  static boolean violent(String type) {
    return VIOLENT.contains(family(type));
  }

  private static boolean isGeneric(String type) {
    return GENERIC.contains(type.strip().toLowerCase(Locale.ROOT));
  }
}
