package org.corroborate.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.resolve.Cases.MILLBROOK;
import static org.corroborate.resolve.Cases.resolve;
import static org.corroborate.resolve.Report.bounded;

import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Figure;
import org.corroborate.model.FigureSource;
import org.corroborate.model.Quantity;
import org.corroborate.model.Span;
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

  @Test
  void people_shot_in_a_report_that_counts_no_dead_less_the_incidents_dead_are_the_injured() {
    Report early = new Report("early", "2016-05-02");
    early.event("e", "shooting").time("2016-05-01").place(MILLBROOK).trigger("shot").injured(5);
    Report later = new Report("later", "2016-05-03");
    later.event("e", "killing").time("2016-05-01").place(MILLBROOK).killed(1);
    later
        .event("f", "shooting")
        .quote("A man seen at the scene was shot as well, police said.")
        .figure(ClaimProperty.INJURED, bounded(1L, null, 1));

    Report aside = new Report("aside", "2016-05-03");
    aside.event("e", "shooting").time("2016-05-01").place(MILLBROOK);
    aside
        .event("f", "shooting")
        .quote("He was shot in the chest.")
        .figure(ClaimProperty.INJURED, bounded(1L, null, 1));

    Figure injured = resolve(early, later).get(0).figures().get(ClaimProperty.INJURED);
    Figure told = resolve(later, aside).get(0).figures().get(ClaimProperty.INJURED);

    assertThat(injured.best()).isEqualTo(4);
    assertThat(injured.sources())
        .filteredOn(s -> s.claim().document().equals(early.id()))
        .singleElement()
        .satisfies(s -> assertThat(s.note()).contains("of whom the incident counts 1 killed"));
    assertThat(told.best()).as("he was shot, in an incident of one dead").isZero();
  }

  /** A report of one dead in Millbrook, to which a test adds what else it tells. */
  private static Report oneDead(String id) {
    Report r = new Report(id, "2016-05-02");
    r.event("e", "shooting").time("2016-05-01").place(MILLBROOK).killed(1);
    return r;
  }

  /** A report of one dead and of a person told of before who was shot, in these words. */
  private static Report oneDeadAndOneShot(String id, String quote) {
    Report r = oneDead(id);
    r.event("f", "shooting").quote(quote).figure(ClaimProperty.INJURED, bounded(1L, null, 1));
    return r;
  }

  @Test
  void a_person_told_of_before_counts_as_none_injured_in_a_report_of_deaths() {
    Report a = oneDeadAndOneShot("a", "He was shot in the chest.");
    Report b = new Report("b", "2016-05-02");
    b.event("e", "shooting").time("2016-05-01").place(MILLBROOK);
    b.event("f", "shooting")
        .quote("She was shot in the leg.")
        .figure(ClaimProperty.INJURED, bounded(1L, null, 1));

    Figure injured = resolve(a).get(0).figures().get(ClaimProperty.INJURED);

    assertThat(injured.best()).isZero();
    assertThat(injured.sources()).singleElement().satisfies(s -> assertThat(s.countsAs()).isZero());
    assertThat(resolve(b).get(0).figures().get(ClaimProperty.INJURED).best())
        .as("a report that counts no dead")
        .isEqualTo(1);
  }

  @Test
  void people_told_of_as_alive_or_as_others_are_none_of_the_dead() {
    Report a = new Report("a", "2016-05-02");
    a.event("f", "shooting")
        .quote("Another woman who was shot went to a hospital.")
        .figureWritten(ClaimProperty.INJURED, Quantity.exact(new Span(0, 13), "Another woman", 1));
    a.event("e", "shooting").time("2016-05-01").place(MILLBROOK).killed(3);
    Report b = oneDeadAndOneShot("b", "She was shot and is in stable condition.");
    Report c =
        oneDeadAndOneShot(
            "c", "A teen is recovering from his injuries after he was shot on Friday.");
    Report d =
        oneDeadAndOneShot(
            "d", "Her son was shot in the arm and suffered non-life-threatening injuries.");

    assertThat(resolve(a).get(0).figures().get(ClaimProperty.INJURED).best()).isEqualTo(1);
    assertThat(resolve(b).get(0).figures().get(ClaimProperty.INJURED).best()).isEqualTo(1);
    assertThat(resolve(c).get(0).figures().get(ClaimProperty.INJURED).best()).isEqualTo(1);
    assertThat(resolve(d).get(0).figures().get(ClaimProperty.INJURED).best()).isEqualTo(1);
  }

  @Test
  void people_shot_besides_the_dead_are_others_unless_the_sentence_kills_one_of_them() {
    Report besides =
        threeOthersShot("besides", "A gunman killed one man and shot three others in Millbrook.");
    Report among =
        threeOthersShot("among", "The gunman shot three other guards at the gate, killing one.");

    assertThat(resolve(besides).get(0).figures().get(ClaimProperty.INJURED).best()).isEqualTo(3);
    assertThat(resolve(among).get(0).figures().get(ClaimProperty.INJURED).best()).isEqualTo(2);
  }

  private static Report threeOthersShot(String id, String quote) {
    Report r = oneDead(id);
    r.event("e", "shooting")
        .trigger("shot")
        .quote(quote)
        .figureWritten(ClaimProperty.INJURED, Quantity.exact(new Span(0, 5), "three", 3));
    return r;
  }

  @Test
  void a_person_found_with_a_wound_in_a_report_of_one_dead_is_the_dead() {
    Report r = oneDead("r");
    r.event("f", "attack")
        .trigger("wound")
        .quote("Officers found a man with a gunshot wound in Millbrook.")
        .injured(1);

    assertThat(resolve(r).get(0).figures().get(ClaimProperty.INJURED).best()).isZero();
  }

  @Test
  void a_victim_numbered_in_order_counts_the_hit_less_the_dead_even_when_alive() {
    Report r = oneDead("r");
    r.event("f", "shooting")
        .trigger("grazed")
        .quote("A fourth victim was grazed in the arm.")
        .figureWritten(
            ClaimProperty.INJURED, Quantity.atLeast(new Span(0, 15), "A fourth victim", 4));

    Figure injured = resolve(r).get(0).figures().get(ClaimProperty.INJURED);

    assertThat(injured.best()).isEqualTo(3);
    assertThat(injured.high()).isEqualTo(3);
    assertThat(injured.sources())
        .singleElement()
        .satisfies(s -> assertThat(s.note()).contains("4 hit"));
  }
}
