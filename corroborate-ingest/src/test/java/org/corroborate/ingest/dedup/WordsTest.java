package org.corroborate.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

class WordsTest {

  private static String[] normalForms(Words words) {
    return IntStream.range(0, words.size()).mapToObj(words::word).toArray(String[]::new);
  }

  @Test
  void words_are_runs_of_letters_and_digits_with_spans_in_the_original_text() {
    String text = "  Varnholt, 12 March — 52 killed!";

    Words words = Words.of(text);

    assertThat(normalForms(words)).containsExactly("varnholt", "12", "march", "52", "killed");
    assertThat(words.span(0)).isEqualTo(new Span(2, 10));
    assertThat(words.span(4).of(text)).isEqualTo("killed");
    assertThat(words.span(1, 4).of(text)).isEqualTo("12 March — 52");
  }

  @Test
  void normal_forms_fold_width_ligatures_case_and_curly_apostrophes() {
    Words words = Words.of("ＡＢＣ ﬁre ÉLAN Maliki’s Maliki's Cafe\u0301 Київ");

    assertThat(normalForms(words))
        .containsExactly("abc", "fire", "élan", "maliki's", "maliki's", "café", "київ");
    assertThat(words.hash(3)).isEqualTo(words.hash(4));
    assertThat(words.span(5).length()).as("the combining accent belongs to its word").isEqualTo(5);
  }

  /** The expected value was computed outside Java: FNV-1a over UTF-16 code units, then fmix64. */
  @Test
  void word_hashes_are_fixed_values_the_same_on_every_jvm() {
    Words words = Words.of("Varnholt varnholt");

    assertThat(words.hash(0)).isEqualTo(words.hash(1)).isEqualTo(-1394288965275790587L);
  }

  @Test
  void an_empty_range_of_words_has_no_span() {
    Words words = Words.of("one two");

    assertThatThrownBy(() -> words.span(1, 1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("non-empty range");
  }
}
