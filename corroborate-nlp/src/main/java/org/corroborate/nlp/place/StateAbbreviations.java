package org.corroborate.nlp.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corroborate.model.Place;
import org.corroborate.model.PlaceMention;
import org.corroborate.model.Span;

/**
 * The abbreviations US news writes after a town for its state, in datelines and text alike:
 * "FRANKLIN, Ind.", "Grand Rapids, Mich." (the Associated Press's style), and the postal codes of
 * local television ("Mobile, AL"). A town so written puts its state in the document's context, so
 * that the town, and its namesakes elsewhere in the text, resolve to that state; the abbreviation
 * itself names the state.
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

  /** The postal codes local television writes after a town: "Mobile, AL (WKRG)". */
  private static final Map<String, String> CODES =
      Map.ofEntries(
          Map.entry("AL", "Alabama"),
          Map.entry("AK", "Alaska"),
          Map.entry("AZ", "Arizona"),
          Map.entry("AR", "Arkansas"),
          Map.entry("CA", "California"),
          Map.entry("CO", "Colorado"),
          Map.entry("CT", "Connecticut"),
          Map.entry("DE", "Delaware"),
          Map.entry("DC", "District of Columbia"),
          Map.entry("FL", "Florida"),
          Map.entry("GA", "Georgia"),
          Map.entry("HI", "Hawaii"),
          Map.entry("ID", "Idaho"),
          Map.entry("IL", "Illinois"),
          Map.entry("IN", "Indiana"),
          Map.entry("IA", "Iowa"),
          Map.entry("KS", "Kansas"),
          Map.entry("KY", "Kentucky"),
          Map.entry("LA", "Louisiana"),
          Map.entry("ME", "Maine"),
          Map.entry("MD", "Maryland"),
          Map.entry("MA", "Massachusetts"),
          Map.entry("MI", "Michigan"),
          Map.entry("MN", "Minnesota"),
          Map.entry("MS", "Mississippi"),
          Map.entry("MO", "Missouri"),
          Map.entry("MT", "Montana"),
          Map.entry("NE", "Nebraska"),
          Map.entry("NV", "Nevada"),
          Map.entry("NH", "New Hampshire"),
          Map.entry("NJ", "New Jersey"),
          Map.entry("NM", "New Mexico"),
          Map.entry("NY", "New York"),
          Map.entry("NC", "North Carolina"),
          Map.entry("ND", "North Dakota"),
          Map.entry("OH", "Ohio"),
          Map.entry("OK", "Oklahoma"),
          Map.entry("OR", "Oregon"),
          Map.entry("PA", "Pennsylvania"),
          Map.entry("RI", "Rhode Island"),
          Map.entry("SC", "South Carolina"),
          Map.entry("SD", "South Dakota"),
          Map.entry("TN", "Tennessee"),
          Map.entry("TX", "Texas"),
          Map.entry("UT", "Utah"),
          Map.entry("VT", "Vermont"),
          Map.entry("VA", "Virginia"),
          Map.entry("WA", "Washington"),
          Map.entry("WV", "West Virginia"),
          Map.entry("WI", "Wisconsin"),
          Map.entry("WY", "Wyoming"));

  /**
   * A capitalised name, a comma, and an abbreviation with its full stop — in an upper-case dateline
   * the abbreviation is upper-case too ("LAWRENCE, KAN.") — or a postal code standing alone
   * ("Mobile, AL").
   */
  private static final Pattern AFTER_TOWN =
      Pattern.compile(
          "\\b\\p{Lu}[\\p{L}'’.-]*(?:\\s\\p{Lu}[\\p{L}'’.-]*){0,3},\\s+(?:(?<abbr>"
              + String.join(
                  "|",
                  STATES.keySet().stream()
                      .flatMap(a -> Stream.of(a, a.toUpperCase(Locale.ROOT)))
                      .map(Pattern::quote)
                      .toList())
              + ")\\.|(?<code>"
              + String.join("|", CODES.keySet())
              + ")(?=\\s*(?:[(,:\u2013\u2014-]|$)))",
          Pattern.MULTILINE);

  /**
   * The District of Columbia, which news names by its abbreviation wherever it stands: "Washington,
   * D.C.", "Southeast D.C.", "D.C. police", "DC Police".
   */
  private static final Pattern DISTRICT =
      Pattern.compile("\\bD\\.C\\.|\\bDC(?=\\s+(?:[Pp]olice|Metropolitan|Fire)\\b)");

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
    for (PlaceMention m : find(text, 0, gazetteer)) {
      out = out.with(m.place());
    }
    return out;
  }

  /**
   * The state every "Town, Abbr." the text writes names, at its abbreviation, and the District of
   * Columbia wherever the text abbreviates it.
   */
  static List<PlaceMention> find(String text, int offset, Gazetteer gazetteer) {
    List<PlaceMention> out = new ArrayList<>();
    Matcher d = DISTRICT.matcher(text);
    while (d.find()) {
      state(gazetteer, "District of Columbia")
          .ifPresent(
              p ->
                  out.add(
                      new PlaceMention(
                          new Span(offset + d.start(), offset + d.end()), d.group(), p)));
    }
    Matcher m = AFTER_TOWN.matcher(text);
    while (m.find()) {
      String group = m.group("abbr") != null ? "abbr" : "code";
      String state =
          group.equals("abbr")
              ? STATES.get(asWritten(m.group("abbr")))
              : CODES.get(m.group("code"));
      Span span = new Span(offset + m.start(group), offset + m.end(group));
      String written = m.group(group);
      state(gazetteer, state)
          .filter(p -> out.stream().noneMatch(o -> o.span().overlaps(span)))
          .ifPresent(p -> out.add(new PlaceMention(span, written, p)));
    }
    out.sort(Comparator.comparing(PlaceMention::span));
    return out;
  }

  private static Optional<Place> state(Gazetteer gazetteer, String name) {
    return gazetteer.entries(PlaceNames.key(name)).stream()
        .map(Gazetteer.Entry::place)
        .filter(p -> Gazetteer.KIND_ADMIN1.equals(p.kind()) && "US".equals(p.country()))
        .findFirst();
  }
}
