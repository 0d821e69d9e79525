package org.corroborate.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.resolve.Cases.NARA;

import java.util.List;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Contradiction;
import org.corroborate.model.Incident;
import org.junit.jupiter.api.Test;

class ContradictionsTest {

  @Test
  void midnight_against_six_in_the_morning_is_a_start_time_contradiction() {
    Report a = new Report("a", "2013-09-02");
    a.event("e", "attack").time("2013-08-31T24:00").place(NARA).killed(52);
    Report b = new Report("b", "2013-09-02");
    b.event("e", "attack").time("2013-09-01T06:00").place(NARA).killed(52);

    Incident incident = Cases.resolve(a, b).get(0);

    assertThat(incident.contradictions())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.property()).isEqualTo(ClaimProperty.TIME);
              assertThat(c.summary())
                  .isEqualTo("start time on 2013-09-01: 2013-09-01T00:00 or 2013-09-01T06:00");
              assertThat(c.sides()).extracting(s -> s.claims().size()).containsExactly(1, 1);
            });
    assertThat(incident.start().iso()).isEqualTo("2013-08-31T24:00");
    assertThat(incident.end()).isNull();
  }

  @Test
  void different_days_inside_one_document_are_a_date_contradiction() {
    Report r = new Report("r", "2013-09-03");
    r.event("e", "attack").time("2013-09-01").place(NARA).killed(52);
    r.event("f", "attack").time("2013-09-02").place(NARA).occurred();

    Incident incident = Cases.resolve(r).get(0);

    assertThat(incident.contradictions())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.summary()).isEqualTo("date: 2013-09-01 or 2013-09-02");
              assertThat(c.sides())
                  .extracting(Contradiction.Side::value)
                  .containsExactly("2013-09-01", "2013-09-02");
            });
  }

  @Test
  void origins_giving_different_figures_are_a_contradiction_naming_their_claims() {
    Report a = new Report("a", "2013-09-02");
    a.event("e", "attack").time("2013-09-01").place(NARA).killed(52);
    Report b = new Report("b", "2013-09-02");
    b.event("e", "attack").time("2013-09-01").place(NARA).killed(44);

    Incident incident = Cases.resolve(a, b).get(0);

    List<Contradiction> figures =
        incident.contradictions().stream()
            .filter(c -> c.property() == ClaimProperty.KILLED)
            .toList();
    assertThat(figures)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.summary()).isEqualTo("killed: 52 (1 origin) or 44 (1 origin)");
              assertThat(c.sides())
                  .extracting(Contradiction.Side::value)
                  .containsExactly("52", "44");
            });
  }

  @Test
  void agreeing_sources_contradict_nothing() {
    Report a = new Report("a", "2013-09-02");
    a.event("e", "attack").time("2013-09-01T06:00").place(NARA).killed(52);
    Report b = new Report("b", "2013-09-02");
    b.event("e", "attack").time("2013-09-01").place(NARA).killed(52);

    assertThat(Cases.resolve(a, b).get(0).contradictions()).isEmpty();
  }
}
