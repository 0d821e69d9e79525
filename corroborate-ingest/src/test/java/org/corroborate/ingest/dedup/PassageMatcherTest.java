package org.corroborate.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PassageMatcherTest {

  /** A fictional statement of 30 words, as an observer mission might issue it. */
  private static final String STATEMENT =
      "The mission observed the bodies of eleven traders and four children in the ruins of the"
          + " Varnholt market and calls on all parties to allow independent investigators into the"
          + " district";

  private final PassageMatcher matcher = new PassageMatcher();

  @Test
  void a_quoted_statement_repeated_in_two_reports_is_one_shared_passage() {
    String first =
        "On Tuesday the observer mission said: “" + STATEMENT + ".” The militia denied it.";
    String second =
        "Residents of Ostrava Nova, citing the mission, wrote that " + STATEMENT + ", and fled.";

    List<SharedPassage> passages = matcher.match(first, second, PassageMatcher.MIN_WORDS);

    assertThat(passages).hasSize(1);
    SharedPassage passage = passages.get(0);
    assertThat(passage.inA().of(first)).isEqualTo(STATEMENT);
    assertThat(passage.inB().of(second)).isEqualTo(STATEMENT);
    assertThat(passage.words()).isEqualTo(30);
  }

  @Test
  void case_punctuation_line_breaks_and_curly_apostrophes_do_not_hide_a_passage() {
    String first = "Intro. " + STATEMENT + " — the mission’s words.";
    String second =
        STATEMENT.toUpperCase(Locale.ROOT).replace(" ", ",\n ") + " — THE MISSION'S WORDS";

    List<SharedPassage> passages = matcher.match(first, second, PassageMatcher.MIN_WORDS);

    assertThat(passages).singleElement().extracting(SharedPassage::words).isEqualTo(33);
  }

  @Test
  void a_shared_run_shorter_than_the_minimum_is_not_a_passage() {
    String shared = "the bodies of eleven traders and four children in the ruins";
    String first = "Observers counted " + shared + " on Monday.";
    String second = "Nobody saw " + shared + " before the shelling.";

    assertThat(matcher.match(first, second, PassageMatcher.MIN_WORDS)).isEmpty();
    assertThat(matcher.match(first, second, 11))
        .singleElement()
        .extracting(SharedPassage::words)
        .isEqualTo(11);
  }

  @Test
  void passages_are_reported_in_the_order_of_the_first_text_and_never_overlap() {
    String other =
        "Convoys from Ostrava Nova carried water, flour and medicine through the northern checkpoint"
            + " each night for three weeks while the bridge at Varnholt was closed to all traffic";
    String first = STATEMENT + ". Meanwhile, " + other + ".";
    String second = other + ". Then the mission wrote: " + STATEMENT + ". Again: " + STATEMENT;

    List<SharedPassage> passages = matcher.match(first, second, PassageMatcher.MIN_WORDS);

    assertThat(passages).hasSize(2);
    assertThat(passages.get(0).inA().of(first)).isEqualTo(STATEMENT);
    assertThat(passages.get(1).inA().of(first)).isEqualTo(other);
    assertThat(passages.get(0).inA().end()).isLessThanOrEqualTo(passages.get(1).inA().start());
  }

  @Test
  void a_minimum_below_one_word_is_a_caller_bug() {
    assertThatThrownBy(() -> matcher.match("a", "a", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minWords must be at least 1; got 0");
  }
}
