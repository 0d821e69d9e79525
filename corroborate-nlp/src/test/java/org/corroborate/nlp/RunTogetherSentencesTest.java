package org.corroborate.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunTogetherSentencesTest {

  @Test
  void a_full_stop_run_into_the_next_sentence_becomes_a_line_break_of_the_same_length() {
    String text = "Two men were shot in Orlen.They were taken to Millbrook General.";

    String masked = RunTogetherSentences.mask(text);

    assertThat(masked)
        .hasSameSizeAs(text)
        .isEqualTo("Two men were shot in Orlen\nThey were taken to Millbrook General.");
  }

  @Test
  void addresses_titles_and_initials_keep_their_stops() {
    String text =
        "Tips go to www.OrlenPolice.org or to adaeze.Okonjo@velmora.org, said Sgt.Okonjo of"
            + " St.Louis and Mrs.Adaeze. He spoke to Dr.Orlen.";

    assertThat(RunTogetherSentences.mask(text)).isEqualTo(text);
  }

  @Test
  void a_text_with_spaces_after_its_stops_is_unchanged() {
    String text = "One man was killed. Police said. The end.";

    assertThat(RunTogetherSentences.mask(text)).isSameAs(text);
  }
}
