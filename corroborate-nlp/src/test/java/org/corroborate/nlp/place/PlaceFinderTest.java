package org.corroborate.nlp.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.corroborate.model.Place;
import org.corroborate.model.PlaceMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceFinderTest {

  private static Gazetteer geonames;
  private static PlaceFinder finder;

  @BeforeAll
  static void load(@TempDir Path dir) throws IOException {
    geonames = Gazetteer.load();
    Path tsv = dir.resolve("case-gazetteer.tsv");
    Files.writeString(
        tsv,
        "name\taliases\tkind\tadmin1\tcountry\tlat\tlon\n"
            + "Camp Ashraf\tAshraf\tcamp\tDiyala\tIQ\t33.6450\t44.6350\n"
            + "Tallow Creek\tTallow Crk\tcamp\tDunmere\tZZ\t-48.5120\t-130.2070\n"
            + "Brenn\t\tvillage\tDunmere\tZZ\t-48.6380\t-130.2150\n",
        StandardCharsets.UTF_8);
    finder = new PlaceFinder(CaseGazetteer.read(tsv).applyTo(geonames));
  }

  private static List<PlaceMention> find(String text) {
    return finder.find(text, 0, PlaceContext.empty());
  }

  @Test
  void a_town_its_province_and_its_country_are_each_found() {
    List<PlaceMention> found = find("Shelling was reported in Baqubah, in Diyala province, Iraq.");
    assertThat(found).extracting(PlaceMention::text).containsExactly("Baqubah", "Diyala", "Iraq");
    assertThat(found.get(0).place())
        .extracting(Place::name, Place::admin1, Place::country, Place::kind)
        .containsExactly("Baqubah", "Diyala", "IQ", "city");
    assertThat(found.get(1).place().kind()).isEqualTo("admin1");
    assertThat(found.get(2).place().kind()).isEqualTo("country");
  }

  @Test
  void a_bare_town_far_from_the_reports_dateline_and_its_regions_is_left_out() {
    assertThat(
            finder.inDocument(
                "MEMPHIS, Tenn. — A man was shot in Whitehaven late Sunday, and police said a"
                    + " second man was found near Fullerton Avenue in Fullerton."))
        .extracting(PlaceMention::text)
        .containsExactly("MEMPHIS", "Tenn");
    assertThat(
            finder.inDocument(
                "MEMPHIS, Tenn. — The suspect was arrested in Fullerton, California, and a"
                    + " cousin in Houston."))
        .as("a town with its state, and a city of millions")
        .extracting(PlaceMention::text)
        .containsExactly("MEMPHIS", "Tenn", "Fullerton", "California", "Houston");
    assertThat(finder.inDocument("KANSAS CITY, Mo. — Two men were shot in Overland Park."))
        .as("a suburb across the state line")
        .extracting(PlaceMention::text)
        .contains("Overland Park");
    assertThat(finder.inDocument("BEIRUT — Shelling hit Aleppo, Syria, on Sunday."))
        .as("a town of a country named")
        .extracting(PlaceMention::text)
        .contains("Aleppo");
    assertThat(finder.inDocument("A man was shot in Fullerton on Sunday."))
        .as("a report that says nowhere where it is from")
        .extracting(PlaceMention::text)
        .containsExactly("Fullerton");
  }

  @Test
  void a_bare_name_far_from_home_is_the_home_regions_namesake_where_it_has_one() {
    assertThat(
            finder
                .forCase(Set.of("US"))
                .inDocument(
                    "A man was shot in Forest on Sunday, the Scott County sheriff said. He was"
                        + " flown to a hospital in Jackson."))
        .extracting(PlaceMention::text, m -> m.place().admin1())
        .containsExactly(
            tuple("Forest", "Mississippi"),
            tuple("Scott County", "Mississippi"),
            tuple("Jackson", "Mississippi"));
  }

  @Test
  void saint_fort_and_mount_are_found_written_out_or_abbreviated() {
    assertThat(find("A boy was shot in St. Augustine and a man in St Cloud."))
        .extracting(m -> m.place().name())
        .containsExactly("Saint Augustine", "Saint Cloud");
    assertThat(find("A man was shot in Ft. Lauderdale."))
        .extracting(m -> m.place().name())
        .containsExactly("Fort Lauderdale");
  }

  @Test
  void a_town_may_be_followed_by_its_region_without_a_comma_or_led_by_a_direction() {
    assertThat(find("Witnesses in Bridgeport Connecticut heard the shots."))
        .extracting(m -> m.place().name(), m -> m.place().admin1())
        .containsExactly(tuple("Bridgeport", "Connecticut"));
    assertThat(find("A girl was shot in Northwest Baltimore on Sunday."))
        .extracting(m -> m.place().name())
        .containsExactly("Baltimore");
  }

  @Test
  void a_word_before_a_colon_is_a_label_not_a_town() {
    assertThat(find("Name: Dana Okonjo\nDate: 3 March\nWhere: Velmora")).isEmpty();
  }

  @Test
  void a_persons_surname_used_alone_is_not_a_small_town_of_that_name() {
    List<PlaceMention> found =
        find(
            "Lena Jasper, 24, was shot in Memphis, Tennessee, on Friday. Jasper was taken to a"
                + " hospital, and a man was later arrested in Chicago.");
    assertThat(found)
        .extracting(PlaceMention::text)
        .containsExactly("Memphis", "Tennessee", "Chicago");
  }

  @Test
  void a_name_after_a_middle_initial_or_before_an_age_is_a_person() {
    assertThat(
            find(
                "Dana H. Santiago was pronounced dead in Memphis, Tennessee. Santiago, 40, had been"
                    + " shot in Chicago."))
        .extracting(PlaceMention::text)
        .containsExactly("Memphis", "Tennessee", "Chicago");
    assertThat(find("The victims were taken from Memphis, Tennessee, to Santiago, Chile."))
        .extracting(PlaceMention::text)
        .contains("Santiago");
  }

  @Test
  void a_small_town_needs_its_region_named_not_only_its_country() {
    assertThat(find("In the United States, a man was shot in Kenvil on Friday."))
        .extracting(PlaceMention::text)
        .containsExactly("United States");
    assertThat(find("New Jersey police said a man was shot in Kenvil on Friday.").get(1).place())
        .extracting(Place::name, Place::admin1)
        .containsExactly("Kenvil", "New Jersey");
  }

  @Test
  void a_towns_own_name_outweighs_a_former_name_of_a_bigger_city() {
    assertThat(find("The suspect fled to Franklin on Friday.").get(0).place().name())
        .isEqualTo("Franklin");
    assertThat(find("In the United States, shots were fired on the West Side of the city."))
        .extracting(PlaceMention::text)
        .containsExactly("United States");
  }

  @Test
  void a_small_town_in_another_region_than_those_named_is_taken_for_a_word() {
    assertThat(find("Police in Memphis, Tennessee, said the man had moved from Kokomo."))
        .extracting(PlaceMention::text)
        .containsExactly("Memphis", "Tennessee");
  }

  @Test
  void a_name_before_county_is_the_county_not_a_town() {
    List<PlaceMention> found =
        find("Deputies in Tennessee said Jasper County had seen no such case.");
    assertThat(found).extracting(PlaceMention::text).containsExactly("Tennessee", "Jasper County");
    assertThat(found.get(1).place().kind()).isEqualTo(Gazetteer.KIND_COUNTY);
  }

  @Test
  void a_county_is_a_place_in_its_state_and_its_services_leave_it_one() {
    List<PlaceMention> found =
        find("Gwinnett County deputies and the Tangipahoa Parish Sheriff's Office searched.");
    assertThat(found)
        .extracting(PlaceMention::text, m -> m.place().admin1(), m -> m.place().kind())
        .containsExactly(
            tuple("Gwinnett County", "Georgia", Gazetteer.KIND_COUNTY),
            tuple("Tangipahoa Parish", "Louisiana", Gazetteer.KIND_COUNTY));
    assertThat(find("Waco Police said the girl would recover."))
        .extracting(PlaceMention::text, m -> m.place().admin1())
        .containsExactly(tuple("Waco", "Texas"));
  }

  @Test
  void a_county_of_one_state_takes_in_the_small_towns_of_that_state() {
    // Dacula has some 5,000 people: without its state or county named, it would be a word
    String text = "The men were shot off a county road near Dacula, in Gwinnett County.";
    assertThat(find("The men were shot off a county road near Dacula.")).isEmpty();
    assertThat(find(text))
        .extracting(PlaceMention::text, m -> m.place().admin1())
        .containsExactly(tuple("Dacula", "Georgia"), tuple("Gwinnett County", "Georgia"));
  }

  @Test
  void a_county_name_shared_by_many_states_takes_its_state_from_the_rest_of_the_text() {
    String text =
        "An 11-year-old boy died in Wayne County on Thursday. Police said the gun was found near"
            + " a house in Goldsboro.";
    assertThat(finder.find(text, 0, finder.contextOf(text)))
        .extracting(PlaceMention::text, m -> m.place().admin1())
        .containsExactly(
            tuple("Wayne County", "North Carolina"), tuple("Goldsboro", "North Carolina"));
    assertThat(find("An 11-year-old boy died in Wayne County on Thursday."))
        .extracting(m -> m.place().admin1())
        .containsExactly("Michigan");
  }

  @Test
  void a_small_town_opening_a_dateline_is_the_place_the_report_is_from() {
    assertThat(find("GUNTOWN — A man was shot on Friday."))
        .extracting(PlaceMention::text, m -> m.place().admin1())
        .containsExactly(tuple("GUNTOWN", "Mississippi"));
    assertThat(find("Updated 9 a.m.\nPandora (WXYZ) -- Two men were hurt."))
        .extracting(PlaceMention::text, m -> m.place().admin1())
        .containsExactly(tuple("Pandora", "Ohio"));
    assertThat(find("A man from Guntown was shot on Friday.")).isEmpty();
    assertThat(find("Guntown residents met on Friday.")).isEmpty();
  }

  @Test
  void a_county_name_shared_by_many_states_takes_the_state_of_a_small_town_the_text_names() {
    String text =
        "The Pike County Sheriff's Department said the boy was shot at a home on a rural road"
            + " in McComb.";
    assertThat(find(text))
        .extracting(PlaceMention::text, m -> m.place().admin1())
        .containsExactly(tuple("Pike County", "Pennsylvania"));
    assertThat(finder.find(text, 0, finder.contextOf(text)))
        .extracting(PlaceMention::text, m -> m.place().admin1())
        .containsExactly(tuple("Pike County", "Mississippi"), tuple("McComb", "Mississippi"));
  }

  @Test
  void an_abbreviated_county_in_a_dateline_is_found() {
    assertThat(find("GWINNETT CO. -- Three teens were hurt."))
        .extracting(PlaceMention::text, m -> m.place().name())
        .containsExactly(tuple("GWINNETT CO", "Gwinnett County"));
  }

  @Test
  void a_state_abbreviation_after_a_town_places_the_towns_of_the_text_in_that_state() {
    List<PlaceMention> found =
        find("FRANKLIN, Ind. (AP) - Police said a man was later found in Franklin.");
    assertThat(found)
        .extracting(m -> m.place().name(), m -> m.place().admin1())
        .containsOnly(tuple("Franklin", "Indiana"), tuple("Indiana", "Indiana"));
  }

  @Test
  void the_district_of_columbia_is_named_by_its_abbreviation_wherever_it_stands() {
    assertThat(find("A girl was shot in Southeast D.C. on Wednesday, DC Police said."))
        .extracting(PlaceMention::text, m -> m.place().name())
        .containsExactly(
            tuple("D.C.", "District of Columbia"), tuple("DC", "District of Columbia"));
    assertThat(find("The DC area saw rain.")).as("DC before no police force").isEmpty();
  }

  @Test
  void an_upper_case_state_abbreviation_in_a_dateline_places_its_town() {
    assertThat(find("LAWRENCE, KAN. - Police said a boy was shot in Lawrence."))
        .extracting(PlaceMention::text, m -> m.place().name(), m -> m.place().admin1())
        .containsExactly(
            tuple("LAWRENCE", "Lawrence", "Kansas"),
            tuple("KAN", "Kansas", "Kansas"),
            tuple("Lawrence", "Lawrence", "Kansas"));
  }

  @Test
  void a_postal_code_after_a_town_names_its_state_though_the_town_is_unknown() {
    assertThat(find("Quarrytown Heights, AL (WXYZ) - Two men were shot."))
        .extracting(PlaceMention::text, m -> m.place().kind(), m -> m.place().admin1())
        .containsExactly(tuple("AL", "admin1", "Alabama"));
    assertThat(find("The suspects, Dana and Okonjo, OR their friends, fled.")).isEmpty();
  }

  @Test
  void a_place_before_a_weekday_and_an_abbreviated_mount_are_found() {
    assertThat(find("Two were shot in South Los Angeles Wednesday, then in Mt. Juliet."))
        .extracting(m -> m.place().name())
        .containsExactly("Los Angeles", "Mount Juliet");
  }

  @Test
  void a_town_opening_a_hospitals_name_is_where_the_wounded_were_treated_not_a_place_named() {
    assertThat(find("Two died in Memphis General Hospital, and one at Camp Ashraf Clinic."))
        .isEmpty();
    assertThat(find("Two were taken to a hospital in Memphis.")).hasSize(1);
  }

  @Test
  void a_name_before_street_or_avenue_or_after_block_of_is_a_streets_not_a_place() {
    assertThat(find("Officers went to a house on Wisconsin Street and then to Texas Avenue."))
        .isEmpty();
    assertThat(find("The boy was shot in the 1600 block of West Chicago in Detroit."))
        .extracting(PlaceMention::text)
        .containsExactly("Detroit");
    assertThat(find("The shots came near Franklin and Odessa streets in Jacksonville."))
        .extracting(PlaceMention::text)
        .containsExactly("Jacksonville");
    assertThat(find("It happened between Lexington and Jefferson Avenues, police said.")).isEmpty();
    assertThat(find("Officers were called to Park Avenue.")).isEmpty();
  }

  @Test
  void a_name_before_neighborhood_is_part_of_a_town_not_a_town_elsewhere() {
    assertThat(find("A boy was shot in the Englewood neighborhood on the South Side of Chicago."))
        .extracting(PlaceMention::text)
        .containsExactly("Chicago");
  }

  @Test
  void a_state_after_a_town_places_the_town_in_that_state() {
    List<PlaceMention> found = find("Witnesses in Hermitage, Tennessee, heard the shots.");
    assertThat(found.get(0).place())
        .extracting(Place::name, Place::admin1, Place::country)
        .containsExactly("Hermitage", "Tennessee", "US");
  }

  @Test
  void an_ambiguous_name_resolves_to_the_namesake_in_a_region_the_text_names() {
    assertThat(find("The convoy left Paris at dawn.").get(0).place().country()).isEqualTo("FR");
    PlaceMention paris = find("The convoy left Paris, in Lamar County, Texas, at dawn.").get(0);
    assertThat(paris.place())
        .extracting(Place::admin1, Place::country)
        .containsExactly("Texas", "US");
  }

  @Test
  void context_from_earlier_in_the_document_resolves_a_later_name() {
    PlaceContext aboutTexas =
        PlaceContext.empty().withAll(find("Storms crossed northern Texas overnight."));
    PlaceMention paris = finder.find("Crews reached Paris by noon.", 0, aboutTexas).get(0);
    assertThat(paris.place().admin1()).isEqualTo("Texas");
  }

  @Test
  void spans_are_offsets_into_the_document() {
    String text = "Rockets fell on Baqubah.";
    PlaceMention m = finder.find(text, 1000, PlaceContext.empty()).get(0);
    assertThat(m.span().start()).isEqualTo(1000 + text.indexOf("Baqubah"));
    assertThat(m.span().length()).isEqualTo("Baqubah".length());
    assertThat(m.text()).isEqualTo("Baqubah");
  }

  @Test
  void the_longest_name_wins_camp_ashraf_before_ashraf() {
    List<PlaceMention> found = find("Residents of Camp Ashraf were moved on Tuesday.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo("Camp Ashraf");
    assertThat(found.get(0).place())
        .extracting(Place::name, Place::admin1, Place::country, Place::lat, Place::lon)
        .containsExactly("Camp Ashraf", "Diyala", "IQ", 33.645, 44.635);
  }

  @Test
  void camp_x_and_x_camp_resolve_to_a_case_addition_named_x() {
    assertThat(find("Families fled Camp Tallow Creek overnight.").get(0))
        .extracting(PlaceMention::text, m -> m.place().name())
        .containsExactly("Camp Tallow Creek", "Tallow Creek");
    assertThat(find("Families fled the Tallow Creek camp overnight.").get(0))
        .extracting(PlaceMention::text, m -> m.place().name())
        .containsExactly("Tallow Creek camp", "Tallow Creek");
    assertThat(find("The Ashraf camp was shelled.").get(0).place().name()).isEqualTo("Camp Ashraf");
  }

  @Test
  void a_case_name_of_six_or_more_letters_tolerates_one_typo() {
    assertThat(find("Mortars hit Asfraf again.").get(0))
        .extracting(PlaceMention::text, m -> m.place().name())
        .containsExactly("Asfraf", "Camp Ashraf");
    assertThat(find("Mortars hit Camp Asfraf again.").get(0).text()).isEqualTo("Camp Asfraf");
    assertThat(find("Guards at Tallow Creak fired.").get(0).place().name())
        .isEqualTo("Tallow Creek");
  }

  @Test
  void short_case_names_and_geonames_names_need_the_exact_spelling() {
    assertThat(find("They walked to Brenm.")).isEmpty();
    assertThat(find("They walked to Brenn."))
        .extracting(PlaceMention::text)
        .containsExactly("Brenn");
    assertThat(find("Shelling was reported in Baqubahh.")).isEmpty();
  }

  @Test
  void the_case_place_wins_over_a_geonames_namesake() {
    Place paris = new Place("Paris", "Dunmere", "ZZ", null, null, "village", "case:test");
    PlaceFinder withParis =
        new PlaceFinder(geonames.withAdditions(List.of(paris), java.util.Map.of()));
    assertThat(withParis.find("They reached Paris.", 0, PlaceContext.empty()).get(0).place())
        .isEqualTo(paris);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Jordan Peterson spoke on Monday.",
        "The witness, Mr Jackson, said nothing.",
        "Police said the attack began in March.",
        "Most of the victims were children.",
        "Reading the report took an hour.",
        "Andrew Jackson was president.",
        "Paris Hilton was not there.",
        "The UN called for an inquiry.",
        "Fighters moved in from the West overnight.",
        "Obama said the strike had been lawful.",
        "Officials of the Obama administration declined to comment.",
        "Critics said the West had looked away.",
        "The shooting happened in Northeast on Sunday night.",
        "Description: MALE, about six feet tall.",
      })
  void capitalised_words_that_are_not_places_are_left_alone(String sentence) {
    assertThat(find(sentence)).isEmpty();
  }

  @Test
  void small_places_need_their_country_named_in_the_text() {
    // Allardt, Tennessee has some 600 people: alone, the word is no evidence of a place
    assertThat(find("The family of Allardt stayed.")).isEmpty();
    assertThat(find("A man from Allardt, Tennessee was hurt.").get(0).place().admin1())
        .isEqualTo("Tennessee");
  }

  @Test
  void possessives_hyphenated_particles_and_abbreviations_are_names_too() {
    assertThat(find("Baghdad's streets were empty.").get(0).place().name()).isEqualTo("Baghdad");
    assertThat(find("Clashes in al-Hasakah continued.").get(0).text()).isEqualTo("al-Hasakah");
    assertThat(find("Aid from the U.S. arrived.").get(0).place().country()).isEqualTo("US");
  }

  @Test
  void mentions_never_overlap_and_always_quote_the_text_they_cover() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String[] parts = {
      "Shelling was reported in Baqubah",
      "in Diyala province",
      "Iraq",
      "Camp Ashraf",
      "Asfraf",
      "Mr Jackson",
      "on Monday",
      "Paris",
      "Texas",
      "Hermitage, Tennessee",
      "the Tallow Creek camp",
      "Police said",
      "al-Hasakah",
      "Baghdad's",
      "U.S.",
      "Sant Julià de Lòria",
      "Jordan Peterson",
      "  ",
      "\n",
      ".",
      ",",
      "é",
      "'s",
      "-"
    };
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + random.nextInt(12);
      for (int i = 0; i < n; i++) {
        b.append(parts[random.nextInt(parts.length)]).append(random.nextBoolean() ? " " : ", ");
      }
      String text = b.toString();
      int offset = random.nextInt(50);
      List<PlaceMention> found = finder.find(text, offset, PlaceContext.empty());
      int end = offset;
      for (PlaceMention m : found) {
        assertThat(m.span().start()).as("seed %d, text %s", seed, text).isGreaterThanOrEqualTo(end);
        assertThat(text.substring(m.span().start() - offset, m.span().end() - offset))
            .as("seed %d", seed)
            .isEqualTo(m.text());
        end = m.span().end();
      }
    }
  }
}
