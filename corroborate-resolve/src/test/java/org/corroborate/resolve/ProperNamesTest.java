package org.corroborate.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProperNamesTest {

  @Test
  void capitalised_words_inside_sentences_are_names_lower_cased() {
    assertThat(
            ProperNames.of("Police said Dana Okonjo, 19, was shot on Larchmere Avenue in Fenwick."))
        .containsExactly("dana", "okonjo", "larchmere", "avenue", "fenwick");
  }

  @Test
  void the_first_word_of_a_sentence_or_a_line_is_no_name() {
    assertThat(ProperNames.of("Witnesses heard shots. Neighbours called Okonjo.\nResidents fled."))
        .containsExactly("okonjo");
    assertThat(ProperNames.of("“Nobody expected it,” said Okonjo. “Nobody.”"))
        .containsExactly("okonjo");
  }

  @Test
  void names_after_brackets_hyphens_and_apostrophes_count() {
    assertThat(ProperNames.of("the shooting (Fenwick) near the Okonjo-Baptiste home"))
        .containsExactly("fenwick", "okonjo", "baptiste");
    assertThat(ProperNames.of("it was O'Neill's car, not McKay’s"))
        .containsExactly("o'neill", "mckay");
  }

  @Test
  void acronyms_numbers_and_uncased_scripts_give_nothing() {
    assertThat(ProperNames.of("the UN said 52 died; قال الشاهد إن")).isEmpty();
  }
}
