package org.corroborate.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Figure;
import org.corroborate.model.FigureSource;
import org.junit.jupiter.api.Test;

class PartialCountsTest {

  @Test
  void a_smaller_figure_beside_a_larger_one_of_the_same_author_is_a_part_not_a_total() {
    Report r = new Report("r", "2013-09-02");
    r.event("e", "attack").killed(52);
    r.event("x", "execution").killed(9);

    Figure f = Fixtures.killed(r);

    assertThat(f.sources())
        .filteredOn(s -> !s.counted())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.claim().value()).isEqualTo("9");
              assertThat(s.note()).isEqualTo(PartialCounts.NOTE);
            });
    assertThat(f.low()).isEqualTo(52);
    assertThat(f.contested()).isFalse();
  }

  @Test
  void figures_of_different_speakers_in_one_document_are_positions_not_parts() {
    Report r = new Report("r", "2013-09-02");
    r.event("e", "attack").speaker("UNAMI").killed(52);
    r.event("f", "attack").speaker("officials").killed(44);

    Figure f = Fixtures.killed(r);

    assertThat(f.sources()).allMatch(FigureSource::counted);
    assertThat(f.contested()).isTrue();
    assertThat(f.low()).isEqualTo(44);
    assertThat(f.high()).isEqualTo(52);
  }

  @Test
  void the_same_figures_in_different_documents_are_not_parts() {
    Report a = new Report("a", "2013-09-02");
    a.event("e", "attack").killed(52);
    Report b = new Report("b", "2013-09-02");
    b.event("e", "attack").killed(44);

    assertThat(Fixtures.killed(a, b).sources()).allMatch(FigureSource::counted);
  }

  @Test
  void a_count_of_the_hit_compares_as_the_injured_it_counts() {
    Report r = new Report("r", "2016-07-03");
    r.event("e", "shooting").time("2016-07-02").place(Cases.MILLBROOK).killed(2);
    r.event("e", "shooting")
        .trigger("wounds")
        .quote("Officers found three victims suffering from gunshot wounds.")
        .injured(3);
    r.event("e", "shooting")
        .trigger("injured")
        .quote("One child was injured in the shooting.")
        .injured(1);

    Figure injured = Cases.resolve(r).get(0).figures().get(ClaimProperty.INJURED);

    assertThat(injured.best()).isEqualTo(1);
    assertThat(injured.sources())
        .as("three hit, two of them dead, make the one injured no part")
        .allMatch(FigureSource::counted);
  }
}
