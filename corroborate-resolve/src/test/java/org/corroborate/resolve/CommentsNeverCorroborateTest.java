package org.corroborate.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.model.Figure;
import org.corroborate.model.FigureSource;
import org.junit.jupiter.api.Test;

class CommentsNeverCorroborateTest {

  @Test
  void reader_comments_are_kept_as_sources_and_never_corroborate_a_figure() {
    Report r = new Report("r", "2013-09-02");
    r.event("e", "attack").killed(52);
    r.event("c1", "attack").comments().killed(100);
    r.event("c2", "attack").comments().speaker("reader").killed(100);

    Figure f = Fixtures.killed(r);

    assertThat(f.sources()).hasSize(3);
    assertThat(f.sources())
        .filteredOn(s -> !s.counted())
        .extracting(FigureSource::note)
        .containsOnly(CommentsNeverCorroborate.NOTE)
        .hasSize(2);
    assertThat(f.best()).isEqualTo(52);
    assertThat(f.high()).isEqualTo(52);
    assertThat(f.contested()).isFalse();
  }
}
