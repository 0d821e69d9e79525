package org.corroborate.nlp.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.corroborate.nlp.quantity.VagueConventions.Convention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VagueConventionsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # phrase    | low     | high | estimate
          tens        | 10      |      | 10
          dozens      | 12      |      | 12
          hundreds    | 100     |      | 100
          thousands   | 1000    |      | 1000
          millions    | 1000000 |      | 1000000
          scores      | 20      |      | 20
          several     | 3       |      | 3
          a few       | 2       |      | 3
          a handful   | 2       |      | 3
          many        | 2       |      |
          numerous    | 2       |      |
          a number of | 2       |      |
          """)
  void defaults_follow_acled_and_the_documented_table(
      String phrase, Long low, Long high, Long estimate) {
    assertThat(VagueConventions.defaults().lookup(phrase))
        .contains(new Convention(low, high, estimate));
  }

  @Test
  void looks_phrases_up_in_any_case_and_spacing() {
    assertThat(VagueConventions.defaults().lookup("  A   Few ")).isPresent();
  }

  @Test
  void overrides_from_configuration_replace_and_add_phrases() {
    VagueConventions c =
        VagueConventions.defaults().withOverrides(Map.of("dozens", "24,,24", "Multiple", "2,,"));

    assertThat(c.lookup("dozens")).contains(new Convention(24L, null, 24L));
    assertThat(c.lookup("multiple")).contains(new Convention(2L, null, null));
    assertThat(c.lookup("hundreds")).contains(new Convention(100L, null, 100L));
  }

  @Test
  void a_malformed_override_names_the_phrase_and_the_expected_form() {
    assertThatThrownBy(() -> VagueConventions.defaults().withOverrides(Map.of("dozens", "12")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'dozens'")
        .hasMessageContaining("low,high,estimate");
    assertThatThrownBy(() -> VagueConventions.defaults().withOverrides(Map.of("dozens", "a,,12")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a whole number");
  }

  @Test
  void an_estimate_outside_its_bounds_is_rejected() {
    assertThatThrownBy(() -> new Convention(24L, null, 12L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("estimate must lie within [low, high]; got 12 outside [24, null]");
    assertThatThrownBy(() -> new Convention(5L, 3L, null))
        .hasMessageContaining("low must be <= high");
    assertThatThrownBy(() -> new Convention(-1L, null, null))
        .hasMessageContaining("low must be non-negative");
  }

  @Test
  void a_phrase_must_be_lower_case_words() {
    assertThatThrownBy(() -> new VagueConventions(Map.of("Dozens", new Convention(12L, null, 12L))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 'Dozens'");
    assertThatThrownBy(
            () -> VagueConventions.defaults().with("a-few", new Convention(2L, null, 3L)))
        .hasMessageContaining("got 'a-few'");
  }

  @Test
  void a_convention_multiplies_by_a_unit() {
    assertThat(new Convention(3L, null, 3L).times(100)).isEqualTo(new Convention(300L, null, 300L));
  }
}
