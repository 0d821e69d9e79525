package org.corroborate.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.Place;

/**
 * A PLACE claim's value, as {@link Place#describe()} writes it, read back into a {@link Place}, and
 * how two places compare: the same name key, one coarser place (a region, a country) holding the
 * other, or two towns of one region within {@link #NEAR_KM} km of each other (a city and its
 * suburb: reports of one shooting name either).
 */
final class PlaceValue {

  /** How well two places match: not at all, neighbours, one holds the other, or the same name. */
  enum Match {
    NONE,
    NEAR,
    CONTAINS,
    SAME
  }

  /** How far apart two towns of one region may lie to be told of as one place. */
  static final double NEAR_KM = 15;

  /** The side of a cell of the grid that lets neighbouring towns meet, in degrees. */
  private static final double CELL_DEGREES = 0.25;

  private static final Pattern COORDINATES =
      Pattern.compile("\\s*\\((-?\\d+(?:\\.\\d+)?),\\s*(-?\\d+(?:\\.\\d+)?)\\)\\s*$");
  private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

  private PlaceValue() {}

  /** Parses a PLACE claim's value; empty when it names nothing. */
  static Optional<Place> parse(String value, String source) {
    String rest = value.strip();
    Double lat = null;
    Double lon = null;
    Matcher m = COORDINATES.matcher(rest);
    if (m.find()) {
      lat = Double.valueOf(m.group(1));
      lon = Double.valueOf(m.group(2));
      rest = rest.substring(0, m.start());
    }
    List<String> parts = new ArrayList<>();
    for (String part : rest.split(",")) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    String country = null;
    if (parts.size() > 1 && COUNTRY_CODE.matcher(parts.get(parts.size() - 1)).matches()) {
      country = parts.remove(parts.size() - 1);
    }
    String admin1 = parts.size() > 1 ? parts.remove(parts.size() - 1) : null;
    String name = String.join(", ", parts);
    return Optional.of(new Place(name, admin1, country, lat, lon, null, source));
  }

  /** A place as written in titles: "Camp Ashraf, Diyala, IQ". */
  static String label(Place p) {
    StringBuilder sb = new StringBuilder(p.name());
    if (p.admin1() != null) {
      sb.append(", ").append(p.admin1());
    }
    if (p.country() != null) {
      sb.append(", ").append(p.country());
    }
    return sb.toString();
  }

  /**
   * Lower case, accents and punctuation dropped, spaces collapsed: "Saint-Étienne" → "saint
   * etienne".
   */
  static String key(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** How {@code a} and {@code b} match; CONTAINS when either holds the other. */
  static Match match(Place a, Place b) {
    if (a.country() != null && b.country() != null && !a.country().equals(b.country())) {
      return Match.NONE;
    }
    if (key(a.name()).equals(key(b.name()))) {
      boolean otherRegion =
          a.admin1() != null && b.admin1() != null && !key(a.admin1()).equals(key(b.admin1()));
      return otherRegion ? Match.NONE : Match.SAME;
    }
    if (holds(a, b) || holds(b, a)) {
      return Match.CONTAINS;
    }
    return near(a, b) ? Match.NEAR : Match.NONE;
  }

  /** Two towns of one region, both with coordinates, within {@link #NEAR_KM} km. */
  private static boolean near(Place a, Place b) {
    return !isCounty(a)
        && !isCounty(b)
        && a.admin1() != null
        && b.admin1() != null
        && key(a.admin1()).equals(key(b.admin1()))
        && a.kilometresTo(b).orElse(Double.MAX_VALUE) <= NEAR_KM;
  }

  /**
   * Whether the coarser place {@code outer} (a region, a country, or a county: see {@link
   * #isCounty}) holds {@code inner}.
   */
  static boolean holds(Place outer, Place inner) {
    if (isCounty(outer)) {
      return !isCounty(inner) && inCounty(outer, inner);
    }
    if (outer.admin1() != null) {
      return false;
    }
    String name = key(outer.name());
    return (inner.admin1() != null && key(inner.admin1()).equals(name))
        || (inner.country() != null && key(countryName(inner.country())).equals(name));
  }

  /**
   * Whether a place is a county or a parish ("Wayne County, North Carolina"): a division of its
   * admin1 region that holds the towns around it. Claims name their places as {@link
   * Place#describe()} writes them, without their kind; the name tells.
   */
  static boolean isCounty(Place p) {
    if (p.admin1() == null) {
      return false;
    }
    String k = key(p.name());
    return k.endsWith(" county") || k.endsWith(" parish");
  }

  /**
   * Whether {@code inner} lies in {@code county}: in the same region and country, and, where both
   * have coordinates, within {@value Place#COUNTY_REACH_KM} km of the county's centre.
   */
  private static boolean inCounty(Place county, Place inner) {
    if (inner.admin1() == null || !key(inner.admin1()).equals(key(county.admin1()))) {
      return false;
    }
    if (county.country() != null
        && inner.country() != null
        && !county.country().equals(inner.country())) {
      return false;
    }
    return county.kilometresTo(inner).orElse(0) <= Place.COUNTY_REACH_KM;
  }

  /**
   * Block keys on the place axis: a place is at its own name and inside its region and country, so
   * a region meets the places inside it without two villages of one region meeting; a county is
   * also at its region's name, where the towns of the region look for what holds them; a town is in
   * its cell of a grid, where the towns of the cells around it look for their neighbours.
   */
  static List<String> registerKeys(Place p) {
    List<String> keys = new ArrayList<>();
    keys.add("at:" + key(p.name()));
    if (p.lat() != null && p.lon() != null && !isCounty(p)) {
      keys.add(cell(Math.floor(p.lat() / CELL_DEGREES), Math.floor(p.lon() / CELL_DEGREES)));
    }
    if (p.admin1() != null) {
      keys.add("in:" + key(p.admin1()));
      if (isCounty(p)) {
        keys.add("at:" + key(p.admin1()));
      }
    }
    if (p.country() != null) {
      keys.add("in:" + key(countryName(p.country())));
    }
    return keys;
  }

  /** The keys under which matching places are registered (see {@link #registerKeys}). */
  static List<String> lookupKeys(Place p) {
    List<String> keys = new ArrayList<>();
    keys.add("at:" + key(p.name()));
    if (p.lat() != null && p.lon() != null && !isCounty(p)) {
      double row = Math.floor(p.lat() / CELL_DEGREES);
      double column = Math.floor(p.lon() / CELL_DEGREES);
      for (int i = -1; i <= 1; i++) {
        for (int j = -1; j <= 1; j++) {
          keys.add(cell(row + i, column + j));
        }
      }
    }
    if (p.admin1() == null) {
      keys.add("in:" + key(p.name()));
    } else {
      keys.add("at:" + key(p.admin1()));
      if (isCounty(p)) {
        keys.add("in:" + key(p.admin1()));
      }
    }
    if (p.country() != null) {
      keys.add("at:" + key(countryName(p.country())));
    }
    return keys;
  }

  /** A cell of the grid that lets neighbouring towns meet (see {@link #NEAR_KM}). */
  private static String cell(double row, double column) {
    return "near:" + (long) row + ":" + (long) column;
  }

  /** The English name of a country code ("IQ" → "Iraq"), or the code when the JDK knows none. */
  static String countryName(String code) {
    try {
      String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH);
      return name.isEmpty() ? code : name;
    } catch (IllformedLocaleException e) {
      return code;
    }
  }

  /** How much a place says: name, region, country, coordinates. */
  static int detail(Place p) {
    return 1
        + (p.admin1() != null ? 1 : 0)
        + (p.country() != null ? 1 : 0)
        + (p.lat() != null ? 1 : 0);
  }

  /** The words of a place's name, lower-cased: "San Mateo" is [san, mateo]. */
  static List<String> nameWords(Place p) {
    List<String> out = new ArrayList<>();
    for (String w : p.name().toLowerCase(Locale.ROOT).split("[^\\p{L}'’]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out.isEmpty() ? List.of(p.name().toLowerCase(Locale.ROOT)) : out;
  }
}
