package org.corroborate.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.model.Place;
import org.junit.jupiter.api.Test;

class PlaceValueTest {

  private static Place p(String value) {
    return PlaceValue.parse(value, "test").orElseThrow();
  }

  @Test
  void the_extractors_place_format_reads_back_into_a_place() {
    Place place = p("Camp Nara, Velor, XF (33.1000, -44.2000)");
    assertThat(place).isEqualTo(new Place("Camp Nara", "Velor", "XF", 33.1, -44.2, null, "test"));
    assertThat(p("Velor, XF")).isEqualTo(new Place("Velor", null, "XF", null, null, null, "test"));
    assertThat(p("Velor")).isEqualTo(new Place("Velor", null, null, null, null, null, "test"));
    assertThat(PlaceValue.parse(" , ", "test")).isEmpty();
  }

  @Test
  void a_described_place_reads_back_as_itself() {
    Place nara = new Place("Camp Nara", "Velor", "XF", 33.1, -44.2, null, "test");
    assertThat(p(nara.describe())).isEqualTo(nara);
  }

  @Test
  void the_same_name_matches_and_spelling_of_case_and_accents_does_not_matter() {
    assertThat(PlaceValue.match(p("Saint-Étienne, XF"), p("saint etienne, Loire, XF")))
        .isEqualTo(PlaceValue.Match.SAME);
  }

  @Test
  void a_region_or_a_country_holds_the_places_inside_it() {
    assertThat(PlaceValue.match(p("Velor, XF"), p("Camp Nara, Velor, XF")))
        .isEqualTo(PlaceValue.Match.CONTAINS);
    assertThat(PlaceValue.match(p("Millbrook, Ohio, US"), p("Ohio, US")))
        .isEqualTo(PlaceValue.Match.CONTAINS);
    assertThat(PlaceValue.match(p("Iraq, IQ"), p("Camp Ashraf, Diyala, IQ")))
        .isEqualTo(PlaceValue.Match.CONTAINS);
  }

  @Test
  void a_county_holds_the_towns_of_its_state_around_its_centre_but_no_other_county() {
    Place county = p("Orlen County, Ohio, US (40.0000, -83.0000)");
    Place town = p("Millbrook, Ohio, US (40.2000, -83.1000)");
    assertThat(PlaceValue.match(county, town)).isEqualTo(PlaceValue.Match.CONTAINS);
    assertThat(PlaceValue.match(town, p("Orlen Parish, Ohio, US")))
        .isEqualTo(PlaceValue.Match.CONTAINS);
    // 150 km away, or in another state: another county's town
    assertThat(PlaceValue.match(county, p("Fairview, Ohio, US (41.3500, -83.0000)")))
        .isEqualTo(PlaceValue.Match.NONE);
    assertThat(PlaceValue.match(county, p("Millbrook, Indiana, US (40.2000, -83.1000)")))
        .isEqualTo(PlaceValue.Match.NONE);
    assertThat(PlaceValue.match(county, p("Velmora County, Ohio, US (40.1000, -83.0000)")))
        .isEqualTo(PlaceValue.Match.NONE);
    assertThat(PlaceValue.lookupKeys(county)).containsAnyElementsOf(PlaceValue.registerKeys(town));
    assertThat(PlaceValue.lookupKeys(town)).containsAnyElementsOf(PlaceValue.registerKeys(county));
    assertThat(PlaceValue.lookupKeys(p("Ohio, US")))
        .containsAnyElementsOf(PlaceValue.registerKeys(county));
  }

  @Test
  void different_places_and_countries_do_not_match() {
    assertThat(PlaceValue.match(p("Millbrook, Ohio, US"), p("Fairview, Ohio, US")))
        .isEqualTo(PlaceValue.Match.NONE);
    assertThat(PlaceValue.match(p("Velor, XF"), p("Velor, XG"))).isEqualTo(PlaceValue.Match.NONE);
  }

  @Test
  void matching_places_share_a_block_key_and_two_villages_of_one_region_do_not() {
    Place region = p("Velor, XF");
    Place camp = p("Camp Nara, Velor, XF");
    Place village = p("Dask, Velor, XF");
    assertThat(PlaceValue.lookupKeys(region)).containsAnyElementsOf(PlaceValue.registerKeys(camp));
    assertThat(PlaceValue.lookupKeys(camp)).containsAnyElementsOf(PlaceValue.registerKeys(region));
    assertThat(PlaceValue.lookupKeys(camp))
        .doesNotContainAnyElementsOf(PlaceValue.registerKeys(village));
  }

  @Test
  void neighbouring_towns_of_one_region_match_as_near_and_meet_in_a_block() {
    Place city = p("Millbrook, Ohio, US (40.1000, -83.2000)");
    Place suburb = p("Orlen, Ohio, US (40.1500, -83.1000)");
    Place across = p("Kesterby, Indiana, US (40.1500, -83.1000)");
    Place far = p("Fairview, Ohio, US (40.5000, -83.9000)");

    assertThat(PlaceValue.match(city, suburb)).isEqualTo(PlaceValue.Match.NEAR);
    assertThat(PlaceValue.lookupKeys(suburb)).containsAnyElementsOf(PlaceValue.registerKeys(city));
    assertThat(PlaceValue.match(city, across))
        .as("another region")
        .isEqualTo(PlaceValue.Match.NONE);
    assertThat(PlaceValue.match(city, far)).as("70 km apart").isEqualTo(PlaceValue.Match.NONE);
    assertThat(PlaceValue.match(p("Millbrook, Ohio, US"), p("Orlen, Ohio, US")))
        .as("without coordinates")
        .isEqualTo(PlaceValue.Match.NONE);
  }
}
