package org.corroborate.model;

import java.util.Locale;
import java.util.Objects;

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
