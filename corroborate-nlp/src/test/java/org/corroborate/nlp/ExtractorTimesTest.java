package org.corroborate.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.model.Span;
import org.corroborate.model.TimeMention;
import org.corroborate.model.TimePrecision;
import org.corroborate.model.TimeValue;
import org.junit.jupiter.api.Test;

/** How the extraction stage writes times in the flat mention form. */
class ExtractorTimesTest {

  private static final TimeValue THURSDAY = new TimeValue("2021-03-04", TimePrecision.DAY, false);

  @Test
  void the_date_of_a_statement_says_so_in_its_note() {
    TimeMention said = new TimeMention(new Span(12, 20), "Thursday", THURSDAY, "", true);
    assertThat(Extractor.note(said, false)).isEqualTo(TimeMention.OF_STATEMENT);
  }

  @Test
  void a_statements_date_keeps_what_its_note_already_said() {
    TimeMention said =
        new TimeMention(new Span(12, 20), "Thursday", THURSDAY, "4 March 2021 is a Thursday", true);
    assertThat(Extractor.note(said, false))
        .isEqualTo("4 March 2021 is a Thursday; " + TimeMention.OF_STATEMENT);
  }

  @Test
  void the_date_of_an_event_keeps_its_note() {
    TimeMention shot = new TimeMention(new Span(41, 49), "Thursday", THURSDAY, "", false);
    assertThat(Extractor.note(shot, false)).isEmpty();
  }

  @Test
  void the_date_of_an_arrest_or_a_hearing_says_so_in_its_note() {
    TimeMention charged = new TimeMention(new Span(26, 34), "Thursday", THURSDAY, "", false);
    assertThat(Extractor.note(charged, true)).isEqualTo(TimeMention.OF_LEGAL_STEP);
  }
}
