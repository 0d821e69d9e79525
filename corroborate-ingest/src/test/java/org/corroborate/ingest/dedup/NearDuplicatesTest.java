package org.corroborate.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

  @Test
  void texts_are_near_duplicates_from_a_similarity_of_four_fifths() {
    assertThat(NearDuplicates.isNearDuplicate(0.8)).isTrue();
    assertThat(NearDuplicates.isNearDuplicate(1.0)).isTrue();
    assertThat(NearDuplicates.isNearDuplicate(0.79)).isFalse();
  }

  @Test
  void a_similarity_outside_zero_to_one_is_a_caller_bug() {
    assertThatThrownBy(() -> NearDuplicates.isNearDuplicate(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[0, 1]")
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> NearDuplicates.isNearDuplicate(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
