package org.corroborate.nlp.place;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The abbreviations US news writes after a town for its state, in datelines and text alike:
 * "FRANKLIN, Ind.", "Grand Rapids, Mich." (the Associated Press's style). A town so written puts
 * its state in the document's context, so that the town, and its namesakes elsewhere in the text,
 * resolve to that state.
 */
final class StateAbbreviations {

  private static final Map<String, String> STATES =
      Map.ofEntries(
          Map.entry("Ala", "Alabama"),
          Map.entry("Ariz", "Arizona"),
          Map.entry("Ark", "Arkansas"),
          Map.entry("Calif", "California"),
          Map.entry("Colo", "Colorado"),
          Map.entry("Conn", "Connecticut"),
          Map.entry("Del", "Delaware"),
          Map.entry("Fla", "Florida"),
          Map.entry("Ga", "Georgia"),
          Map.entry("Ill", "Illinois"),
          Map.entry("Ind", "Indiana"),
          Map.entry("Kan", "Kansas"),
          Map.entry("Kans", "Kansas"),
          Map.entry("Ky", "Kentucky"),
          Map.entry("La", "Louisiana"),
          Map.entry("Md", "Maryland"),
          Map.entry("Mass", "Massachusetts"),
          Map.entry("Mich", "Michigan"),
          Map.entry("Minn", "Minnesota"),
          Map.entry("Miss", "Mississippi"),
          Map.entry("Mo", "Missouri"),
          Map.entry("Mont", "Montana"),
          Map.entry("Neb", "Nebraska"),
          Map.entry("Nev", "Nevada"),
          Map.entry("N.H", "New Hampshire"),
          Map.entry("N.J", "New Jersey"),
          Map.entry("N.M", "New Mexico"),
          Map.entry("N.Y", "New York"),
          Map.entry("N.C", "North Carolina"),
          Map.entry("N.D", "North Dakota"),
          Map.entry("Okla", "Oklahoma"),
          Map.entry("Ore", "Oregon"),
          Map.entry("Pa", "Pennsylvania"),
          Map.entry("R.I", "Rhode Island"),
          Map.entry("S.C", "South Carolina"),
          Map.entry("S.D", "South Dakota"),
          Map.entry("Tenn", "Tennessee"),
          Map.entry("Tex", "Texas"),
          Map.entry("Vt", "Vermont"),
          Map.entry("Va", "Virginia"),
          Map.entry("Wash", "Washington"),
          Map.entry("W.Va", "West Virginia"),
          Map.entry("Wis", "Wisconsin"),
          Map.entry("Wyo", "Wyoming"));

  /**
   * A capitalised name, a comma, an abbreviation and its full stop; in an upper-case dateline the
   * abbreviation is upper-case too ("LAWRENCE, KAN.").
   */
  private static final Pattern AFTER_TOWN =
      Pattern.compile(
          "\\b\\p{Lu}[\\p{L}'’.-]*(?:\\s\\p{Lu}[\\p{L}'’.-]*){0,3},\\s+(?<abbr>"
              + String.join(
                  "|",
                  STATES.keySet().stream()
                      .flatMap(a -> Stream.of(a, a.toUpperCase(Locale.ROOT)))
                      .map(Pattern::quote)
                      .toList())
              + ")\\.");

  private StateAbbreviations() {}

  /** The map's key of an abbreviation written in any case: "KAN" → "Kan", "W.VA" → "W.Va". */
  private static String asWritten(String abbreviation) {
    return STATES.keySet().stream()
        .filter(k -> k.equalsIgnoreCase(abbreviation))
        .findFirst()
        .orElse(abbreviation);
  }

  /** {@code ctx} plus the state of every "Town, Abbr." the text writes. */
  static PlaceContext addTo(PlaceContext ctx, String text, Gazetteer gazetteer) {
    PlaceContext out = ctx;
    Matcher m = AFTER_TOWN.matcher(text);
    while (m.find()) {
      String state = STATES.get(asWritten(m.group("abbr")));
      for (Gazetteer.Entry e : gazetteer.entries(PlaceNames.key(state))) {
        if (Gazetteer.KIND_ADMIN1.equals(e.place().kind()) && "US".equals(e.place().country())) {
          out = out.with(e.place());
          break;
        }
      }
    }
    return out;
  }
}
