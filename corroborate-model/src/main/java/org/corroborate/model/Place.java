package org.corroborate.model;

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
}
