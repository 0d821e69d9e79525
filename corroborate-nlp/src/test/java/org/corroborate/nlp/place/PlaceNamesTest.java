package org.corroborate.nlp.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {

  @Test
  void keys_fold_case_diacritics_apostrophes_and_punctuation() {
    assertThat(PlaceNames.key("Sant Julià de Lòria")).isEqualTo("sant julia de loria");
    assertThat(PlaceNames.key("Ba'qubah")).isEqualTo("baqubah");
    assertThat(PlaceNames.key("Ba’qubah")).isEqualTo("baqubah");
    assertThat(PlaceNames.key("Al-Hasakah")).isEqualTo("al hasakah");
    assertThat(PlaceNames.key("  U.S. ")).isEqualTo("u s");
    assertThat(PlaceNames.key("Łódź")).isEqualTo("lodz");
    assertThat(PlaceNames.key("Tromsø")).isEqualTo("tromso");
  }

  @Test
  void one_edit_means_one_insertion_deletion_substitution_or_swap() {
    assertThat(PlaceNames.withinOneEdit("asfraf", "ashraf")).isTrue();
    assertThat(PlaceNames.withinOneEdit("ashraff", "ashraf")).isTrue();
    assertThat(PlaceNames.withinOneEdit("ashaf", "ashraf")).isTrue();
    assertThat(PlaceNames.withinOneEdit("ashrfa", "ashraf")).isTrue();
    assertThat(PlaceNames.withinOneEdit("asfrff", "ashraf")).isFalse();
    assertThat(PlaceNames.withinOneEdit("ashr", "ashraf")).isFalse();
  }
}
