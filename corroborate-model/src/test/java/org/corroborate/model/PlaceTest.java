package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceTest {

  @Test
  void a_place_is_described_with_its_region_country_and_coordinates() {
    Place town = new Place("Kesterby", "Dunmere", "ZZ", -48.638, -130.215, "town", "case:x.tsv");
    assertThat(town.describe()).isEqualTo("Kesterby, Dunmere, ZZ (-48.6380, -130.2150)");
  }

  @Test
  void what_is_unknown_or_repeats_the_name_is_left_out() {
    assertThat(new Place("Baghdad", "Baghdad", "IQ", null, null, "city", "g").describe())
        .isEqualTo("Baghdad, IQ");
    assertThat(new Place("Orlen", null, null, null, null, "town", "g").describe())
        .isEqualTo("Orlen");
  }
}
