package org.corroborate.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.resolve.Cases.FAIRVIEW;
import static org.corroborate.resolve.Cases.MILLBROOK;
import static org.corroborate.resolve.Cases.MILLBROOK_MICHIGAN;
import static org.corroborate.resolve.Cases.VELOR;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlinePlacesTest {

  @Test
  void a_headline_naming_one_town_of_the_case_is_placed_there() {
    HeadlinePlaces places = new HeadlinePlaces(List.of(MILLBROOK, FAIRVIEW, VELOR));

    assertThat(places.of("Fairview teen shot after party, police say")).contains(FAIRVIEW);
    assertThat(places.of("Police: teen shot after party")).isEmpty();
    assertThat(places.of("Velor reacts")).as("a region is no place for an event").isEmpty();
    assertThat(places.of(null)).isEmpty();
  }

  @Test
  void a_name_two_towns_of_the_case_bear_places_nothing() {
    HeadlinePlaces places = new HeadlinePlaces(List.of(MILLBROOK, MILLBROOK_MICHIGAN, FAIRVIEW));

    assertThat(places.of("Millbrook man charged")).isEmpty();
    assertThat(places.of("Millbrook and Fairview mourn")).isEmpty();
  }
}
