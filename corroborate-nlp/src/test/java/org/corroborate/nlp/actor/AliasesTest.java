package org.corroborate.nlp.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How written names fold and when two may be the same actor. */
class AliasesTest {

  @Test
  void case_diacritics_and_apostrophes_fold_away() {
    assertThat(Aliases.key("Velmoran PEOPLE’S Union"))
        .isEqualTo(Aliases.key("velmoran peoples union"));
    assertThat(Aliases.key("Ṭārek Vāsnī")).isEqualTo(Aliases.key("Tarek Vasni"));
  }

  @Test
  void the_arabic_article_and_a_leading_the_fold_away() {
    assertThat(Aliases.key("al-Vasni")).isEqualTo(Aliases.key("Vasni"));
    assertThat(Aliases.key("Al Vasni")).isEqualTo(Aliases.key("Vasni"));
    assertThat(Aliases.key("Tarek al-Vasni")).isEqualTo(Aliases.key("Tarek Vasni"));
    assertThat(Aliases.key("the Tarvan Army")).isEqualTo(Aliases.key("Tarvan Army"));
  }

  @Test
  void hyphens_are_word_breaks() {
    assertThat(Aliases.key("Ittehad-e Mardom")).isEqualTo(Aliases.key("Ittehad e Mardom"));
  }

  @Test
  void transliteration_variants_of_vowels_share_a_key() {
    assertThat(Aliases.key("Mojahedin")).isEqualTo(Aliases.key("Mujahedin"));
    assertThat(Aliases.key("Mujahedeen")).isEqualTo(Aliases.key("Mujahedin"));
    assertThat(Aliases.key("Nouri")).isEqualTo(Aliases.key("Nuri"));
    assertThat(Aliases.key("Qods Brigade")).isEqualTo(Aliases.key("Quds Brigade"));
  }

  @Test
  void different_consonants_keep_names_apart() {
    assertThat(Aliases.key("Kastrin")).isNotEqualTo(Aliases.key("Kastrim"));
    assertThat(Aliases.sameActor("Velmora", "Ardan")).isFalse();
  }

  @Test
  void one_typo_is_forgiven_in_names_of_six_letters_or_more() {
    assertThat(Aliases.sameActor("Kastrin Council", "Kastrim Council")).isTrue();
    assertThat(Aliases.sameActor("Velmoran", "Velmorran")).isTrue();
    assertThat(Aliases.sameActor("Muhammad Vasni", "Mohammed Vasni")).isTrue();
  }

  @Test
  void short_names_must_match_exactly() {
    assertThat(Aliases.sameActor("Dask", "Dusk")).isFalse();
    assertThat(Aliases.sameActor("Marr", "Mars")).isFalse();
  }

  @Test
  void two_typos_are_two_names() {
    assertThat(Aliases.sameActor("Kastrin Council", "Kastrom Council")).isFalse();
  }

  @Test
  void an_acronym_is_the_same_actor_as_its_expansion() {
    assertThat(Aliases.sameActor("VPUA", "Velmoran People’s Union of Ardan")).isTrue();
    assertThat(Aliases.sameActor("the Velmoran People's Union of Ardan", "VPUA")).isTrue();
    assertThat(Aliases.sameActor("IM", "Ittehad-e Mardom")).isFalse();
    assertThat(Aliases.sameActor("IEM", "Ittehad-e Mardom")).isTrue();
    assertThat(Aliases.sameActor("N.A.M.K.", "Northern Assistance Mission for Kastria")).isTrue();
    assertThat(Aliases.sameActor("NAMK", "Northern Assistance Mission in Kastria")).isTrue();
    assertThat(Aliases.sameActor("VPU", "Velmoran People’s Union of Ardan")).isFalse();
  }

  @Test
  void two_acronyms_are_compared_as_names() {
    assertThat(Aliases.sameActor("NAMK", "NAMK")).isTrue();
    assertThat(Aliases.sameActor("NAMK", "NAMO")).isFalse();
  }

  @Test
  void initials_skip_small_words_and_count_hyphenated_parts() {
    assertThat(Aliases.initials("Velmoran People’s Union of Ardan")).isEqualTo("VPUA");
    assertThat(Aliases.initials("Ittehad-e Mardom")).isEqualTo("IEM");
    assertThat(Aliases.initials("Office for the Relief of Kastria")).isEqualTo("ORK");
  }

  @Test
  void empty_names_are_nobody() {
    assertThat(Aliases.sameActor("", "")).isFalse();
    assertThat(Aliases.sameActor("the", "al")).isFalse();
  }
}
