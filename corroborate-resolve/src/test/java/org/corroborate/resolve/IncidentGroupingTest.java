package org.corroborate.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.resolve.Cases.FAIRVIEW;
import static org.corroborate.resolve.Cases.MILLBROOK;
import static org.corroborate.resolve.Cases.MILLBROOK_MICHIGAN;
import static org.corroborate.resolve.Cases.NARA;
import static org.corroborate.resolve.Cases.OSTRAVEN;
import static org.corroborate.resolve.Cases.VELOR;
import static org.corroborate.resolve.Cases.resolve;
import static org.corroborate.resolve.Report.exact;

import java.util.List;
import java.util.Set;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.DocumentLink;
import org.corroborate.model.Incident;
import org.corroborate.model.LinkKind;
import org.corroborate.model.Quantity;
import org.corroborate.model.QuantityKind;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

class IncidentGroupingTest {

  @Test
  void attacks_at_one_place_in_different_years_stay_apart() {
    Report a = new Report("a", "2011-04-09");
    a.event("e", "attack").time("2011-04-08").place(NARA).killed(34);
    Report b = new Report("b", "2013-09-02");
    b.event("e", "attack").time("2013-09-01").place(NARA).killed(52);

    List<Incident> incidents = resolve(a, b);

    assertThat(incidents).hasSize(2);
    assertThat(incidents.get(0).documents()).containsExactly(a.id());
    assertThat(incidents.get(1).documents()).containsExactly(b.id());
  }

  @Test
  void a_report_whose_event_sentences_name_no_place_is_placed_at_its_dateline() {
    Report datelined = new Report("datelined", "2013-09-02").datelined(MILLBROOK);
    datelined.event("e", "shooting").time("2013-09-01").killed(2);
    Report placed = new Report("placed", "2013-09-02");
    placed.event("e", "shooting").time("2013-09-01").place(MILLBROOK).killed(2);

    List<Incident> incidents = resolve(datelined, placed);

    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).place().name()).isEqualTo("Millbrook");
  }

  @Test
  void an_event_placed_only_in_a_country_joins_the_incident_of_the_reports_town() {
    Report report = new Report("report", "2013-09-03").datelined(NARA);
    report.event("e1", "attack").time("2013-09-01").place(NARA).killed(52);
    report.event("e2", "abduction").time("2013-09-01").place("Otherland, XG").abducted(7);

    List<Incident> incidents = resolve(report);

    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).place().name()).isEqualTo("Camp Nara");
    assertThat(incidents.get(0).figures())
        .containsKeys(ClaimProperty.KILLED, ClaimProperty.ABDUCTED);
  }

  @Test
  void a_month_fits_a_day_inside_it_and_not_a_day_outside() {
    Report day = new Report("day", "2011-04-09");
    day.event("e", "attack").time("2011-04-08").place(NARA).killed(34);
    Report month = new Report("month", "2011-06-01");
    month.event("e", "attack").time("2011-04").place(NARA).killed(36);
    Report other = new Report("other", "2011-06-01");
    other.event("e", "attack").time("2011-05").place(NARA).killed(3);

    List<Incident> incidents = resolve(day, month, other);

    assertThat(incidents).hasSize(2);
    assertThat(incidents.get(0).documents()).containsExactlyInAnyOrder(day.id(), month.id());
    assertThat(incidents.get(0).start().iso()).isEqualTo("2011-04-08");
  }

  @Test
  void days_within_the_tolerance_join_and_days_further_apart_do_not() {
    Report a = new Report("a", "2013-09-03");
    a.event("e", "attack").time("2013-09-01").place(NARA).killed(52);
    Report b = new Report("b", "2013-09-03");
    b.event("e", "attack").time("2013-09-02").place(NARA).killed(50);
    Report c = new Report("c", "2013-09-05");
    c.event("e", "attack").time("2013-09-04").place(NARA).killed(2);

    List<Incident> incidents = resolve(a, b, c);

    assertThat(incidents)
        .extracting(i -> Set.copyOf(i.documents()))
        .containsExactly(Set.of(a.id(), b.id()), Set.of(c.id()));
  }

  @Test
  void days_apart_do_not_chain_into_one_incident() {
    Report first = new Report("first", "2015-03-02");
    first.event("e", "shooting").time("2015-03-01").place(MILLBROOK).killed(1);
    Report second = new Report("second", "2015-03-03");
    second.event("e", "shooting").time("2015-03-02").place(MILLBROOK).killed(1);
    Report third = new Report("third", "2015-03-04");
    third.event("e", "shooting").time("2015-03-03").place(MILLBROOK).killed(1);

    assertThat(resolve(first, second, third)).hasSize(2);
  }

  @Test
  void two_reports_of_one_shooting_join_by_city_and_date() {
    Report dated = new Report("dated", "2015-03-02");
    dated.event("e", "shooting").time("2015-03-01").place(MILLBROOK).killed(1).injured(2);
    Report undated = new Report("undated", "2015-03-03");
    undated.event("e", "killing").place(MILLBROOK).killed(1);
    Report otherCity = new Report("other-city", "2015-03-02");
    otherCity.event("e", "shooting").time("2015-03-01").place(FAIRVIEW).killed(3);
    Report otherState = new Report("other-state", "2015-03-02");
    otherState.event("e", "shooting").time("2015-03-01").place(MILLBROOK_MICHIGAN).killed(1);

    List<Incident> incidents = resolve(dated, undated, otherCity, otherState);

    assertThat(incidents).hasSize(3);
    assertThat(incidents)
        .filteredOn(i -> i.documents().contains(dated.id()))
        .singleElement()
        .satisfies(i -> assertThat(i.documents()).containsExactly(dated.id(), undated.id()));
  }

  @Test
  void reports_dated_only_by_publication_join_when_published_within_the_lag() {
    Report a = new Report("a", "2015-03-02");
    a.event("e", "shooting").place(MILLBROOK).killed(1);
    Report b = new Report("b", "2015-03-04");
    b.event("e", "shooting").place(MILLBROOK).killed(1);
    Report late = new Report("late", "2015-03-20");
    late.event("e", "shooting").place(MILLBROOK).killed(1);

    List<Incident> incidents = resolve(a, b, late);

    assertThat(incidents)
        .extracting(i -> Set.copyOf(i.documents()))
        .containsExactly(Set.of(a.id(), b.id()), Set.of(late.id()));
    assertThat(incidents.get(0).start().approximate()).isTrue();
  }

  @Test
  void a_region_holds_the_places_inside_it() {
    Report precise = new Report("precise", "2013-09-02");
    precise.event("e", "attack").time("2013-09-01").place(NARA).killed(52);
    Report coarse = new Report("coarse", "2013-09-02");
    coarse.event("e", "attack").time("2013-09-01").place(VELOR).killed(50);
    Report elsewhere = new Report("elsewhere", "2013-09-02");
    elsewhere.event("e", "attack").time("2013-09-01").place(OSTRAVEN).killed(5);

    List<Incident> incidents = resolve(precise, coarse, elsewhere);

    assertThat(incidents).hasSize(2);
    assertThat(incidents)
        .filteredOn(i -> i.documents().contains(precise.id()))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.documents()).containsExactlyInAnyOrder(precise.id(), coarse.id());
              assertThat(i.place().name()).isEqualTo("Camp Nara");
            });
  }

  @Test
  void a_document_reporting_two_incidents_yields_both() {
    Report r = new Report("r", "2013-09-02");
    r.event("now", "attack").time("2013-09-01").place(NARA).killed(52);
    r.event("then", "attack").time("2011-04-08").place(NARA).killed(34);
    r.event("elsewhere", "chemical attack").place(OSTRAVEN).killed(1400);

    List<Incident> incidents = resolve(r);

    assertThat(incidents).hasSize(3);
    assertThat(incidents)
        .extracting(i -> i.figures().get(ClaimProperty.KILLED).best())
        .containsExactlyInAnyOrder(52L, 34L, 1400L);
  }

  @Test
  void a_statistic_dated_and_placed_by_its_own_words_is_no_incident() {
    Report r = new Report("r", "2015-05-31");
    r.event("now", "shooting").time("2015-05-30").place(MILLBROOK).killed(1);
    r.event("year", "killing")
        .time("2014")
        .place(MILLBROOK)
        .quote("Within the last year, three children in Millbrook died from stray gunfire.")
        .killed(3);

    Report dated = new Report("dated", "2013-09-02");
    dated.event("now", "attack").time("2013-09-01").place(NARA).killed(52);
    dated
        .event("then", "massacre")
        .time("2013-02")
        .place(OSTRAVEN)
        .quote("Gunmen who in February of this year massacred several at Ostraven.")
        .figure(ClaimProperty.KILLED, Report.vague(3));

    List<Incident> incidents = resolve(r);

    assertThat(incidents)
        .singleElement()
        .satisfies(i -> assertThat(i.figures().get(ClaimProperty.KILLED).best()).isEqualTo(1));
    assertThat(resolve(dated)).as("a period that dates the incident").hasSize(2);
  }

  @Test
  void a_retrospective_mention_joins_the_original_incident_through_its_date() {
    Report original = new Report("original", "2011-04-09");
    original.event("e", "attack").time("2011-04-08").place(NARA).killed(34);
    Report anniversary = new Report("anniversary", "2013-04-09");
    anniversary.event("e", "attack").time("2011-04-08").place(NARA).occurred();

    List<Incident> incidents = resolve(original, anniversary);

    assertThat(incidents)
        .singleElement()
        .satisfies(i -> assertThat(i.documents()).containsExactly(original.id(), anniversary.id()));
  }

  @Test
  void mentions_with_neither_time_nor_place_continue_the_incident_told_before_them() {
    Report r = new Report("r", "2013-09-02");
    r.event("main", "attack").time("2013-09-01").place(NARA).killed(52).injured(10);
    r.event("vague", "killing").killed(50);
    r.event("minor", "attack").time("2013-09-01").place(OSTRAVEN).killed(1);
    r.event("arrest", "arrest").occurred();

    List<Incident> incidents = resolve(r);

    assertThat(incidents).hasSize(2);
    Incident main =
        incidents.stream().filter(i -> i.place().name().equals("Camp Nara")).findFirst().get();
    assertThat(main.figures().get(ClaimProperty.KILLED).sources()).hasSize(2);
    assertThat(incidents).noneMatch(i -> i.type().equals("arrest"));
  }

  @Test
  void nothing_becomes_an_incident_without_a_figure_or_an_occurrence() {
    Report r = new Report("r", "2013-09-02");
    r.event("e", "attack").time("2013-09-01").place(NARA).perpetrator("Unit 9");

    assertThat(resolve(r)).isEmpty();
  }

  @Test
  void unplaced_reports_join_only_those_they_share_text_with() {
    Report placed = new Report("placed", "2015-03-02");
    placed.event("e", "shooting").time("2015-03-01").place(MILLBROOK).killed(1);
    Report copy = new Report("copy", "2015-03-02");
    copy.event("e", "shooting").time("2015-03-01").killed(1);
    Report stranger = new Report("stranger", "2015-03-02");
    stranger.event("e", "shooting").time("2015-03-01").killed(1);
    DocumentLink link =
        new DocumentLink(
            placed.id(),
            new Span(0, 500),
            copy.id(),
            new Span(0, 500),
            LinkKind.NEAR_DUPLICATE,
            80,
            0.9);

    List<Incident> incidents = resolve(List.of(link), placed, copy, stranger);

    assertThat(incidents)
        .extracting(i -> Set.copyOf(i.documents()))
        .containsExactlyInAnyOrder(Set.of(placed.id(), copy.id()), Set.of(stranger.id()));
  }

  @Test
  void reports_that_share_rare_names_join_though_their_dates_and_towns_differ() {
    Report first =
        new Report("first", "2015-03-02")
            .naming("Police said Dana Okonjo was shot on Larchmere Road on Sunday.");
    first.event("e", "shooting").time("2015-03-01").place(MILLBROOK).killed(1);
    Report later =
        new Report("later", "2015-03-09")
            .naming("Relatives said Okonjo was killed near Larchmere Road last week.");
    later.event("e", "shooting").time("2015-03-05").place(FAIRVIEW).killed(1);
    Report other = new Report("other", "2015-03-09").naming("Two men were shot in Fairview.");
    other.event("e", "shooting").time("2015-03-05").place(FAIRVIEW).killed(2);
    List<Incident> incidents = Cases.resolveAmong(400, 5, first, later, other);

    assertThat(incidents).hasSize(2);
    assertThat(incidents.get(0).documents()).containsExactly(first.id(), later.id());
    assertThat(incidents.get(0).start().iso()).isEqualTo("2015-03-01");
    assertThat(incidents.get(1).documents()).containsExactly(other.id());
  }

  @Test
  void events_a_report_gives_no_count_for_join_the_counted_incident_of_the_same_days() {
    Report report = new Report("report", "2013-09-03").datelined(NARA);
    report.event("attack", "attack").time("2013-09-01").place(NARA).killed(52);
    report.event("held", "arrest").time("2013-09-01").place(OSTRAVEN).occurred();
    report.event("visit", "arrest").time("2013-09-03").occurred();
    report.event("earlier", "attack").time("2011-04-08").place(NARA).occurred();
    report
        .event("rumour", "killing")
        .time("2013-08-20")
        .figure(
            ClaimProperty.KILLED,
            new Quantity(new Span(0, 4), "many", QuantityKind.VAGUE, null, 2L, null, 10L));

    List<Incident> incidents = resolve(report);

    assertThat(incidents)
        .extracting(i -> i.start().iso())
        .containsExactly("2011-04-08", "2013-09-01");
    Incident attack = incidents.get(1);
    assertThat(attack.place().name()).isEqualTo("Camp Nara");
    assertThat(attack.figures().get(ClaimProperty.KILLED).best()).isEqualTo(52);
    assertThat(attack.contradictions())
        .as("the story's other days are no dispute over the attack's date")
        .noneMatch(c -> c.property() == ClaimProperty.TIME);
    assertThat(attack.chronology())
        .extracting(e -> e.time().iso())
        .contains("2013-09-01", "2013-09-03");
  }

  /** A report of a shooting whose victim, suspect and street are rare names. */
  private static Report okonjoShooting() {
    Report shooting =
        new Report("shooting", "2015-03-02")
            .naming("Police said Dana Okonjo was shot by Brisco Vale on Larchmere Road.");
    shooting.event("e", "shooting").time("2015-03-01").place(MILLBROOK).killed(1);
    return shooting;
  }

  /** A report of the trial two years on, naming the shooting's names and {@code more}. */
  private static Report okonjoTrial(String more) {
    Report trial =
        new Report("trial", "2017-06-10")
            .naming("Jurors heard that Brisco Vale shot Dana Okonjo on Larchmere Road" + more);
    trial.event("e", "killing").time("2017-06-09").place(MILLBROOK).killed(1);
    return trial;
  }

  @Test
  void a_report_sharing_many_rare_names_joins_whatever_its_date() {
    Report shooting = okonjoShooting();
    Report trial = okonjoTrial(".");
    Report other =
        new Report("other", "2017-06-10").naming("Jurors heard that Vale shot a man in Fairview.");
    other.event("e", "killing").time("2017-06-09").place(MILLBROOK).killed(1);
    List<Incident> incidents = Cases.resolveAmong(400, 9, shooting, trial, other);

    assertThat(incidents).hasSize(2);
    assertThat(incidents.get(0).documents()).containsExactly(shooting.id(), trial.id());
    assertThat(incidents.get(0).start().iso()).isEqualTo("2015-03-01");
  }

  @Test
  void only_the_names_of_an_incidents_first_report_draw_others_in() {
    Report shooting = okonjoShooting();
    Report trial = okonjoTrial(", before Judge Amara Quist of Halden Court in Orrin.");
    Report sameCourt =
        new Report("same court", "2018-01-16")
            .naming(
                "Before Judge Amara Quist of Halden Court in Orrin, Tobin Reyes admitted the"
                    + " killing.");
    sameCourt.event("e", "killing").time("2018-01-15").place(FAIRVIEW).killed(1);
    List<Incident> incidents = Cases.resolveAmong(400, 9, shooting, trial, sameCourt);

    assertThat(incidents).hasSize(2);
    assertThat(incidents.get(0).documents()).containsExactly(shooting.id(), trial.id());
    assertThat(incidents.get(1).documents())
        .as("the trial's court is no name of the shooting")
        .containsExactly(sameCourt.id());
  }

  @Test
  void an_arrest_in_a_report_of_a_shooting_is_part_of_the_shootings_story() {
    Report report = new Report("report", "2015-03-03").datelined(MILLBROOK);
    report.event("e", "shooting").time("2015-03-01").place(MILLBROOK).killed(1);
    report
        .event("held", "arrest")
        .time("2015-03-02")
        .place(MILLBROOK)
        .figure(ClaimProperty.DETAINED, exact(2));
    report
        .event("far", "arrest")
        .time("2015-03-02")
        .place(FAIRVIEW)
        .figure(ClaimProperty.DETAINED, exact(3));

    List<Incident> incidents = Cases.resolve(report);

    assertThat(incidents).hasSize(2);
    assertThat(incidents.get(0).type()).isEqualTo("shooting");
    assertThat(incidents.get(0).start().iso()).isEqualTo("2015-03-01");
    assertThat(incidents.get(0).figures().get(ClaimProperty.DETAINED).best()).isEqualTo(2L);
    assertThat(incidents.get(1).type())
        .as("an arrest in another town is an incident of its own")
        .isEqualTo("arrest");
  }
}
