package org.corroborate.nlp.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.corroborate.model.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CaseCountriesTest {

  private static PlaceFinder finder;

  @BeforeAll
  static void load() {
    finder = new PlaceFinder(Gazetteer.load());
  }

  @Test
  void the_countries_more_than_half_of_the_documents_name_are_the_cases() {
    CaseCountries counted = new CaseCountries(finder);
    counted.add("Two men were shot in Memphis, Tennessee, on Friday.");
    counted.add("A boy was wounded in Denver late Sunday.");
    counted.add("Police in Baltimore arrested a man after a shooting.");
    counted.add("Shelling was reported in Baqubah, in Diyala province.");
    counted.add("Nothing here names a place at all.");

    assertThat(counted.countries()).containsExactly("US");
  }

  @Test
  void a_collection_spread_over_countries_is_about_none() {
    CaseCountries counted = new CaseCountries(finder);
    counted.add("Two men were shot in Memphis, Tennessee, on Friday.");
    counted.add("Shelling was reported in Baqubah, in Diyala province.");

    assertThat(counted.countries()).isEmpty();
  }

  @Test
  void a_town_whose_country_the_text_leaves_unnamed_is_the_cases_namesake() {
    String dateline = "CHELSEA — A 15-year-old has died after a shooting on Friday.";

    Place alone = finder.find(dateline, 0, finder.contextOf(dateline)).get(0).place();
    PlaceFinder american = finder.forCase(Set.of("US"));
    Place inCase = american.find(dateline, 0, american.contextOf(dateline)).get(0).place();
    PlaceContext london = finder.contextOf("Officers in London were told of it.");

    assertThat(alone.country()).isEqualTo("GB");
    assertThat(inCase)
        .extracting(Place::admin1, Place::country)
        .containsExactly("Massachusetts", "US");
    assertThat(american.find(dateline, 0, london).get(0).place().country())
        .as("a country the text names comes first")
        .isEqualTo("GB");
  }
}
