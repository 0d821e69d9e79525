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
}
