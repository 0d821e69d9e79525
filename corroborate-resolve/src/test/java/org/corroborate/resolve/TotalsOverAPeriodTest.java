package org.corroborate.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.model.Figure;
import org.corroborate.model.FigureSource;
import org.junit.jupiter.api.Test;

class TotalsOverAPeriodTest {

  @Test
  void a_count_over_a_year_is_shown_but_not_counted_as_the_incidents_toll() {
    Report r = new Report("r", "2015-07-20");
    r.event("e", "shooting").quote("Two men were shot dead in Orlen on Sunday.").killed(2);
    r.event("s", "killing")
        .quote("So far this year 126 people have been killed in Orlen, police said.")
        .killed(126);
    r.event("t", "killing")
        .quote("More than 500 people died in 2013 from accidental gunshots, the agency said.")
        .killed(501);
    r.event("u", "killing")
        .quote("In all, 318 people have been killed in Orlen since the start of 2019.")
        .killed(318);
    r.event("v", "killing").quote("[At least 40 children were killed in 2018]").killed(40);
    r.event("w", "killing")
        .quote("Crime stats for 2014 in Orlen show 165 people were murdered.")
        .killed(165);
    r.event("x", "killing")
        .quote("In the last seven months 30 people have been killed in Orlen.")
        .killed(30);
    r.event("y", "killing")
        .quote("Twelve people were killed in June, police in Orlen said.")
        .killed(12);
    r.event("z", "killing")
        .quote("Within the past year, three children in Orlen died from stray gunfire.")
        .killed(3);
    r.event("q", "killing")
        .quote("Ninety people have been shot in the first 40 days of 2015, and 20 of them died.")
        .killed(20);

    Figure f = Fixtures.killed(r);

    assertThat(f.best()).isEqualTo(2);
    assertThat(f.high()).isEqualTo(2);
    assertThat(f.sources())
        .filteredOn(s -> !s.counted())
        .extracting(FigureSource::note)
        .containsOnly(TotalsOverAPeriod.NOTE)
        .hasSize(9);
  }

  @Test
  void an_incident_ranked_against_the_year_keeps_its_figure() {
    Report r = new Report("r", "2015-07-20");
    r.event("e", "attack")
        .quote("The attack, which killed 41 people, was the deadliest in the province this year.")
        .killed(41);

    assertThat(Fixtures.killed(r).best()).isEqualTo(41);
  }

  @Test
  void a_count_so_far_this_year_is_a_total_though_the_year_is_ranked() {
    Report r = new Report("r", "2016-11-20");
    r.event("e", "shooting").quote("A man was shot dead in Orlen on Sunday.").killed(1);
    r.event("s", "killing")
        .quote("More than 750 people have been killed so far this year, the most since 1998.")
        .killed(751);

    assertThat(Fixtures.killed(r).best()).isEqualTo(1);
  }
}
