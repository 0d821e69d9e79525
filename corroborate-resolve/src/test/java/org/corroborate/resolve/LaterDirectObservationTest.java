package org.corroborate.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.model.Figure;
import org.corroborate.model.SourceKind;
import org.junit.jupiter.api.Test;

class LaterDirectObservationTest {

  @Test
  void a_un_count_is_a_direct_observation() {
    Report un = new Report("un", "2013-09-03", SourceKind.UN);
    un.event("e", "attack").killed(52);
    Report news = new Report("news", "2013-09-01");
    news.event("e", "attack").killed(44);
    LaterDirectObservation rule = new LaterDirectObservation(Fixtures.documents(un, news));

    assertThat(rule.isDirect(un.claims().get(0))).isTrue();
    assertThat(rule.isDirect(news.claims().get(0))).isFalse();
  }

  @Test
  void a_sentence_about_counted_bodies_is_a_direct_observation() {
    Report r = new Report("r", "2013-09-03");
    r.event("e", "attack").quote("Our team counted 52 bodies at the camp.").killed(52);

    assertThat(new LaterDirectObservation(Fixtures.documents(r)).isDirect(r.claims().get(0)))
        .isTrue();
  }

  @Test
  void between_equally_corroborated_values_the_direct_observation_wins_over_the_early_estimate() {
    Report early = new Report("early", "2013-09-01");
    early.event("e", "attack").killed(44);
    Report team = new Report("team", "2013-09-03", SourceKind.UN);
    team.event("e", "attack").killed(52);

    Figure f = Fixtures.killed(early, team);

    assertThat(f.best()).isEqualTo(52);
    assertThat(f.contested()).isTrue();
  }

  @Test
  void between_direct_observers_the_later_count_wins() {
    Report first = new Report("first", "2013-09-02", SourceKind.UN);
    first.event("e", "attack").killed(52);
    Report recount = new Report("recount", "2013-09-05", SourceKind.UN);
    recount.event("e", "attack").killed(48);

    assertThat(Fixtures.killed(first, recount).best()).isEqualTo(48);
  }

  @Test
  void without_a_direct_observer_the_larger_count_wins_whenever_it_was_published() {
    Report early = new Report("early", "2013-09-01");
    early.event("e", "attack").killed(52);
    Report later = new Report("later", "2013-09-04");
    later.event("e", "attack").killed(44);

    Figure f = Fixtures.killed(early, later);

    assertThat(f.best()).isEqualTo(52);
    assertThat(f.low()).isEqualTo(44);
    assertThat(f.contested()).isTrue();
  }

  @Test
  void more_origins_outweigh_a_direct_observation() {
    Report a = new Report("a", "2013-09-01");
    a.event("e", "attack").killed(44);
    Report b = new Report("b", "2013-09-01");
    b.event("e", "attack").killed(44);
    Report un = new Report("un", "2013-09-03", SourceKind.UN);
    un.event("e", "attack").killed(52);

    assertThat(Fixtures.killed(a, b, un).best()).isEqualTo(44);
  }
}
