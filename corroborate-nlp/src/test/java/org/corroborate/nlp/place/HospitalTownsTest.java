package org.corroborate.nlp.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HospitalTownsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "He was taken to St. Vincent Hospital in Orlen. | Orlen | true",
        "Both were flown to the trauma center at Velmora. | Velmora | true",
        "She died at a hospital in Orlen on Friday. | Orlen | true",
        "A man was shot in Orlen and died at a hospital. | Orlen | false",
        "Police in Orlen said the clinic was closed. | Orlen | false"
      })
  void a_town_right_after_a_hospital_is_the_hospitals(String text, String town, boolean hers) {
    assertThat(HospitalTowns.at(text, text.indexOf(town))).isEqualTo(hers);
  }
}
