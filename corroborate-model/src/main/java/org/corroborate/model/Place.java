package org.corroborate.model;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A place from a gazetteer: GeoNames-derived data, or the case's own additions for sites general
 * gazetteers lack (camps, compounds, villages).
 *
 * @param country ISO 3166-1 alpha-2, or null
 * @param source where the entry comes from, e.g. {@code geonames:98182} or {@code case}
 */
public record Place(
    String name,
    String admin1,
    String country,
    Double lat,
    Double lon,
    String kind,
    String source) {

  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("give both lat and lon or neither for " + name);
    }
  }

  /**
   * How far from a county's centre (the mean of its towns' coordinates) its towns may lie: most US
   * counties are 40 to 80 km across.
   */
  public static final double COUNTY_REACH_KM = 60;

  /**
   * The great-circle distance to another place in kilometres, or empty when either lacks
   * coordinates.
   */
  public OptionalDouble kilometresTo(Place other) {
    if (lat == null || other.lat() == null) {
      return OptionalDouble.empty();
    }
    double dLat = Math.toRadians(other.lat() - lat);
    double dLon = Math.toRadians(other.lon() - lon);
    double h =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(lat))
                * Math.cos(Math.toRadians(other.lat()))
                * Math.pow(Math.sin(dLon / 2), 2);
    return OptionalDouble.of(2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h))));
  }

  private static final double EARTH_RADIUS_KM = 6371;

  /**
   * The place as a PLACE claim's value and as readers see it: "Baqubah, Diyala, IQ (33.7466,
   * 44.6436)", with what is known; the region is left out when it bears the place's own name.
   */
  public String describe() {
    StringBuilder sb = new StringBuilder(name);
    if (admin1 != null && !admin1.equals(name)) {
      sb.append(", ").append(admin1);
    }
    if (country != null) {
      sb.append(", ").append(country);
    }
    if (lat != null) {
      sb.append(String.format(Locale.ROOT, " (%.4f, %.4f)", lat, lon));
    }
    return sb.toString();
  }
}
