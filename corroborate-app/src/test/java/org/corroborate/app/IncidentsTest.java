package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.model.Mention;
import org.corroborate.model.SourceKind;
import org.corroborate.model.Span;
import org.corroborate.model.TimeMention;
import org.corroborate.store.DocumentSummary;
import org.junit.jupiter.api.Test;

/** The day a report's lead gives and where it is from, from its stored mentions and address. */
class IncidentsTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 9);

  private static Mention time(int start, String text, String value, String note) {
    return new Mention(
        new Span(start, start + text.length()), Mention.Type.TIME, text, value, note);
  }

  private static Mention place(int start, String text) {
    return new Mention(
        new Span(start, start + text.length()),
        Mention.Type.PLACE,
        text,
        "Millbrook, Ohio, US (40.1000, -83.2000)",
        "geonames:1");
  }

  @Test
  void the_lead_gives_the_day_of_its_first_event_time_in_the_week_before_publication() {
    List<Mention> mentions =
        List.of(
            place(0, "MILLBROOK"),
            time(40, "late Sunday night", "2021-03-07T23 hour approximate", ""),
            time(120, "Monday", "2021-03-08 day", ""));

    assertThat(Incidents.leadDay(mentions, PUBLISHED)).isEqualTo(LocalDate.of(2021, 3, 7));
  }

  @Test
  void the_date_of_a_statement_or_an_arrest_is_not_the_lead_day() {
    List<Mention> mentions =
        List.of(
            time(10, "Monday", "2021-03-08 day", TimeMention.OF_STATEMENT),
            time(50, "Sunday", "2021-03-07 day", TimeMention.OF_LEGAL_STEP),
            time(90, "Saturday", "2021-03-06 day", ""));

    assertThat(Incidents.leadDay(mentions, PUBLISHED)).isEqualTo(LocalDate.of(2021, 3, 6));
  }

  @Test
  void months_older_dates_later_dates_and_times_past_the_lead_give_no_day() {
    List<Mention> mentions =
        List.of(
            time(10, "March 2021", "2021-03 month", ""),
            time(30, "January 5", "2021-01-05 day", ""),
            time(50, "next Friday", "2021-03-12 day", ""),
            time(Incidents.LEAD + 10, "Sunday", "2021-03-07 day", ""));

    assertThat(Incidents.leadDay(mentions, PUBLISHED)).isNull();
  }

  @Test
  void a_report_without_a_publication_date_has_no_lead_day() {
    assertThat(Incidents.leadDay(List.of(time(40, "Sunday", "2021-03-07 day", "")), null)).isNull();
  }

  @Test
  void a_report_whose_dateline_names_only_a_state_is_placed_in_that_state() {
    List<Mention> mentions =
        List.of(
            new Mention(
                new Span(14, 18),
                Mention.Type.PLACE,
                "N.C.",
                "North Carolina, US",
                "geonames:admin1:US.NC"),
            new Mention(
                new Span(400, 407),
                Mention.Type.PLACE,
                "Georgia",
                "Georgia, US",
                "geonames:admin1:US.GA"));

    assertThat(Incidents.documentPlace(mentions)).isEqualTo("North Carolina, US");
    assertThat(Incidents.documentPlace(List.of(place(40, "Millbrook"))))
        .as("a town, where there is one, places the report")
        .startsWith("Millbrook");
  }

  private static DocumentSummary report(String id, String url) {
    return new DocumentSummary(
        id,
        List.of(id + ".txt"),
        "text/plain",
        SourceKind.NEWS,
        Optional.empty(),
        "en",
        100,
        1,
        0,
        null,
        url);
  }

  @Test
  void a_publisher_most_of_whose_placed_reports_are_of_one_town_covers_that_town() {
    String millbrook = "Millbrook, Ohio, US (40.1000, -83.2000)";
    String orlen = "Orlen, Ohio, US (40.3000, -83.1000)";
    List<DocumentSummary> docs =
        List.of(
            report("a", "http://web.archive.org/web/2016/http://www.millbrook-news.example/1"),
            report("b", "https://millbrook-news.example/2"),
            report("c", "https://millbrook-news.example/3"),
            report("d", "https://millbrook-news.example/4"),
            report("e", "https://wire.example/1"),
            report("f", "https://wire.example/2"),
            report("g", "https://wire.example/3"),
            report("h", null));
    Map<String, String> placed =
        Map.of(
            "a", millbrook, "b", millbrook, "c", orlen, "e", millbrook, "f", orlen, "g", orlen, "h",
            orlen);

    assertThat(Incidents.publisherPlaces(docs, placed))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("millbrook-news.example", millbrook, "wire.example", orlen));

    Map<String, String> split = Map.of("a", millbrook, "b", orlen, "c", millbrook, "e", orlen);
    assertThat(Incidents.publisherPlaces(docs, split))
        .as("three placed reports at least, more than half of them of the town")
        .containsExactly(Map.entry("millbrook-news.example", millbrook));
  }
}
