package org.corroborate.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Figure;
import org.corroborate.model.FigureSource;
import org.junit.jupiter.api.Test;

class TotalsOverSeveralIncidentsTest {

  @Test
  void a_count_over_several_shootings_is_shown_but_not_counted() {
    Report r = new Report("r", "2017-04-12");
    r.event("e", "shooting").quote("Three people were shot in Orlen on Tuesday.").injured(3);
    r.event("s", "shooting")
        .quote("Ten other people were wounded in separate Tuesday shootings.")
        .injured(10);
    r.event("t", "shooting")
        .quote("At least 13 people were shot in Orlen in five incidents over the weekend.")
        .injured(13);
    r.event("u", "shooting")
        .quote("Nine people were wounded in weekend shootings across Orlen.")
        .injured(9);
    r.event("v", "shooting")
        .quote("Two students have been hurt in separate gun-related incidents this month.")
        .injured(2);
    r.event("w", "shooting")
        .quote("Dana Okonjo was the first of two teenagers wounded over the weekend in Orlen.")
        .injured(2);
    r.event("x", "shooting")
        .quote("Her shooting was the first in a string of five shooting injuries in Orlen.")
        .injured(5);
    r.event("y", "shooting")
        .quote("Eight other people were wounded across the city overnight.")
        .injured(8);
    r.event("z", "shooting")
        .quote("At least 21 people were shot in incidents spanning all of Orlen's districts.")
        .injured(21);

    Figure f = resolveInjured(r);

    assertThat(f.best()).isEqualTo(3);
    assertThat(f.sources())
        .filteredOn(s -> !s.counted())
        .extracting(FigureSource::note)
        .containsOnly(TotalsOverSeveralIncidents.NOTE)
        .hasSize(8);
  }

  @Test
  void one_shooting_told_of_among_others_keeps_its_figure() {
    Report r = new Report("r", "2017-04-12");
    r.event("e", "shooting")
        .quote("Three people were shot in Orlen on Tuesday, the latest in a string of shootings.")
        .injured(3);
    r.event("f", "shooting").quote("Four were wounded in the shootings at Orlen High.").injured(4);

    assertThat(resolveInjured(r).best()).isEqualTo(4);
  }

  private static Figure resolveInjured(Report r) {
    return Cases.resolve(r).get(0).figures().get(ClaimProperty.INJURED);
  }
}
