package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantityTest {

  private static final Span SPAN = new Span(0, 2);

  @Test
  void an_amount_bounded_only_below_counts_as_its_bound() {
    Quantity he = Quantity.atLeast(SPAN, "He", 1);

    assertThat(he.kind()).isEqualTo(QuantityKind.BOUNDED);
    assertThat(he.value()).isNull();
    assertThat(he.estimate()).isEqualTo(1L);
    assertThat(he.isAtLeast(1)).isTrue();
    assertThat(he.isAtLeast(2)).isFalse();
  }

  @Test
  void exact_and_closed_amounts_are_not_bounded_only_below() {
    assertThat(Quantity.exact(SPAN, "1", 1).isAtLeast(1)).isFalse();
    assertThat(new Quantity(SPAN, "1 to 3", QuantityKind.BOUNDED, null, 1L, 3L, 2L).isAtLeast(1))
        .isFalse();
  }
}
