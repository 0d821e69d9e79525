package org.corroborate.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentences about fictional people, the bracketed time dating an arrest, a charge or a hearing. */
class LegalStepsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Dana Orlen, 24, was charged [Wednesday] with murder.",
        "The suspect was arrested in Velmora on [Friday] after a month on the run.",
        "Okonjo appeared in court [Monday] on two counts of assault.",
        "He was sentenced [Tuesday afternoon] to 12 years.",
        "She pleaded not guilty on [March 3] to all charges.",
        "The teenager was taken into custody [late Sunday].",
        "Police said the man turned himself in [Saturday morning]."
      })
  void a_date_right_after_an_arrest_charge_or_hearing_is_its_date(String sentence) {
    assertThat(dates(sentence)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Two men were shot [Wednesday] night outside a bar.",
        "Two brothers have been charged in [Sunday]'s shooting in Millbrook.",
        "A man was arrested. The shooting happened on [Friday] near the school.",
        "Police said the victim was wounded [Tuesday] in Larchmere."
      })
  void a_date_of_the_violence_is_not(String sentence) {
    assertThat(dates(sentence)).isFalse();
  }

  @Test
  void the_verb_must_stand_close_before_the_date() {
    assertThat(
            dates(
                "He was arrested after a long chase through the fields near Kesterby on [Friday]."))
        .isFalse();
  }

  private static boolean dates(String bracketed) {
    int start = bracketed.indexOf('[');
    int end = bracketed.indexOf(']') - 1;
    String text = bracketed.replace("[", "").replace("]", "");
    return LegalSteps.dates(text, start, end);
  }
}
