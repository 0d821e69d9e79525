package org.corroborate.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.resolve.Cases.FAIRVIEW;
import static org.corroborate.resolve.Cases.MILLBROOK;
import static org.corroborate.resolve.Cases.resolve;

import java.util.List;
import org.corroborate.model.Incident;
import org.junit.jupiter.api.Test;

class UnreportedDocumentsTest {

  private static Report shooting(String name, String place, String day) {
    Report r = new Report(name, day);
    r.event("e", "shooting").time(day).place(place).killed(1);
    return r;
  }

  @Test
  void a_headline_naming_the_only_recent_incident_at_its_town_reports_that_incident() {
    Report millbrook = shooting("millbrook", MILLBROOK, "2015-03-01");
    Report fairview = shooting("fairview", FAIRVIEW, "2015-03-01");
    Report headline =
        new Report("headline", "2015-03-03").titled("Millbrook shooting victim named");

    List<Incident> incidents = resolve(millbrook, fairview, headline);

    assertThat(incidents)
        .filteredOn(i -> i.place().name().equals("Millbrook"))
        .singleElement()
        .satisfies(i -> assertThat(i.documents()).containsExactly(millbrook.id(), headline.id()));
  }

  @Test
  void a_headline_is_left_alone_when_its_town_had_two_incidents_or_none_that_week() {
    Report first = shooting("first", MILLBROOK, "2015-03-01");
    Report second = shooting("second", MILLBROOK, "2015-03-04");
    Report ambiguous = new Report("ambiguous", "2015-03-05").titled("Millbrook victim named");
    Report late = new Report("late", "2015-04-20").titled("Fairview victim remembered");
    Report fairview = shooting("fairview", FAIRVIEW, "2015-03-01");

    List<Incident> incidents = resolve(first, second, ambiguous, late, fairview);

    assertThat(incidents).hasSize(3);
    assertThat(incidents)
        .allSatisfy(i -> assertThat(i.documents()).doesNotContain(ambiguous.id(), late.id()));
  }

  @Test
  void a_page_reporting_nothing_joins_the_incident_whose_story_its_names_tell() {
    Report report =
        new Report("report", "2015-03-02")
            .naming(
                "Police said Dana Okonjo was shot on Larchmere Road in Kesterby on Sunday; Tobin"
                    + " Reyes was arrested at the Velmora Motel.");
    report.event("e", "shooting").time("2015-03-01").place(MILLBROOK).killed(1);
    Report vigil =
        new Report("vigil", "2015-04-20")
            .naming(
                "Friends of Dana Okonjo met on Larchmere Road in Kesterby, where Tobin Reyes is"
                    + " said to have fired from the Velmora Motel.");
    Report furniture =
        new Report("furniture", "2015-04-20")
            .naming(
                "Sign in to read on. Readers in Dana, Larchmere and Kesterby agree to our terms.");

    List<Incident> incidents = Cases.resolveAmong(400, 5, report, vigil, furniture);

    assertThat(incidents)
        .singleElement()
        .satisfies(i -> assertThat(i.documents()).containsExactly(report.id(), vigil.id()));
  }
}
