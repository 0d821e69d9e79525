package org.corroborate.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.resolve.Cases.MILLBROOK;
import static org.corroborate.resolve.Cases.resolve;

import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Figure;
import org.corroborate.model.FigureSource;
import org.corroborate.model.Quantity;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

class OthersBesideOneTest {

  private static Quantity exact(String text, long n) {
    return Quantity.exact(new Span(0, text.length()), text, n);
  }

  @Test
  void others_after_one_person_count_that_person_too() {
    Report a = new Report("a", "2016-05-02");
    a.event("e", "shooting")
        .time("2016-05-01")
        .place(MILLBROOK)
        .quote("Guards found a woman who had been shot near the mill.")
        .figureWritten(ClaimProperty.INJURED, exact("a woman", 1));
    a.event("f", "shooting")
        .quote("Police said three other adults had also been shot.")
        .figureWritten(ClaimProperty.INJURED, exact("three", 3));

    Figure injured = resolve(a).get(0).figures().get(ClaimProperty.INJURED);

    assertThat(injured.best()).isEqualTo(4);
    assertThat(injured.sources())
        .filteredOn(s -> s.claim().value().equals("3"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.countsAs()).isEqualTo(4);
              assertThat(s.note()).contains("counts as 4");
            });
  }

  @Test
  void the_other_four_after_one_person_are_five() {
    Report a = new Report("a", "2016-05-02");
    a.event("e", "shooting")
        .time("2016-05-01")
        .place(MILLBROOK)
        .quote("Guards found a man with a wound to the chest.")
        .figureWritten(ClaimProperty.INJURED, exact("a man", 1));
    a.event("f", "shooting")
        .quote("The other four are in stable condition.")
        .figureWritten(ClaimProperty.INJURED, exact("four", 4));

    assertThat(resolve(a).get(0).figures().get(ClaimProperty.INJURED).best()).isEqualTo(5);
  }

  @Test
  void others_after_a_count_of_the_dead_or_after_a_total_stand_as_written() {
    Report a = new Report("a", "2016-05-02");
    a.event("e", "shooting")
        .time("2016-05-01")
        .place(MILLBROOK)
        .quote("One man died and four others were hurt.")
        .figureWritten(ClaimProperty.KILLED, exact("One man", 1))
        .figureWritten(ClaimProperty.INJURED, exact("four", 4));
    Report b = new Report("b", "2016-05-02");
    b.event("e", "shooting")
        .time("2016-05-01")
        .place(MILLBROOK)
        .quote("Six guards were shot at the mill.")
        .figureWritten(ClaimProperty.INJURED, exact("Six", 6));
    b.event("f", "shooting")
        .quote("Five others were treated and released.")
        .figureWritten(ClaimProperty.INJURED, exact("Five", 5));

    Figure injured = resolve(a, b).get(0).figures().get(ClaimProperty.INJURED);

    assertThat(injured.sources())
        .filteredOn(s -> s.claim().value().equals("4") || s.claim().value().equals("5"))
        .hasSize(2)
        .extracting(FigureSource::countsAs)
        .containsOnlyNulls();
  }
}
