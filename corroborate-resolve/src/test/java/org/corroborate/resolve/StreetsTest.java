package org.corroborate.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.resolve.Cases.MILLBROOK;
import static org.corroborate.resolve.Cases.resolve;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.model.Incident;
import org.junit.jupiter.api.Test;

class StreetsTest {

  @Test
  void streets_are_keyed_by_their_own_name_without_direction_or_kind() {
    assertThat(
            Streets.of(
                "Officers went to the 5100 block of Palm in Millbrook, then to Goff Street and to"
                    + " West 53rd Street, near 16th Avenue North and Newton Avenue."))
        .containsExactlyInAnyOrder("palm", "goff", "53rd", "16th", "newton");
    assertThat(Streets.of("The 1400 block of N. Sedgwick St. was closed."))
        .containsExactly("sedgwick");
    assertThat(Streets.of("Police in Millbrook said two men were shot on Sunday.")).isEmpty();
    assertThat(
            Streets.of(
                "He appeared in Millbrook Municipal Court and the Orlen County Circuit Court, and"
                    + " the United Way helped; the shooting was on State Street."))
        .as("courts of law and a charity are no streets")
        .containsExactly("state");
    assertThat(Streets.of("at MLK Drive")).isEqualTo(Streets.of("on Martin Luther King Avenue"));
  }

  @Test
  void reports_stand_apart_by_streets_only_when_both_name_some_and_share_none() {
    Map<String, Set<String>> streets =
        Map.of(
            "a", Set.of("palm"), "b", Set.of("goff"), "c", Set.of("goff", "palm"), "d", Set.of());

    assertThat(Streets.between(List.of("a"), List.of("b"), streets))
        .isEqualTo(Streets.Relation.APART);
    assertThat(Streets.between(List.of("a", "b"), List.of("c"), streets))
        .isEqualTo(Streets.Relation.SHARED);
    assertThat(Streets.between(List.of("a"), List.of("d"), streets))
        .isEqualTo(Streets.Relation.UNKNOWN);
  }

  @Test
  void a_long_street_name_misspelt_by_one_letter_is_the_same_street() {
    Map<String, Set<String>> streets =
        Map.of(
            "release", Set.of("larchwood"),
            "news", Set.of("larchwod"),
            "other", Set.of("larchmere"),
            "short", Set.of("elm"),
            "shorter", Set.of("elk"));

    assertThat(Streets.between(List.of("release"), List.of("news"), streets))
        .isEqualTo(Streets.Relation.SHARED);
    assertThat(Streets.between(List.of("release"), List.of("other"), streets))
        .isEqualTo(Streets.Relation.APART);
    assertThat(Streets.between(List.of("short"), List.of("shorter"), streets))
        .as("short names differ by a letter as often as not")
        .isEqualTo(Streets.Relation.APART);
    assertThat(Streets.misspelt("mountainwood", "moutainwood")).isTrue();
    assertThat(Streets.misspelt("mountainwood", "mountainwoods")).isTrue();
    assertThat(Streets.misspelt("mountainwood", "mountainward")).isFalse();
  }

  @Test
  void two_shootings_a_day_apart_in_one_town_on_different_streets_stay_two_incidents() {
    Report first = shotOnOrchardStreet();
    Report second =
        shooting(
            "second", "2016-04-21", "A woman was wounded on Quarry Lane overnight.", "2016-04-20");
    Report again =
        shooting(
            "again",
            "2016-04-22",
            "The man shot on Orchard Street on Tuesday has been released.",
            "2016-04-19");

    List<Incident> incidents = resolve(first, second, again);

    assertThat(incidents)
        .extracting(i -> Set.copyOf(i.documents()))
        .containsExactlyInAnyOrder(Set.of(first.id(), again.id()), Set.of(second.id()));
  }

  @Test
  void a_report_of_the_same_street_days_later_joins_on_the_looser_terms_of_shared_names() {
    Report first = shotOnOrchardStreet();
    Report later =
        shooting(
            "later",
            "2016-04-25",
            "Police said the shooting on Orchard Street happened last Monday.",
            "2016-04-25");

    assertThat(resolve(first, later)).singleElement();
  }

  /** The first report of a man shot on Orchard Street in Millbrook on 19 April 2016. */
  private static Report shotOnOrchardStreet() {
    return shooting(
        "first", "2016-04-20", "A man was shot in the 2700 block of Orchard Street.", "2016-04-19");
  }

  /**
   * A report of one person hurt in Millbrook, published and dated as given, naming what it says.
   */
  private static Report shooting(String name, String published, String text, String day) {
    Report r = new Report(name, published).naming(text);
    r.event("e", "shooting").time(day).place(MILLBROOK).injured(1);
    return r;
  }
}
