package org.corroborate.nlp.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.load();
  }

  @Test
  void lookup_ignores_case_and_diacritics() {
    assertThat(gazetteer.lookup("BAQUBAH").get(0).source()).isEqualTo("geonames:97990");
    assertThat(gazetteer.lookup("Sant Julia de Loria"))
        .extracting(Place::name)
        .contains("Sant Julià de Lòria");
    assertThat(gazetteer.lookup("sant julià de lòria")).isNotEmpty();
  }

  @Test
  void a_town_knows_its_admin1_region_and_country() {
    Place baqubah = gazetteer.lookup("Baqubah").get(0);
    assertThat(baqubah.admin1()).isEqualTo("Diyala");
    assertThat(baqubah.country()).isEqualTo("IQ");
    assertThat(baqubah.kind()).isEqualTo(Gazetteer.KIND_CITY);
    assertThat(baqubah.lat()).isCloseTo(33.75, org.assertj.core.data.Offset.offset(0.05));
  }

  @Test
  void alternate_spellings_find_the_same_place() {
    assertThat(gazetteer.lookup("Baquba").get(0).source()).isEqualTo("geonames:97990");
    assertThat(gazetteer.lookup("Kiev").get(0).name()).isEqualTo("Kyiv");
  }

  @Test
  void countries_and_admin1_regions_are_places_too() {
    assertThat(gazetteer.lookup("Iraq").get(0))
        .extracting(Place::kind, Place::country)
        .containsExactly(Gazetteer.KIND_COUNTRY, "IQ");
    assertThat(gazetteer.lookup("Syria").get(0).country()).isEqualTo("SY");
    assertThat(gazetteer.lookup("Diyala").get(0))
        .extracting(Place::kind, Place::admin1, Place::country)
        .containsExactly(Gazetteer.KIND_ADMIN1, "Diyala", "IQ");
    assertThat(gazetteer.lookup("Tennessee").get(0))
        .extracting(Place::kind, Place::country)
        .containsExactly(Gazetteer.KIND_ADMIN1, "US");
  }

  @Test
  void counties_and_parishes_lie_in_their_state_at_the_centre_of_their_towns() {
    Place gwinnett = gazetteer.lookup("Gwinnett County").get(0);
    assertThat(gwinnett)
        .extracting(Place::kind, Place::admin1, Place::country)
        .containsExactly(Gazetteer.KIND_COUNTY, "Georgia", "US");
    // Lawrenceville, its seat, is near the middle of the county
    assertThat(gwinnett.lat()).isCloseTo(33.96, org.assertj.core.data.Offset.offset(0.2));
    assertThat(gwinnett.lon()).isCloseTo(-84.0, org.assertj.core.data.Offset.offset(0.2));
    assertThat(gazetteer.lookup("Gwinnett Co").get(0)).isEqualTo(gwinnett);
    assertThat(gazetteer.lookup("Orleans Parish").get(0).admin1()).isEqualTo("Louisiana");
    List<Place> wayne = gazetteer.lookup("Wayne County");
    assertThat(wayne.get(0).admin1()).isEqualTo("Michigan");
    assertThat(wayne).extracting(Place::admin1).contains("North Carolina", "Ohio", "Indiana");
  }

  @Test
  void namesakes_are_ordered_by_population() {
    List<Place> paris = gazetteer.lookup("Paris");
    assertThat(paris.get(0).country()).isEqualTo("FR");
    assertThat(paris)
        .extracting(Place::admin1)
        .contains("Texas", "Tennessee", "Kentucky")
        .hasSizeGreaterThan(5);
  }

  @Test
  void a_city_named_like_its_own_region_comes_before_the_region() {
    List<Place> baghdad = gazetteer.lookup("Baghdad");
    assertThat(baghdad.get(0).kind()).isEqualTo(Gazetteer.KIND_CITY);
    assertThat(baghdad.get(1).kind()).isEqualTo(Gazetteer.KIND_ADMIN1);
  }

  @Test
  void an_unknown_name_finds_nothing() {
    assertThat(gazetteer.lookup("Marrow Ford")).isEmpty();
    assertThat(gazetteer.lookup("")).isEmpty();
  }

  @Test
  void additions_come_before_namesakes_and_leave_the_original_unchanged() {
    Place camp = new Place("Paris", "Dunmere", "ZZ", -48.5, -130.2, "camp", "case:test");
    Gazetteer withCamp = gazetteer.withAdditions(List.of(camp), Map.of("Paris", List.of("Parry")));
    assertThat(withCamp.lookup("paris").get(0)).isEqualTo(camp);
    assertThat(withCamp.lookup("Parry")).containsExactly(camp);
    assertThat(withCamp.lookup("paris")).hasSize(gazetteer.lookup("paris").size() + 1);
    assertThat(gazetteer.lookup("paris").get(0).country()).isEqualTo("FR");
  }

  @Test
  void an_alias_must_name_an_addition() {
    Place camp = new Place("Marrow Ford", null, "ZZ", null, null, "camp", "case:test");
    assertThatThrownBy(
            () -> gazetteer.withAdditions(List.of(camp), Map.of("Tarn Cross", List.of("Tarn"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Tarn Cross");
    assertThatThrownBy(() -> gazetteer.withAdditions(List.of(camp, camp), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
  }

  @Test
  void the_keys_written_at_build_time_are_the_keys_computed_at_run_time() throws IOException {
    try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE);
        BufferedReader r =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      int rows = 0;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        String firstKey = f[2].split("\\|", -1)[0];
        if (!firstKey.equals(PlaceNames.key(f[1]))) {
          throw new AssertionError(
              "build-time key '" + firstKey + "' differs from run-time key of " + f[1]);
        }
        rows++;
      }
      assertThat(rows).isGreaterThan(200_000);
    }
  }
}
