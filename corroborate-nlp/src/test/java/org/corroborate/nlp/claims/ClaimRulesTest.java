package org.corroborate.nlp.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Polarity;
import org.corroborate.model.QuantityKind;
import org.corroborate.model.Segment;
import org.corroborate.model.SegmentKind;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each claim rule as a specification, on sentences about fictional places. */
class ClaimRulesTest extends ExtractorTestBase {

  private static List<Claim> figures(String text) {
    return claims(text).stream().filter(c -> c.property().isFigure()).toList();
  }

  private static Claim only(List<Claim> claims, ClaimProperty property) {
    List<Claim> of = claims.stream().filter(c -> c.property() == property).toList();
    assertThat(of).as("claims of %s in %s", property, claims).hasSize(1);
    return of.get(0);
  }

  @Test
  void the_passive_subject_of_a_casualty_verb_is_counted() {
    Claim c =
        only(
            figures("Forty-one villagers were killed in Velmora on Tuesday."),
            ClaimProperty.KILLED);
    assertThat(c.value()).isEqualTo("41");
    assertThat(c.valueText()).isEqualTo("Forty-one");
    assertThat(c.speaker()).isNull();
    assertThat(c.polarity()).isEqualTo(Polarity.ASSERTED);
  }

  @Test
  void a_time_of_day_before_the_people_does_not_hide_them() {
    assertThat(
            only(
                    figures("About 9 p.m., a 27-year-old guard was fatally shot in Orlen."),
                    ClaimProperty.KILLED)
                .valueText())
        .isEqualTo("a 27-year-old guard");
  }

  @Test
  void a_gallery_counter_before_a_caption_does_not_hide_its_people() {
    assertThat(
            only(
                    figures("Image 2 of 7 A guard died Sunday after being shot at the Orlen gate."),
                    ClaimProperty.KILLED)
                .valueText())
        .isEqualTo("A guard");
  }

  @Test
  void people_recovering_after_being_shot_were_hit_and_those_who_died_are_killed() {
    assertThat(figures("Two men are recovering after being shot in Orlen on Friday."))
        .extracting(Claim::property, Claim::value)
        .containsExactly(tuple(ClaimProperty.INJURED, "2"));
    assertThat(figures("A man died Thursday after being shot in Orlen."))
        .extracting(Claim::property)
        .containsExactly(ClaimProperty.KILLED);
    assertThat(figures("Three men were arrested after being shot at by officers in Orlen."))
        .extracting(Claim::property)
        .containsExactly(ClaimProperty.DETAINED);
  }

  @Test
  void a_total_of_people_counts_them() {
    assertThat(
            only(
                figures("A total of six guards were shot at the Orlen gate."),
                ClaimProperty.INJURED))
        .extracting(Claim::value)
        .isEqualTo("6");
  }

  @Test
  void the_objects_of_participle_clauses_belong_to_the_event_they_follow() {
    List<Claim> f =
        figures("Militiamen stormed Kastrin, killing 23 farmers and wounding many more.");
    Claim killed = only(f, ClaimProperty.KILLED);
    Claim injured = only(f, ClaimProperty.INJURED);
    assertThat(killed.value()).isEqualTo("23");
    assertThat(injured.quantity().kind()).isEqualTo(QuantityKind.VAGUE);
    assertThat(killed.event()).isEqualTo(injured.event());
    assertThat(killed.trigger()).isEqualTo("stormed");
  }

  @Test
  void one_person_named_without_a_number_is_a_figure_of_one() {
    List<Claim> f =
        figures(
            "A 35-year-old man was shot and killed in Orlen on Saturday, and a teenager was"
                + " wounded.");
    assertThat(only(f, ClaimProperty.KILLED).value()).isEqualTo("1");
    assertThat(only(f, ClaimProperty.KILLED).valueText()).isEqualTo("A 35-year-old man");
    assertThat(only(f, ClaimProperty.INJURED).value()).isEqualTo("1");
  }

  @Test
  void people_shot_are_injured_unless_the_shooting_killed_them() {
    assertThat(
            only(
                    figures("Two teenagers were shot near the Orlen fairground."),
                    ClaimProperty.INJURED)
                .value())
        .isEqualTo("2");
    assertThat(
            only(figures("A gunman shot three men outside a bar in Orlen."), ClaimProperty.INJURED)
                .value())
        .isEqualTo("3");
    assertThat(figures("Three men were shot and killed in Orlen on Friday."))
        .singleElement()
        .satisfies(c -> assertThat(c.property()).isEqualTo(ClaimProperty.KILLED));
    assertThat(
            figures(
                "A boy shot in the chest outside an Orlen school died on Friday, officials said."))
        .singleElement()
        .satisfies(c -> assertThat(c.property()).isEqualTo(ClaimProperty.KILLED));
    assertThat(
            figures(
                "A guard, in his early thirties, had been shot and was pronounced dead at the Orlen"
                    + " gate."))
        .singleElement()
        .satisfies(c -> assertThat(c.property()).isEqualTo(ClaimProperty.KILLED));
    assertThat(figures("A father accidentally shot and killed his nephew at their Orlen home."))
        .singleElement()
        .satisfies(c -> assertThat(c.property()).isEqualTo(ClaimProperty.KILLED));
    assertThat(figures("Two women were shot to death in Orlen."))
        .singleElement()
        .satisfies(c -> assertThat(c.property()).isEqualTo(ClaimProperty.KILLED));
    assertThat(figures("A man was stabbed in Orlen and died at the hospital."))
        .singleElement()
        .satisfies(c -> assertThat(c.property()).isEqualTo(ClaimProperty.KILLED));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A man shot at two guards outside the mill in Orlen.",
        "Two guards were shot at but not hit.",
        "A man walked up to the guard and his brother, pulled a gun and shot at them."
      })
  void people_shot_at_are_not_hit(String sentence) {
    assertThat(figures(sentence)).isEmpty();
  }

  @Test
  void people_shot_at_a_place_or_a_time_are_hit() {
    assertThat(only(figures("Two guards were shot at a party in Orlen."), ClaimProperty.INJURED))
        .extracting(Claim::value)
        .isEqualTo("2");
    assertThat(only(figures("A man was shot at 3 a.m. in Orlen."), ClaimProperty.INJURED))
        .extracting(Claim::value)
        .isEqualTo("1");
  }

  @Test
  void people_treated_and_released_are_injured_unless_treated_for_something_else() {
    assertThat(
            only(
                figures("Three of the guards were treated and released in Orlen."),
                ClaimProperty.INJURED))
        .extracting(Claim::value, Claim::trigger)
        .containsExactly("3", "treated");
    assertThat(figures("Two residents of Orlen were treated for smoke inhalation and released."))
        .isEmpty();
  }

  @Test
  void people_taken_to_a_hospital_are_injured_and_the_dead_taken_there_are_not() {
    assertThat(
            only(
                    figures(
                        "Eight people were taken to Orlen General Hospital with injuries that were"
                            + " not life-threatening."),
                    ClaimProperty.INJURED)
                .value())
        .isEqualTo("8");
    assertThat(
            only(
                    figures(
                        "The shooting outside the Velmora bar sent four people to the hospital."),
                    ClaimProperty.INJURED)
                .value())
        .isEqualTo("4");
    assertThat(
            only(
                    figures("Paramedics rushed two men to Larchmere Medical Center."),
                    ClaimProperty.INJURED)
                .value())
        .isEqualTo("2");
    assertThat(figures("The 12 bodies were taken to the hospital in Orlen."))
        .singleElement()
        .satisfies(c -> assertThat(c.property()).isEqualTo(ClaimProperty.KILLED));
    assertThat(figures("A man was taken to Orlen General Hospital, where he died."))
        .extracting(Claim::property)
        .doesNotContain(ClaimProperty.INJURED);
    assertThat(figures("A man was transported to the hospital where he was pronounced dead."))
        .extracting(Claim::property)
        .doesNotContain(ClaimProperty.INJURED);
    assertThat(figures("A man was taken to Orlen General Hospital and later died."))
        .extracting(Claim::property)
        .doesNotContain(ClaimProperty.INJURED);
    assertThat(
            figures(
                "The guard and his son were carried to a clinic in Orlen and then flown to a"
                    + " hospital in Velmora where they died on Monday."))
        .extracting(Claim::property)
        .doesNotContain(ClaimProperty.INJURED);
    assertThat(figures("Two men took the bus to the hospital in Orlen.")).isEmpty();
    assertThat(
            only(
                    figures("Two others took themselves to Orlen General Hospital."),
                    ClaimProperty.INJURED)
                .value())
        .as("those who carried themselves there")
        .isEqualTo("2");
    assertThat(
            only(
                    figures("A shooting in Orlen landed two men in the hospital."),
                    ClaimProperty.INJURED)
                .value())
        .isEqualTo("2");
  }

  @Test
  void people_struck_by_a_bullet_or_gunfire_are_hit_and_struck_by_a_car_are_not() {
    Claim struck =
        only(figures("Two men were struck by gunfire on Orlen Street."), ClaimProperty.INJURED);
    assertThat(struck.value()).isEqualTo("2");
    assertThat(struck.eventType()).isEqualTo("shooting");
    assertThat(
            only(figures("A stray bullet hit a 9-year-old girl in the leg."), ClaimProperty.INJURED)
                .value())
        .isEqualTo("1");
    assertThat(figures("A man was struck by a bullet and died."))
        .extracting(Claim::property)
        .containsExactly(ClaimProperty.KILLED);
    assertThat(
            only(figures("A guard was hit in the shoulder in Orlen."), ClaimProperty.INJURED)
                .value())
        .isEqualTo("1");
    assertThat(figures("A girl was fatally struck by stray gunfire in Orlen."))
        .extracting(Claim::property)
        .containsExactly(ClaimProperty.KILLED);
    assertThat(figures("A man was struck in the head with a bat.")).isEmpty();
    assertThat(figures("Three parked vans were hit by gunfire in Orlen.")).isEmpty();
    assertThat(figures("A car struck two pedestrians on Orlen Street.")).isEmpty();
    assertThat(figures("Two officers were hit by a truck.")).isEmpty();
  }

  @Test
  void a_shooting_that_left_people_dead_and_others_injured_counts_both() {
    List<Claim> claims =
        figures(
            "Police are investigating a shooting in Orlen that left two people dead and three"
                + " others injured.");
    assertThat(only(claims, ClaimProperty.KILLED).value()).isEqualTo("2");
    assertThat(only(claims, ClaimProperty.INJURED).value()).isEqualTo("3");
    List<Claim> twoNumbers =
        figures("The ambush near Orlen left one dead and wounded three others.");
    assertThat(twoNumbers)
        .extracting(Claim::property, Claim::value)
        .containsExactlyInAnyOrder(
            tuple(ClaimProperty.KILLED, "1"), tuple(ClaimProperty.INJURED, "3"));
    assertThat(figures("Altogether, eight guards were hurt and one left dead by the Orlen ambush."))
        .extracting(Claim::property, Claim::value)
        .containsExactlyInAnyOrder(
            tuple(ClaimProperty.INJURED, "8"), tuple(ClaimProperty.KILLED, "1"));
    assertThat(
            only(
                    figures("The ambush near Velmora left one guard dead and another injured."),
                    ClaimProperty.INJURED)
                .value())
        .isEqualTo("1");
    assertThat(
            only(
                    figures(
                        "A raid on the camp left 13 residents dead and more than 30 seriously"
                            + " wounded."),
                    ClaimProperty.INJURED)
                .quantity()
                .low())
        .isEqualTo(31);
  }

  @Test
  void people_found_shot_or_stabbed_are_counted() {
    assertThat(
            only(figures("Police found two men shot in a car in Orlen."), ClaimProperty.INJURED)
                .value())
        .isEqualTo("2");
    assertThat(
            only(figures("A man was found stabbed on Orlen Street."), ClaimProperty.INJURED)
                .value())
        .isEqualTo("1");
    assertThat(
            only(
                    figures(
                        "Three people were found shot to death in a van parked on the side of"
                            + " Route 9 near Orlen on Monday."),
                    ClaimProperty.KILLED)
                .value())
        .isEqualTo("3");
    assertThat(
            figures(
                "When they arrived, deputies discovered a 19-year-old guard had been shot and"
                    + " died from his wounds."))
        .extracting(Claim::property)
        .containsExactly(ClaimProperty.KILLED);
    assertThat(figures("They were found to have shot three people in Orlen."))
        .extracting(Claim::property)
        .containsExactly(ClaimProperty.INJURED);
  }

  @Test
  void sentences_run_together_without_a_space_are_read_apart() {
    List<Claim> claims =
        figures(
            "A gunman killed two men in Orlen on Friday.Police said three others were wounded.");
    Claim killed = only(claims, ClaimProperty.KILLED);
    assertThat(killed.quote()).isEqualTo("A gunman killed two men in Orlen on Friday");
    assertThat(killed.speaker()).isNull();
    Claim injured = only(claims, ClaimProperty.INJURED);
    assertThat(injured.quote()).isEqualTo("Police said three others were wounded.");
    assertThat(injured.speaker()).isEqualTo("Police");
  }

  @Test
  void a_dateline_joined_by_a_hyphen_does_not_hide_the_first_sentences_figures() {
    Claim c =
        only(
            figures(
                "ORLEN COUNTY, Va. (WXYZ) - A 15-year-old boy was killed in a drive-by shooting"
                    + " on Tuesday night, police said."),
            ClaimProperty.KILLED);
    assertThat(c.value()).isEqualTo("1");
    assertThat(c.quote()).startsWith("A 15-year-old boy was killed");
    assertThat(
            only(figures("ORLEN -- Two men were killed on Tuesday."), ClaimProperty.KILLED).value())
        .isEqualTo("2");
    assertThat(
            only(
                    figures(
                        "ORLEN, Velmora, 5 March 2021 (Meridian Press) - Gunmen killed 12 people in"
                            + " a raid on the camp."),
                    ClaimProperty.KILLED)
                .quote())
        .startsWith("Gunmen killed 12 people");
    assertThat(
            only(
                    figures(
                        "(WXYZ) - Seven guards were shot outside of an Orlen depot early Sunday."),
                    ClaimProperty.INJURED)
                .value())
        .isEqualTo("7");
  }

  @Test
  void a_relative_clause_of_participles_counts_its_noun_for_each() {
    assertThat(
            figures(
                "Police released the name of a 13-year-old girl who was shot and killed in Orlen"
                    + " on Thursday."))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.property()).isEqualTo(ClaimProperty.KILLED);
              assertThat(c.value()).isEqualTo("1");
            });
  }

  @Test
  void people_with_wounds_are_injured_unless_the_wounds_killed_them() {
    assertThat(
            only(
                    figures(
                        "Three men walked into an Orlen gas station with gunshot wounds on"
                            + " Saturday."),
                    ClaimProperty.INJURED)
                .value())
        .isEqualTo("3");
    assertThat(
            only(
                    figures("A 17-year-old girl arrived at the hospital with a gunshot wound."),
                    ClaimProperty.INJURED)
                .value())
        .isEqualTo("1");
    assertThat(figures("A man was found dead in Orlen with a gunshot wound to the head."))
        .extracting(Claim::property)
        .containsExactly(ClaimProperty.KILLED);
    assertThat(figures("Two men were found in Orlen with fatal gunshot wounds."))
        .extracting(Claim::property)
        .doesNotContain(ClaimProperty.INJURED);
    assertThat(figures("Two men with knives walked into an Orlen gas station.")).isEmpty();
    assertThat(
            only(
                    figures("An Orlen police officer sustained a gunshot wound to the head."),
                    ClaimProperty.INJURED)
                .value())
        .isEqualTo("1");
    assertThat(
            only(
                    figures(
                        "Two teens were found lying in the roadway with gunshot wounds in Orlen."),
                    ClaimProperty.INJURED)
                .value())
        .isEqualTo("2");
    assertThat(
            only(
                    figures("At the Orlen hospital, three were treated for minor injuries."),
                    ClaimProperty.INJURED)
                .value())
        .isEqualTo("3");
    assertThat(figures("Officers in Orlen shot two men with a rifle."))
        .extracting(Claim::property)
        .containsExactly(ClaimProperty.INJURED);
  }

  @Test
  void people_in_a_hospitals_condition_are_injured() {
    assertThat(
            only(
                    figures("Two men were listed in critical condition in Orlen on Sunday."),
                    ClaimProperty.INJURED)
                .value())
        .isEqualTo("2");
    assertThat(
            only(
                    figures("The child is in stable but serious condition at an Orlen hospital."),
                    ClaimProperty.INJURED)
                .quantity()
                .isAtLeast(1))
        .isTrue();
    assertThat(figures("The man from Orlen was in good spirits after the hearing.")).isEmpty();
  }

  @Test
  void a_passive_whose_auxiliary_the_conjunction_leaves_out_counts_its_subject() {
    List<Claim> found =
        figures(
            "A man was killed and four other people injured early Saturday afternoon when shots"
                + " were fired outside an Orlen bar.");
    assertThat(only(found, ClaimProperty.KILLED).value()).isEqualTo("1");
    assertThat(only(found, ClaimProperty.INJURED).value()).isEqualTo("4");
  }

  @Test
  void people_counted_together_by_one_word_are_summed() {
    assertThat(only(figures("A woman and a man were found dead in Orlen."), ClaimProperty.KILLED))
        .extracting(Claim::value, Claim::valueText)
        .containsExactly("2", "A woman and a man");
    Claim family =
        only(figures("He and his wife were found dead in their Orlen home."), ClaimProperty.KILLED);
    assertThat(family.value()).isEqualTo("2");
    assertThat(family.quantity().isAtLeast(2)).as("people told of before count at least").isTrue();
    assertThat(only(figures("A man and woman were found dead in Orlen."), ClaimProperty.KILLED))
        .extracting(Claim::value, Claim::valueText)
        .containsExactly("2", "A man and woman");
    List<Claim> apart = figures("A man was killed and a woman was wounded in Orlen.");
    assertThat(only(apart, ClaimProperty.KILLED).value()).isEqualTo("1");
    assertThat(only(apart, ClaimProperty.INJURED).value()).isEqualTo("1");
  }

  @Test
  void people_listed_are_summed_and_a_breakdown_or_one_person_described_twice_is_not() {
    assertThat(
            only(
                figures(
                    "A 61-year-old man, 44-year-old woman and 17-year-old boy suffered gunshot"
                        + " wounds in Orlen."),
                ClaimProperty.INJURED))
        .extracting(Claim::value, Claim::valueText)
        .containsExactly("3", "A 61-year-old man, 44-year-old woman and 17-year-old boy");
    assertThat(
            only(
                    figures(
                        "The guard died while a 30-year-old man, a 25-year-old woman and a 52-year-old"
                            + " man were taken to a hospital in Velmora."),
                    ClaimProperty.INJURED)
                .value())
        .isEqualTo("3");
    assertThat(
            only(
                figures("Police said the victims, a man and a woman, were shot in Orlen."),
                ClaimProperty.INJURED))
        .extracting(Claim::value, Claim::valueText)
        .as("the members of a group named after it")
        .containsExactly("2", "a man and a woman");
    assertThat(
            only(
                figures("The guard died after he and four others were shot in Orlen."),
                ClaimProperty.INJURED))
        .satisfies(
            c -> assertThat(c.quantity().value()).as("one told of before and four").isEqualTo(5));
    assertThat(
            only(
                figures(
                    "Guards found three males, a teenager and two 9-year-old boys, with gunshot"
                        + " wounds in Orlen."),
                ClaimProperty.INJURED))
        .extracting(Claim::value, Claim::valueText)
        .as("a count broken down between commas")
        .containsExactly("3", "three");
    assertThat(
            only(
                figures("A man, a father of two and a farmer from Orlen, was shot in the arm."),
                ClaimProperty.INJURED))
        .extracting(Claim::value, Claim::valueText)
        .containsExactly("1", "A man");
  }

  @Test
  void people_each_told_of_in_a_clause_of_their_own_are_summed() {
    assertThat(
            only(
                figures(
                    "A woman was shot in the back, another woman was shot in the face and a man"
                        + " was shot in the chest in Orlen."),
                ClaimProperty.INJURED))
        .extracting(Claim::value)
        .isEqualTo("3");
    assertThat(
            only(
                figures("Two men were shot and a woman was wounded in Orlen on Sunday."),
                ClaimProperty.INJURED))
        .extracting(Claim::value)
        .isEqualTo("3");
    assertThat(figures("Five people were shot and two were wounded critically in Orlen."))
        .as("the two are among the five")
        .extracting(Claim::value)
        .containsExactlyInAnyOrder("5", "2");
    assertThat(figures("A man was shot in Orlen and he was taken to the hospital."))
        .as("the man told of again")
        .extracting(Claim::value)
        .containsOnly("1");
  }

  @Test
  void a_number_before_dead_or_injured_counts_the_dead_or_the_injured() {
    List<Claim> found = figures("A shooting in Orlen left one dead and four others injured.");
    assertThat(only(found, ClaimProperty.KILLED).value()).isEqualTo("1");
    assertThat(only(found, ClaimProperty.INJURED).value()).isEqualTo("4");
    List<Claim> hurt =
        figures("A shooting at an Orlen bar left three people hurt and one person dead.");
    assertThat(hurt)
        .filteredOn(c -> c.property() == ClaimProperty.KILLED)
        .extracting(Claim::value)
        .doesNotContain("3");
    List<Claim> shot = figures("Five people were shot, one dead, in Orlen.");
    assertThat(only(shot, ClaimProperty.KILLED).value()).isEqualTo("1");
    assertThat(only(shot, ClaimProperty.INJURED).value()).as("five hit").isEqualTo("5");
  }

  @Test
  void another_person_counts_one() {
    List<Claim> found = figures("Three people were killed, and another injured in Orlen.");
    assertThat(only(found, ClaimProperty.KILLED).value()).isEqualTo("3");
    assertThat(only(found, ClaimProperty.INJURED).value()).isEqualTo("1");
    assertThat(
            only(figures("Gunmen killed a guard and wounded another man."), ClaimProperty.INJURED))
        .extracting(Claim::value, Claim::valueText)
        .containsExactly("1", "another man");
    assertThat(figures("Police in Orlen are looking into another shooting.")).isEmpty();
  }

  @Test
  void two_relatives_named_together_count_two() {
    List<Claim> f = figures("The shooting killed a man and wounded his wife and 4-year-old son.");
    assertThat(only(f, ClaimProperty.KILLED).value()).isEqualTo("1");
    assertThat(only(f, ClaimProperty.INJURED))
        .extracting(Claim::value, Claim::valueText)
        .containsExactly("2", "his wife and 4-year-old son");
    assertThat(only(figures("A man shot his wife and daughter in Orlen."), ClaimProperty.INJURED))
        .extracting(Claim::value, Claim::valueText)
        .containsExactly("2", "his wife and daughter");
    assertThat(only(figures("Police said the twins were injured in Orlen."), ClaimProperty.INJURED))
        .extracting(Claim::value)
        .isEqualTo("2");
    assertThat(only(figures("Her brother was wounded in Orlen."), ClaimProperty.INJURED))
        .as("one relative is a person told of before")
        .satisfies(c -> assertThat(c.quantity().low()).isEqualTo(1L))
        .satisfies(c -> assertThat(c.quantity().high()).isNull());
  }

  @Test
  void people_who_succumbed_or_whose_death_is_loosely_attached_are_killed() {
    assertThat(
            only(
                figures("He was flown to Orlen General and later succumbed to his injuries."),
                ClaimProperty.KILLED))
        .satisfies(c -> assertThat(c.quantity().low()).isEqualTo(1L));
    assertThat(
            only(
                figures("A 9-year-old boy shot early Sunday near Orlen has died, deputies said."),
                ClaimProperty.KILLED))
        .extracting(Claim::value)
        .isEqualTo("1");
    assertThat(figures("The Orlen guard was rushed to a clinic, where he passed away."))
        .extracting(Claim::property, Claim::trigger)
        .containsExactly(tuple(ClaimProperty.KILLED, "passed"));
    assertThat(figures("The Orlen boy passed away on Sunday."))
        .extracting(Claim::property, Claim::trigger)
        .containsExactly(tuple(ClaimProperty.KILLED, "passed"));
  }

  @Test
  void one_of_the_people_told_of_counts_one() {
    assertThat(
            only(
                figures("Police said one of the victims of Thursday's shooting in Orlen has died."),
                ClaimProperty.KILLED))
        .extracting(Claim::value, Claim::valueText)
        .containsExactly("1", "one of the victims");
    assertThat(figures("It was one of the worst years Orlen has known.")).isEmpty();
  }

  @Test
  void a_person_named_by_one_name_and_an_age_is_at_least_one() {
    Claim c =
        only(figures("Dana, 5, was shot and killed in an Orlen apartment."), ClaimProperty.KILLED);
    assertThat(c.valueText()).isEqualTo("Dana");
    assertThat(c.quantity().low()).isEqualTo(1L);
    assertThat(c.quantity().high()).isNull();
  }

  @Test
  void a_person_named_by_one_name_alone_is_at_least_one_and_a_place_is_none() {
    Claim c =
        only(figures("Okonjo was pronounced dead at the scene in Orlen."), ClaimProperty.KILLED);
    assertThat(c.valueText()).isEqualTo("Okonjo");
    assertThat(c.quantity().low()).isEqualTo(1L);
    assertThat(c.quantity().high()).isNull();
    assertThat(figures("Police said Chicago saw fewer shootings in March.")).isEmpty();
    assertThat(only(figures("Police said that Okonjo died in Orlen."), ClaimProperty.KILLED))
        .extracting(Claim::valueText)
        .isEqualTo("Okonjo");
    assertThat(figures("This brave Velmoran died at the gate."))
        .as("a determiner makes the word a noun for one of a group")
        .isEmpty();
  }

  @Test
  void a_person_numbered_in_order_is_one_of_at_least_that_many_and_adds_to_nobody() {
    List<Claim> found =
        figures("Three people were shot in Orlen, and a fourth victim was wounded in the hand.");
    assertThat(found)
        .extracting(c -> c.quantity().low())
        .as("three hit, and at least four")
        .containsExactlyInAnyOrder(3L, 4L);
    Claim third =
        only(figures("A third man died of his wounds in Orlen on Sunday."), ClaimProperty.KILLED);
    assertThat(third.quantity().low()).isEqualTo(3L);
    assertThat(third.quantity().high()).isNull();
    assertThat(
            only(
                    figures("Dana was the third resident killed in Orlen this month."),
                    ClaimProperty.KILLED)
                .quantity()
                .low())
        .as("a rank, not a count")
        .isEqualTo(1L);
  }

  @Test
  void those_of_the_hit_a_number_says_were_hit_fatally_are_killed() {
    List<Claim> f = figures("Four people were shot, one fatally, in Orlen late Wednesday.");
    assertThat(only(f, ClaimProperty.INJURED).value()).as("four hit").isEqualTo("4");
    assertThat(only(f, ClaimProperty.KILLED).value()).isEqualTo("1");
    assertThat(
            only(
                figures("Three men were stabbed, two of them fatally, in Velmora."),
                ClaimProperty.KILLED))
        .extracting(Claim::value)
        .isEqualTo("2");
  }

  @Test
  void the_death_of_a_person_counts_the_killed() {
    assertThat(
            only(
                figures("Police are looking into the death of the 9-year-old boy in Orlen."),
                ClaimProperty.KILLED))
        .satisfies(c -> assertThat(c.quantity().low()).isEqualTo(1L));
  }

  @Test
  void people_found_shot_to_death_are_killed() {
    assertThat(
            only(
                figures("A man and a teenage boy were found shot to death in Orlen on Monday."),
                ClaimProperty.KILLED))
        .extracting(Claim::value)
        .isEqualTo("2");
  }

  @Test
  void the_fatally_wounded_are_killed() {
    List<Claim> found = figures("Deputies named the fatally wounded teen as Dana Okonjo.");
    assertThat(only(found, ClaimProperty.KILLED).trigger()).isEqualTo("wounded");
    assertThat(found).noneMatch(c -> c.property() == ClaimProperty.INJURED);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The guard was killed in Orlen, while four others were shot, none fatally.",
        "Four others were shot in Orlen, not fatally."
      })
  void people_hit_not_fatally_are_injured(String sentence) {
    assertThat(figures(sentence))
        .filteredOn(c -> c.value() != null && c.value().equals("4"))
        .extracting(Claim::property)
        .containsExactly(ClaimProperty.INJURED);
  }

  @Test
  void people_pronounced_dead_are_killed() {
    assertThat(
            only(figures("A man was pronounced dead at an Orlen hospital."), ClaimProperty.KILLED)
                .value())
        .isEqualTo("1");
  }

  @Test
  void a_person_told_of_before_who_died_is_at_least_one_killed() {
    Claim c =
        only(
            figures("He was pronounced dead at an Orlen hospital shortly after midnight."),
            ClaimProperty.KILLED);
    assertThat(c.quantity().kind()).isEqualTo(QuantityKind.BOUNDED);
    assertThat(c.quantity().low()).isEqualTo(1L);
    assertThat(c.quantity().high()).isNull();
    assertThat(only(figures("The 9-year-old boy died at the scene."), ClaimProperty.KILLED).value())
        .isEqualTo("1");
  }

  @Test
  void a_person_named_in_full_who_died_is_at_least_one_killed_and_one_who_speaks_is_none() {
    Claim c =
        only(
            figures("Tobin J. Reyes, 31, was shot and killed outside a bar in Orlen."),
            ClaimProperty.KILLED);
    assertThat(c.valueText()).isEqualTo("Tobin J. Reyes");
    assertThat(c.quantity().low()).isEqualTo(1L);
    assertThat(c.quantity().high()).isNull();
    assertThat(
            only(
                figures("Tobin Reyes, 24, of Velmora, died Friday of his wounds."),
                ClaimProperty.KILLED))
        .extracting(Claim::valueText)
        .isEqualTo("Tobin Reyes");
    assertThat(figures("Police Chief Dana Okonjo told reporters in Orlen about the case."))
        .isEmpty();
    assertThat(figures("Survivors described the massacre of Camp Ashraf to reporters.")).isEmpty();
  }

  @Test
  void a_person_told_of_before_who_was_hurt_is_at_least_one_injured() {
    assertThat(figures("The victim was shot in the leg in Orlen."))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.property()).isEqualTo(ClaimProperty.INJURED);
              assertThat(c.quantity().low()).isEqualTo(1L);
              assertThat(c.quantity().high()).isNull();
            });
    assertThat(only(figures("A boy accidentally shot himself in Orlen."), ClaimProperty.INJURED))
        .satisfies(c -> assertThat(c.valueText()).isEqualTo("himself"));
    assertThat(figures("He shot two men outside the Orlen bar."))
        .as("the subject of an active verb is its agent")
        .singleElement()
        .satisfies(c -> assertThat(c.value()).isEqualTo("2"));
  }

  @Test
  void people_neither_of_whom_was_hurt_are_denied_casualties() {
    assertThat(figures("Neither the driver nor the other passenger was injured in Orlen."))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.polarity()).isEqualTo(Polarity.DENIED));
  }

  @Test
  void a_shooter_who_turned_the_gun_on_himself_is_among_the_killed() {
    Claim shooter =
        only(
            figures("Okonjo shot his wife in Orlen and then turned the gun on himself."),
            ClaimProperty.KILLED);
    assertThat(shooter.valueText()).isEqualTo("himself");
    assertThat(shooter.quantity().isAtLeast(1)).isTrue();
    assertThat(
            figures(
                "Fenwick turned the gun on himself in an attempted suicide in Orlen on Saturday."))
        .extracting(Claim::property)
        .doesNotContain(ClaimProperty.KILLED);
    assertThat(figures("The officer in Orlen turned the gun on the suspect.")).isEmpty();
  }

  @Test
  void the_people_a_shooter_killed_and_the_shooter_who_then_died_are_counted_together() {
    assertThat(
            only(
                figures(
                    "Okonjo shot and killed a young guard in Orlen, before turning the gun on"
                        + " himself."),
                ClaimProperty.KILLED))
        .extracting(Claim::value, c -> c.quantity().kind())
        .containsExactly("2", QuantityKind.COMPOSITE);
    assertThat(
            only(
                figures(
                    "Police say a man fatally shot his wife and two young sons before killing"
                        + " himself at their home in Velmora."),
                ClaimProperty.KILLED))
        .extracting(Claim::value)
        .isEqualTo("4");
    assertThat(
            only(
                figures("Okonjo killed four guards and himself at the Orlen depot."),
                ClaimProperty.KILLED))
        .extracting(Claim::value)
        .isEqualTo("5");
    assertThat(
            only(
                figures("Police say a man in Velmora killed his wife before killing himself."),
                ClaimProperty.KILLED))
        .extracting(Claim::value)
        .as("the gerund after 'before' parsed as a noun")
        .isEqualTo("2");
    assertThat(figures("A man was found dead in Orlen after he apparently shot himself."))
        .filteredOn(c -> c.property() == ClaimProperty.KILLED)
        .extracting(Claim::value)
        .as("the dead man is the one who shot himself")
        .containsExactly("1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "His mother nearly died of an illness in Orlen last year.",
        "A man was almost killed by a falling tree in Orlen.",
        "He said he could've easily died in Orlen that night.",
        "The boy would have been killed had the bullet struck an inch higher."
      })
  void what_nearly_or_would_have_happened_is_denied(String sentence) {
    assertThat(figures(sentence))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.polarity()).isEqualTo(Polarity.DENIED));
  }

  @Test
  void what_may_have_happened_is_hedged_and_nearly_a_number_is_asserted() {
    assertThat(figures("Three men may have been killed in Orlen, a witness said."))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.polarity()).isEqualTo(Polarity.HEDGED));
    assertThat(only(figures("Nearly 50 people were killed in Orlen."), ClaimProperty.KILLED))
        .extracting(Claim::polarity)
        .isEqualTo(Polarity.ASSERTED);
  }

  @Test
  void a_person_named_by_age_alone_is_one() {
    Claim c = only(figures("A 15-year-old was shot in the leg in Orlen."), ClaimProperty.INJURED);
    assertThat(c.value()).isEqualTo("1");
    assertThat(c.valueText()).isEqualTo("A 15-year-old");
    assertThat(
            only(
                figures("Deputies said a 9-year old was found dead in Orlen."),
                ClaimProperty.KILLED))
        .extracting(Claim::value, Claim::valueText)
        .containsExactly("1", "a 9-year old");
  }

  @Test
  void one_person_who_only_speaks_or_acts_is_no_figure() {
    assertThat(figures("A man told reporters in Orlen that a neighbour had called the police."))
        .isEmpty();
  }

  @Test
  void a_population_figure_never_becomes_a_casualty_claim() {
    assertThat(figures("About 900 residents lived in the camp at Velmora before it was shelled."))
        .isEmpty();
  }

  @Test
  void survivors_are_not_casualties() {
    assertThat(figures("The 17 survivors of the Kastrin massacre gave testimony.")).isEmpty();
  }

  @Test
  void the_attacking_force_is_not_a_casualty_count() {
    assertThat(figures("The soldiers, about 400 of them, stormed the village of Velmora."))
        .isEmpty();
  }

  @Test
  void distances_and_ordinals_are_not_casualty_counts() {
    assertThat(figures("Velmora lies 60 kilometres from the border and saw its fifth attack."))
        .isEmpty();
  }

  @Test
  void street_addresses_and_rounds_fired_are_not_casualty_counts() {
    assertThat(
            figures(
                "The second shooting happened on the 2400 block of Elm, where a 20-year-old man"
                    + " was shot in the leg."))
        .extracting(Claim::value)
        .containsExactly("1");
    assertThat(figures("The gunman shot 30 rounds into the house in Orlen.")).isEmpty();
  }

  @Test
  void another_incidents_toll_in_the_same_sentence_gets_its_own_event() {
    List<Claim> f =
        figures(
            "Gunmen raided Velmora, killing 14 traders, weeks after the shelling of Kastrin that"
                + " killed 30 people.");
    Claim fourteen = f.stream().filter(c -> c.value().equals("14")).findFirst().orElseThrow();
    Claim thirty = f.stream().filter(c -> c.value().equals("30")).findFirst().orElseThrow();
    assertThat(fourteen.event()).isNotEqualTo(thirty.event());
  }

  @Test
  void a_figure_inside_a_quotation_carries_the_quoted_speaker() {
    Claim c =
        only(
            figures(
                "Ana Ruiz told reporters:\n“Soldiers executed 12 shepherds near the" + " river.”"),
            ClaimProperty.KILLED);
    assertThat(c.speaker()).isEqualTo("Ana Ruiz");
  }

  @Test
  void a_quotation_over_several_paragraphs_keeps_its_speaker() {
    String text =
        "Colonel Brandt recounts:\n“The convoy was ambushed at dawn near Kastrin.\n"
            + "“Nine drivers were abducted and taken north.”";
    assertThat(only(figures(text), ClaimProperty.ABDUCTED).speaker()).isEqualTo("Colonel Brandt");
  }

  @Test
  void according_to_names_the_speaker() {
    Claim c =
        only(
            figures("Six pilgrims were kidnapped near Kastrin, according to police."),
            ClaimProperty.ABDUCTED);
    assertThat(c.speaker()).isEqualTo("police");
  }

  @Test
  void the_subject_of_say_is_the_speaker_of_its_complement() {
    Claim c =
        only(
            figures("A UN spokesman said that 8 aid workers were detained in Velmora."),
            ClaimProperty.DETAINED);
    assertThat(c.speaker()).isEqualTo("UN spokesman");
    assertThat(c.value()).isEqualTo("8");
  }

  @Test
  void a_denial_is_kept_with_denied_polarity() {
    Claim c =
        only(
            figures("The army denied that its soldiers had killed 19 civilians in Kastrin."),
            ClaimProperty.KILLED);
    assertThat(c.polarity()).isEqualTo(Polarity.DENIED);
    assertThat(c.speaker()).isEqualTo("army");
  }

  @Test
  void an_event_said_not_to_have_happened_is_denied() {
    Claim c =
        only(
            claims("State television claimed that no such attack had happened in Velmora."),
            ClaimProperty.OCCURRED);
    assertThat(c.polarity()).isEqualTo(Polarity.DENIED);
    assertThat(c.value()).isEqualTo("attack");
  }

  @Test
  void every_shooting_of_a_kind_is_no_event() {
    assertThat(claims("See our map of every shooting in Orlen since 2010.")).isEmpty();
    assertThat(claims("Police look into all shootings and any homicide in Velmora.")).isEmpty();
    assertThat(claims("Each shooting is reviewed.")).as("a subject as much as an object").isEmpty();
  }

  @Test
  void no_one_killed_is_an_asserted_zero_and_a_denied_killing() {
    List<Claim> all = claims("No one was killed in the blast at Velmora.");
    Claim zero =
        only(all.stream().filter(c -> c.property().isFigure()).toList(), ClaimProperty.KILLED);
    assertThat(zero.value()).isEqualTo("0");
    assertThat(zero.valueText()).isEqualTo("No one");
    assertThat(zero.polarity()).isEqualTo(Polarity.ASSERTED);
    assertThat(all)
        .anyMatch(
            c ->
                c.property() == ClaimProperty.OCCURRED
                    && c.trigger().equals("killed")
                    && c.polarity() == Polarity.DENIED);
  }

  @Test
  void no_one_else_hurt_counts_nobody_of_the_incident() {
    assertThat(figures("A boy shot himself in the hand in Orlen. No one else was injured."))
        .extracting(Claim::value)
        .doesNotContain("0");
    assertThat(figures("Nobody else was hurt in Velmora.")).isEmpty();
  }

  @Test
  void reportedly_and_believed_hedge_a_figure() {
    Claim reported =
        only(
            figures("At least 15 people were reportedly killed in Kastrin."), ClaimProperty.KILLED);
    assertThat(reported.polarity()).isEqualTo(Polarity.HEDGED);
    assertThat(reported.quantity().low()).isEqualTo(15L);
    Claim believed =
        only(
            figures("Two guards are believed to have been abducted in Velmora."),
            ClaimProperty.ABDUCTED);
    assertThat(believed.polarity()).isEqualTo(Polarity.HEDGED);
  }

  @Test
  void a_composite_amount_is_one_figure() {
    Claim c =
        only(figures("Four women and two men were abducted from Velmora."), ClaimProperty.ABDUCTED);
    assertThat(c.value()).isEqualTo("6");
    assertThat(c.valueText()).isEqualTo("Four women and two men");
  }

  @Test
  void counted_bodies_are_people_killed() {
    Claim c =
        only(
            figures("Investigators counted 27 bodies in a mass grave near Kastrin."),
            ClaimProperty.KILLED);
    assertThat(c.value()).isEqualTo("27");
  }

  @Test
  void a_headline_run_into_its_repetition_counts_the_injured_as_injured() {
    assertThat(
            figures(
                "One killed, four injured in early-morning shooting Orlen News One killed, four"
                    + " injured in early-morning shooting Police are investigating a shooting at a"
                    + " bar in Orlen."))
        .filteredOn(c -> c.property() == ClaimProperty.KILLED)
        .extracting(Claim::value)
        .containsOnly("1");
  }

  @Test
  void the_officer_who_tells_of_the_dead_is_none_of_them_nor_are_the_dead_taken_to_hospital_hurt() {
    List<Claim> figures =
        figures(
            "Police Lieutenant Dana Okonjo tells Orlen News that two men in their late 20s were"
                + " killed and another man was critically injured and taken to an area hospital.");

    assertThat(figures)
        .extracting(Claim::property, Claim::value)
        .containsExactlyInAnyOrder(
            tuple(ClaimProperty.KILLED, "2"), tuple(ClaimProperty.INJURED, "1"));
  }

  @Test
  void a_death_toll_is_a_killed_figure() {
    assertThat(only(figures("The death toll in Velmora rose to 33."), ClaimProperty.KILLED).value())
        .isEqualTo("33");
  }

  @Test
  void the_number_of_the_dead_or_of_people_hurt_is_their_figure() {
    assertThat(only(figures("The number of dead in Velmora is 14."), ClaimProperty.KILLED).value())
        .isEqualTo("14");
    assertThat(
            only(figures("The number of people injured climbed to nine."), ClaimProperty.INJURED)
                .value())
        .isEqualTo("9");
    assertThat(
            only(
                    figures("The number of guards who were wounded rose to six."),
                    ClaimProperty.INJURED)
                .value())
        .isEqualTo("6");
  }

  @Test
  void the_number_of_shootings_counts_no_one() {
    assertThat(figures("The number of shootings in Velmora rose to 40 this year.")).isEmpty();
  }

  @Test
  void a_vague_count_of_injuries_is_an_injured_figure() {
    Claim c =
        only(figures("The shelling of Kastrin caused dozens of injuries."), ClaimProperty.INJURED);
    assertThat(c.quantity().kind()).isEqualTo(QuantityKind.VAGUE);
  }

  @Test
  void perpetrators_and_victims_are_the_arguments_of_the_event_word() {
    List<Claim> all = claims("Rebel fighters abducted 5 teachers in Velmora.");
    assertThat(only(all, ClaimProperty.PERPETRATOR).value()).isEqualTo("Rebel fighters");
    assertThat(only(all, ClaimProperty.VICTIM).value()).isEqualTo("teachers");
    assertThat(only(all, ClaimProperty.ABDUCTED).value()).isEqualTo("5");
  }

  @Test
  void a_headline_in_title_case_counts_its_people() {
    assertThat(only(figures("3 Guards Shot In North Orlen"), ClaimProperty.INJURED).value())
        .isEqualTo("3");
  }

  @Test
  void people_shot_in_a_clause_below_an_intention_were_shot() {
    assertThat(
            only(
                    figures("Detectives want to learn why two boys were shot in Orlen."),
                    ClaimProperty.INJURED)
                .value())
        .isEqualTo("2");
    assertThat(figures("The gunman tried to shoot two guards at the Orlen gate.")).isEmpty();
  }

  @Test
  void a_gunman_who_shot_and_killed_is_the_perpetrator_of_both() {
    List<Claim> all = claims("The gunman shot and killed two men outside a bar in Orlen.");
    assertThat(only(all, ClaimProperty.KILLED).value()).isEqualTo("2");
    assertThat(only(all, ClaimProperty.PERPETRATOR).value()).isEqualTo("gunman");

    List<Claim> reported =
        claims("Police say a gunman shot and killed two men outside a bar in Orlen.");
    assertThat(reported)
        .filteredOn(c -> c.property() == ClaimProperty.PERPETRATOR)
        .extracting(Claim::value)
        .isNotEmpty()
        .containsOnly("gunman");
  }

  @Test
  void a_mortar_attack_is_shelling_in_acled_terms() {
    Claim c = only(claims("A mortar attack hit the market of Kastrin."), ClaimProperty.OCCURRED);
    assertThat(c.value()).isEqualTo("shelling");
    assertThat(EventTypes.SHELLING.acled())
        .isEqualTo("Explosions/Remote violence / Shelling/artillery/missile attack");
  }

  @Test
  void claims_in_reader_comments_are_extracted_and_marked() {
    String body = "The village was quiet.\n";
    String comment = "Soldiers killed 4 herders there last year.";
    String text = body + comment;
    List<Segment> segments =
        List.of(
            new Segment(new Span(0, body.length() - 1), SegmentKind.BODY, 0),
            new Segment(new Span(body.length(), text.length()), SegmentKind.COMMENTS, 1));
    List<Claim> all = extractor().extract(document("comments.txt", text, segments));
    assertThat(only(all, ClaimProperty.KILLED).segment()).isEqualTo(SegmentKind.COMMENTS);
  }
}
