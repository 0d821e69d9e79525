package org.corroborate.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.resolve.Cases.MILLBROOK;
import static org.corroborate.resolve.Cases.NARA;
import static org.corroborate.resolve.Cases.VELOR;

import java.util.List;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Incident;
import org.corroborate.model.Place;
import org.junit.jupiter.api.Test;

class IncidentAssemblyTest {

  @Test
  void an_incident_has_a_title_a_type_a_place_and_ranked_actors() {
    Report a = new Report("a", "2013-09-02");
    a.event("e", "attack")
        .time("2013-09-01")
        .place(NARA)
        .killed(52)
        .perpetrator("Unit 9")
        .victim("residents");
    Report b = new Report("b", "2013-09-03");
    b.event("e", "massacre")
        .time("2013-09-01")
        .place(NARA)
        .perpetrator("Unit 4")
        .perpetrator("Unit 9")
        .occurred();
    Report c = new Report("c", "2013-09-04");
    c.event("e", "attack").time("2013-09-01").place(VELOR).occurred();

    Incident i = Cases.resolve(a, b, c).get(0);

    assertThat(i.title()).isEqualTo("Attack in Camp Nara, Velor, XF, 2013-09-01");
    assertThat(i.type()).isEqualTo("attack");
    assertThat(i.place().name()).isEqualTo("Camp Nara");
    assertThat(i.place().admin1()).isEqualTo("Velor");
    assertThat(i.place().lat()).isEqualTo(33.1);
    assertThat(i.perpetrators()).containsExactly("Unit 9", "Unit 4");
    assertThat(i.victims()).containsExactly("residents");
    assertThat(i.documents()).containsExactly(a.id(), b.id(), c.id());
  }

  @Test
  void the_start_is_on_the_day_most_reports_give_at_the_finest_time_given_for_it() {
    Report a = new Report("a", "2016-12-12");
    a.event("e", "shooting").time("2016-12-11").place(MILLBROOK).killed(2);
    Report b = new Report("b", "2016-12-12");
    b.event("e", "shooting").time("2016-12-11T21:30").place(MILLBROOK).killed(2);
    Report c = new Report("c", "2016-12-13");
    c.event("e", "shooting").time("2016-12-10T23:50").place(MILLBROOK).killed(2);

    Incident i = Cases.resolve(a, b, c).get(0);

    assertThat(i.documents()).hasSize(3);
    assertThat(i.start().iso())
        .as("one report's earlier minute does not outweigh two reports of the 11th")
        .isEqualTo("2016-12-11T21:30");
  }

  @Test
  void between_days_as_many_reports_give_the_start_is_on_the_day_more_of_their_times_name() {
    Report a = new Report("a", "2016-12-12");
    a.event("e1", "shooting").time("2016-12-10").place(MILLBROOK).killed(1);
    a.event("e2", "shooting").at(200).time("2016-12-11").place(MILLBROOK);
    a.event("e3", "killing").at(400).time("2016-12-11");

    Incident i = Cases.resolve(a).get(0);

    assertThat(i.start().iso()).isEqualTo("2016-12-11");
  }

  @Test
  void the_id_stays_put_when_a_later_report_joins_and_on_a_re_run() {
    Report a = new Report("a", "2013-09-02");
    a.event("e", "attack").time("2013-09-01").place(NARA).killed(52);
    Report b = new Report("b", "2013-09-05");
    b.event("e", "attack").time("2013-09-01").place(NARA).killed(50);

    String alone = Cases.resolve(a).get(0).id();

    assertThat(Cases.resolve(a, b).get(0).id()).isEqualTo(alone);
    assertThat(Cases.resolve(b, a).get(0).id()).isEqualTo(alone);
  }

  @Test
  void a_later_hour_of_the_same_day_is_a_disputed_start_not_an_end() {
    Report a = new Report("a", "2013-09-02");
    a.event("e", "attack").time("2013-09-01T06:00").place(NARA).killed(52);
    a.event("f", "attack").time("2013-09-01T10:00").place(NARA).occurred();

    Incident i = Cases.resolve(a).get(0);

    assertThat(i.start().iso()).isEqualTo("2013-09-01T06:00");
    assertThat(i.contradictions()).isNotEmpty();
    assertThat(i.end()).isNull();
  }

  @Test
  void an_undated_incident_starts_at_its_reports_publication_marked_approximate() {
    Report a = new Report("a", "2015-03-02");
    a.event("e", "shooting").place(Cases.MILLBROOK).killed(1);

    Incident i = Cases.resolve(a).get(0);

    assertThat(i.start().iso()).isEqualTo("2015-03-02");
    assertThat(i.start().approximate()).isTrue();
    assertThat(i.place())
        .isEqualTo(new Place("Millbrook", "Ohio", "US", 40.1, -83.2, null, i.place().source()));
  }

  @Test
  void an_incident_its_sentences_do_not_date_takes_the_day_its_reports_lead_gives() {
    Report a = new Report("a", "2015-03-02").leadingWith("2015-03-01");
    a.event("e", "shooting").place(Cases.MILLBROOK).injured(1);

    Incident i = Cases.resolve(a).get(0);

    assertThat(i.start().iso()).isEqualTo("2015-03-01");
    assertThat(i.start().approximate()).as("no claim of the incident dates it").isTrue();
  }

  @Test
  void an_undated_count_takes_the_date_of_the_same_violence_told_again_with_its_day() {
    Report a = new Report("a", "2015-03-03");
    a.event("e", "shooting").place(Cases.MILLBROOK).killed(1).injured(4);
    a.event("f", "shooting").time("2015-03-01T23:00").place(Cases.MILLBROOK).occurred();
    a.event("g", "arrest").time("2015-03-02").place(Cases.MILLBROOK).occurred();

    Incident i = Cases.resolve(a).get(0);

    assertThat(i.start().iso()).isEqualTo("2015-03-01T23:00");
    assertThat(i.start().approximate()).isFalse();
  }

  @Test
  void an_arrest_in_the_story_does_not_date_an_undated_count() {
    Report a = new Report("a", "2015-03-03");
    a.event("e", "shooting").place(Cases.MILLBROOK).killed(1);
    a.event("g", "arrest").time("2015-03-02").place(Cases.MILLBROOK).occurred();

    Incident i = Cases.resolve(a).get(0);

    assertThat(i.start().iso()).isEqualTo("2015-03-03");
    assertThat(i.start().approximate()).isTrue();
  }

  @Test
  void a_report_of_an_arrest_keeps_the_violence_it_tells_without_a_date_or_a_place() {
    Report a = new Report("a", "2015-03-03");
    a.event("e", "shooting").injured(1);
    a.event("g", "arrest").at(200).time("2015-03-02").place(MILLBROOK).occurred();
    a.event("f", "shooting").at(400).occurred();

    List<Incident> incidents = Cases.resolve(a);

    assertThat(incidents).hasSize(1);
    Incident i = incidents.get(0);
    assertThat(i.type()).isEqualTo("shooting");
    assertThat(i.figures().get(ClaimProperty.INJURED).best()).isEqualTo(1);
  }

  @Test
  void a_count_placed_but_not_dated_joins_the_days_news_not_a_years_statistic() {
    Report a = new Report("a", "2014-01-22");
    a.event("y", "killing").time("2013").place(MILLBROOK).occurred();
    a.event("e", "shooting").at(200).place(MILLBROOK).killed(2);
    a.event("w", "attack").at(400).time("2014-01-21T11:30").place(MILLBROOK).injured(3);

    List<Incident> counted =
        Cases.resolve(a).stream()
            .filter(i -> i.figures().containsKey(ClaimProperty.KILLED))
            .toList();

    assertThat(counted)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.start().iso()).isEqualTo("2014-01-21T11:30");
              assertThat(i.figures().get(ClaimProperty.INJURED).best()).isEqualTo(3);
            });
  }

  @Test
  void incidents_of_one_day_come_in_the_order_their_earliest_report_tells_them() {
    Report a = new Report("a", "2016-05-02");
    a.event("d", "shooting").at(900).time("2016-05-01").place(Cases.OSTRAVEN).killed(1);
    a.event("c", "shooting").at(600).time("2016-05-01").place(Cases.MILLBROOK_MICHIGAN).killed(1);
    a.event("b", "shooting").at(300).time("2016-05-01").place(Cases.FAIRVIEW).killed(1);
    a.event("a", "shooting").at(0).time("2016-05-01").place(MILLBROOK).killed(1);

    assertThat(Cases.resolve(a))
        .extracting(i -> i.place().name() + ", " + i.place().admin1())
        .containsExactly(
            "Millbrook, Ohio", "Fairview, Ohio", "Millbrook, Michigan", "Ostraven, Kesh");
  }
}
