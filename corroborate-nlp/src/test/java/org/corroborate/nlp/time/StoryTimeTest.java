package org.corroborate.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StoryTimeTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2015, 9, 1);

  @Test
  void an_anniversary_article_is_about_the_year_its_full_dates_name() {
    String text =
        """
        Tuesday marks the second anniversary of the raid on Marrow Ford.
        Gunmen killed forty people in the raid of 1 September 2013.
        On 19 September 2013 the mission named the dead; on 2 October 2013 it left.
        A book on the raid was published in June 2015.
        """;
    assertThat(StoryTime.infer(text, PUBLISHED)).isEqualTo(2013);
  }

  @Test
  void dates_in_the_first_paragraphs_near_event_words_outweigh_later_asides() {
    String text =
        """
        Gunmen attacked Orlen on 4 March 2019, killing twelve.
        The camp had been calm.
        Nobody answered.
        A school opened in 2014, a clinic in 2014, a road in 2015.
        """;
    assertThat(StoryTime.infer(text, LocalDate.of(2021, 1, 1))).isEqualTo(2019);
  }

  @Test
  void years_after_publication_are_no_part_of_the_story() {
    String text = "Gunmen attacked Orlen in 2012. Update of 01/09/2016 and 3 May 2016: a report.";
    assertThat(StoryTime.infer(text, PUBLISHED)).isEqualTo(2012);
  }

  @Test
  void a_text_without_a_written_year_has_no_story_year() {
    assertThat(StoryTime.infer("Gunmen attacked Orlen on Tuesday, September 3.", PUBLISHED))
        .isNull();
  }

  @Test
  void a_year_written_in_passing_is_no_story_year() {
    String text =
        """
        Police said a man was shot on July 9 near the Orlen park.
        The mayor spoke to reporters.
        The council met.
        The city tallied 219 people shot this year, compared to 192 in 2012.
        """;
    assertThat(StoryTime.infer(text, LocalDate.of(2013, 7, 18))).isNull();
  }
}
