package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.apache.tika.metadata.Metadata;
import org.corroborate.model.DateOrigin;
import org.corroborate.model.PublicationDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDateFinderTest {

  private final PublicationDateFinder finder = new PublicationDateFinder();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "September 1, 2015 — Shelling resumed.|2015-09-01|September 1, 2015",
        "Lirac, 1 September 2015. Shelling resumed.|2015-09-01|1 September 2015",
        "Lirac (Sept. 1, 2015) Shelling resumed.|2015-09-01|Sept. 1, 2015",
        "Report 2015-09-01: shelling resumed.|2015-09-01|2015-09-01",
        "Tuesday, 1st September 2015. Shelling resumed.|2015-09-01|Tuesday, 1st September 2015",
        "Updated 3 Sep 2015 Shelling resumed.|2015-09-03|Updated 3 Sep 2015",
      })
  void a_date_written_near_the_top_is_found_with_its_words(
      String text, LocalDate date, String evidence) {
    assertThat(finder.find(new Metadata(), "text/plain", text))
        .contains(new PublicationDate(date, DateOrigin.TEXT, evidence));
  }

  @Test
  void a_published_date_wins_over_an_earlier_updated_date() {
    String text = "Updated: 4 March 2016\nPublished: 2 March 2016\n\nThe ferry stopped.";

    assertThat(finder.find(new Metadata(), "text/plain", text))
        .contains(
            new PublicationDate(
                LocalDate.of(2016, 3, 2), DateOrigin.TEXT, "Published: 2 March 2016"));
  }

  @Test
  void ambiguous_numeric_dates_and_impossible_dates_are_not_used() {
    String text = "Lirac, 01/09/14. Also 31 February 2015 and 12.03.2015.";

    assertThat(finder.find(new Metadata(), "text/plain", text)).isEmpty();
  }

  @Test
  void a_date_past_the_opening_of_the_text_is_not_taken_for_the_publication_date() {
    String text = "x".repeat(PublicationDateFinder.TEXT_WINDOW) + " 1 September 2015";

    assertThat(finder.find(new Metadata(), "text/plain", text)).isEmpty();
  }

  @Test
  void html_meta_tags_are_read_in_order_of_how_explicit_they_are() {
    Metadata metadata = new Metadata();
    metadata.set("date", "2016-01-05");
    metadata.set("DC.date.issued", "2016-01-04");
    metadata.set("article:published_time", "2016-01-03T23:30:00-05:00");

    assertThat(finder.find(metadata, "text/html", "Published 1 January 2016"))
        .contains(
            new PublicationDate(
                LocalDate.of(2016, 1, 3), DateOrigin.HTML_META, "article:published_time"));
  }

  @Test
  void meta_tag_names_match_whatever_their_case() {
    Metadata metadata = new Metadata();
    metadata.set("dc.DATE.Issued", "2016-01-04");

    assertThat(finder.find(metadata, "text/html", "").map(PublicationDate::evidence))
        .contains("DC.date.issued");
  }

  @Test
  void file_metadata_gives_the_creation_date_under_its_key() {
    Metadata metadata = new Metadata();
    metadata.set("dcterms:modified", "2019-05-05T10:00:00Z");
    metadata.set("dcterms:created", "2015-09-01T09:00:00Z");

    assertThat(finder.find(metadata, "application/pdf", ""))
        .contains(
            new PublicationDate(
                LocalDate.of(2015, 9, 1), DateOrigin.FILE_METADATA, "dcterms:created"));
  }

  @Test
  void file_metadata_keys_are_not_read_as_html_meta_tags_nor_the_reverse() {
    Metadata metadata = new Metadata();
    metadata.set("dcterms:created", "2015-09-01T09:00:00Z");
    metadata.set("article:published_time", "2016-01-03");

    assertThat(finder.find(metadata, "text/html", "").map(PublicationDate::origin))
        .contains(DateOrigin.HTML_META);
    assertThat(finder.find(metadata, "application/pdf", "").map(PublicationDate::origin))
        .contains(DateOrigin.FILE_METADATA);
  }

  @Test
  void nothing_found_is_empty() {
    assertThat(finder.find(new Metadata(), "text/plain", "No date here."))
        .isEqualTo(Optional.empty());
  }
}
