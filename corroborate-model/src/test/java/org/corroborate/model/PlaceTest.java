package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PlaceTest {

  @Test
  void a_place_is_described_with_its_region_country_and_coordinates() {
    Place town = new Place("Kesterby", "Dunmere", "ZZ", -48.638, -130.215, "town", "case:x.tsv");
    assertThat(town.describe()).isEqualTo("Kesterby, Dunmere, ZZ (-48.6380, -130.2150)");
  }

  @Test
  void the_distance_between_places_is_along_the_earths_surface_when_both_have_coordinates() {
    Place a = new Place("Orlen", null, "ZZ", 0.0, 0.0, "town", "g");
    Place b = new Place("Velmora", null, "ZZ", 1.0, 0.0, "town", "g");
    // one degree of latitude is about 111.2 km
    assertThat(a.kilometresTo(b).getAsDouble()).isCloseTo(111.2, within(0.1));
    assertThat(a.kilometresTo(new Place("Dunmere", null, "ZZ", null, null, "region", "g")))
        .isEmpty();
  }

  @Test
  void what_is_unknown_or_repeats_the_name_is_left_out() {
    assertThat(new Place("Baghdad", "Baghdad", "IQ", null, null, "city", "g").describe())
        .isEqualTo("Baghdad, IQ");
    assertThat(new Place("Orlen", null, null, null, null, "town", "g").describe())
        .isEqualTo("Orlen");
  }
}
