package org.corroborate.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.resolve.Cases.MILLBROOK;
import static org.corroborate.resolve.Cases.resolve;

import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Figure;
import org.corroborate.model.FigureSource;
import org.junit.jupiter.api.Test;

class HitCountsIncludeTheKilledTest {

  @Test
  void people_shot_less_those_the_same_report_says_died_are_the_injured() {
    Report a = new Report("a", "2016-05-02");
    a.event("e", "shooting").time("2016-05-01").place(MILLBROOK).trigger("shot").injured(3);
    a.event("d", "killing").quote("One of them died at the hospital.").killed(1);
    Report b = new Report("b", "2016-05-02");
    b.event("e", "shooting").time("2016-05-01").place(MILLBROOK).trigger("wounded").injured(2);

    Figure injured = resolve(a, b).get(0).figures().get(ClaimProperty.INJURED);

    assertThat(injured.best()).isEqualTo(2);
    assertThat(injured.low()).isEqualTo(2);
    assertThat(injured.sources())
        .filteredOn(s -> s.claim().document().equals(a.id()))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.claim().value()).as("the claim keeps its figure").isEqualTo("3");
              assertThat(s.countsAs()).isEqualTo(2);
              assertThat(s.note()).contains("counts as 2 injured");
            });
  }

  @Test
  void a_count_of_wounded_or_a_report_that_counts_no_dead_stands_as_written() {
    Report a = new Report("a", "2016-05-02");
    a.event("e", "shooting").time("2016-05-01").place(MILLBROOK).trigger("shot").injured(3);

    Figure injured = resolve(a).get(0).figures().get(ClaimProperty.INJURED);

    assertThat(injured.best()).isEqualTo(3);
    assertThat(injured.sources()).extracting(FigureSource::countsAs).containsOnlyNulls();
  }
}
