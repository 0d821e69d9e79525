package org.corroborate.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.resolve.Report.bounded;
import static org.corroborate.resolve.Report.vague;

import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Figure;
import org.junit.jupiter.api.Test;

class FiguresTest {

  @Test
  void best_is_the_value_most_origins_give_and_the_explanation_names_them() {
    Report a = new Report("001", "2013-09-02");
    a.event("e", "attack").killed(52);
    a.event("u", "attack").speaker("UNAMI").killed(52);
    Report b = new Report("002", "2013-09-02");
    b.event("e", "attack").killed(44);
    Report c = new Report("003", "2013-09-03");
    c.event("e", "attack").speaker("NCRI").killed(52);
    c.event("u", "attack").speaker("the UNAMI").killed(52);

    Figure f = Fixtures.killed(a, b, c);

    assertThat(f.best()).isEqualTo(52);
    assertThat(f.low()).isEqualTo(44);
    assertThat(f.high()).isEqualTo(52);
    assertThat(f.contested()).isTrue();
    assertThat(f.explanation())
        .isEqualTo("52: 3 origins (author of 001, UNAMI, NCRI) against 44 (author of 002)");
  }

  @Test
  void a_value_repeated_by_one_speaker_in_many_documents_is_one_origin() {
    Report a = new Report("a", "2013-09-02");
    a.event("e", "attack").speaker("UNAMI").killed(52);
    Report b = new Report("b", "2013-09-02");
    b.event("e", "attack").speaker("UNAMI").killed(52);
    Report c = new Report("c", "2013-09-02");
    c.event("e", "attack").killed(44);
    Report d = new Report("d", "2013-09-02");
    d.event("e", "attack").killed(44);

    Figure f = Fixtures.killed(a, b, c, d);

    assertThat(f.best()).isEqualTo(44);
    assertThat(f.explanation()).startsWith("44: 2 origins");
  }

  @Test
  void bounds_set_low_and_high_and_vague_amounts_count_only_when_nothing_is_exact() {
    Report r = new Report("r", "2013-09-02");
    r.event("e", "attack").speaker("police").figure(ClaimProperty.KILLED, bounded(31L, null, 31));
    r.event("f", "attack").speaker("medics").killed(40);
    r.event("g", "attack").speaker("residents").figure(ClaimProperty.KILLED, vague(100));

    Figure f = Fixtures.killed(r);

    assertThat(f.best()).isEqualTo(40);
    assertThat(f.low()).isEqualTo(31);
    assertThat(f.high()).isEqualTo(40);
    assertThat(f.contested()).isFalse();
  }

  @Test
  void a_person_told_of_sets_no_low_beside_an_exact_count() {
    Report r = new Report("r", "2013-09-02");
    r.event("e", "attack").speaker("police").killed(40);
    r.event("f", "attack")
        .speaker("family")
        .quote("Dana Okonjo died on the way to the hospital.")
        .figure(ClaimProperty.KILLED, bounded(1L, null, 1));

    Figure f = Fixtures.killed(r);

    assertThat(f.best()).isEqualTo(40);
    assertThat(f.low()).as("\"at least one\" estimates no count").isEqualTo(40);
    assertThat(f.high()).isEqualTo(40);
  }

  @Test
  void a_vague_amount_gives_best_and_low_when_nothing_is_exact() {
    Report r = new Report("r", "2013-09-02");
    r.event("e", "attack").speaker("residents").figure(ClaimProperty.KILLED, vague(12));
    r.event("g", "attack").speaker("activists").figure(ClaimProperty.KILLED, vague(12));
    r.event("f", "attack").speaker("medics").figure(ClaimProperty.KILLED, bounded(null, 30L, 30));

    Figure f = Fixtures.killed(r);

    assertThat(f.best()).isEqualTo(12);
    assertThat(f.low()).isEqualTo(12);
    assertThat(f.high()).isEqualTo(30);
  }

  @Test
  void a_figure_nobody_credibly_gives_has_no_best() {
    Report r = new Report("r", "2013-09-02");
    r.event("c", "attack").comments().killed(100);

    Figure f = Fixtures.killed(r);

    assertThat(f.best()).isNull();
    assertThat(f.low()).isNull();
    assertThat(f.high()).isNull();
    assertThat(f.explanation()).startsWith("no credible count");
  }
}
