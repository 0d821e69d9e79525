package org.corroborate.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateOrdersTest {

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The list of 13/09/2014 was revised on 01/09/14.          | MONTH_FIRST | DAY_FIRST
          Kesterby was shelled on 31/08 and again on 01/09.        | MONTH_FIRST | DAY_FIRST
          Kesterby was shelled on 09/13 and again on 01/09.        | DAY_FIRST   | MONTH_FIRST
          Orlen was shelled 9/13/2014 and 10/1/2014.               | DAY_FIRST   | MONTH_FIRST
          Orlen fell on 1 September 2013; the list is of 01/09/14. | MONTH_FIRST | DAY_FIRST
          Orlen fell on September 1, 2013; the list is 01/09/14.   | DAY_FIRST   | MONTH_FIRST
          The September 1 raid on Orlen; the list is 01/09/14.     | DAY_FIRST   | DAY_FIRST
          The September 1 raid on Orlen; the list is 01/09/14.     | MONTH_FIRST | MONTH_FIRST
          Aid is needed 24/7 in Kesterby; the list is 01/09/14.    | MONTH_FIRST | MONTH_FIRST
          """)
  void unambiguous_numeric_dates_decide_then_written_dates_with_a_year_then_the_fallback(
      String text, DateOrder fallback, DateOrder expected) {
    assertThat(DateOrders.decide(text, fallback)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          On 13/09/2014 and 14/09/2014, then on 9/15/2014.                    | DAY_FIRST
          On 1 September 2013 and 2 September 2013, and on 9/15/2014.         | MONTH_FIRST
          """)
  void numeric_evidence_outweighs_written_dates(String text, DateOrder expected) {
    DateOrder other = expected == DateOrder.DAY_FIRST ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
    assertThat(DateOrders.decide(text, other)).isEqualTo(expected);
  }
}
