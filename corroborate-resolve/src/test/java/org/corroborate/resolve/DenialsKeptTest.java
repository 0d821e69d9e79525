package org.corroborate.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Contradiction;
import org.corroborate.model.Figure;
import org.junit.jupiter.api.Test;

class DenialsKeptTest {

  @Test
  void a_denied_figure_is_shown_but_does_not_count() {
    Report r = new Report("r", "2013-09-02");
    r.event("e", "attack").killed(52);
    r.event("d", "attack").speaker("ministry").denied().killed(52);

    Figure f = Fixtures.killed(r);

    assertThat(f.sources()).hasSize(2);
    assertThat(f.sources())
        .filteredOn(s -> !s.counted())
        .singleElement()
        .satisfies(s -> assertThat(s.note()).isEqualTo(DenialsKept.NOTE));
    assertThat(f.best()).isEqualTo(52);
  }

  @Test
  void a_denied_perpetrator_contradicts_the_sources_that_name_it() {
    Report a = new Report("a", "2013-09-02");
    a.event("e", "attack").perpetrator("Unit 9").occurred();
    Report b = new Report("b", "2013-09-02");
    b.event("e", "attack").speaker("ministry").denied().perpetrator("Unit 9");

    List<Claim> claims = Fixtures.claims(a, b);
    List<Contradiction> found = new DenialsKept().contradictions(claims);

    assertThat(found)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.property()).isEqualTo(ClaimProperty.PERPETRATOR);
              assertThat(c.sides())
                  .extracting(Contradiction.Side::value)
                  .containsExactly("asserted: Unit 9", "denied: Unit 9");
              assertThat(c.sides().get(0).claims())
                  .containsExactly(idOf(a, ClaimProperty.PERPETRATOR));
              assertThat(c.sides().get(1).claims())
                  .containsExactly(idOf(b, ClaimProperty.PERPETRATOR));
            });
  }

  @Test
  void a_denial_with_no_assertion_of_its_property_contradicts_the_occurrence() {
    Report a = new Report("a", "2013-09-02");
    a.event("e", "attack").occurred();
    Report b = new Report("b", "2013-09-02");
    b.event("e", "attack").speaker("ministry").denied().perpetrator("Unit 9");

    assertThat(new DenialsKept().contradictions(Fixtures.claims(a, b)))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.sides().get(0).claims())
                    .containsExactly(idOf(a, ClaimProperty.OCCURRED)));
  }

  @Test
  void a_denial_in_reader_comments_contradicts_nothing() {
    Report a = new Report("a", "2013-09-02");
    a.event("e", "attack").occurred();
    a.event("c", "attack").comments().denied().occurred();

    assertThat(new DenialsKept().contradictions(a.claims())).isEmpty();
  }

  private static String idOf(Report r, ClaimProperty p) {
    return r.claims().stream().filter(c -> c.property() == p).findFirst().orElseThrow().id();
  }
}
