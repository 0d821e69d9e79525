package org.corroborate.nlp.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PublisherRegionsTest {

  private static PlaceFinder finder;

  @BeforeAll
  static void load() {
    finder = new PlaceFinder(Gazetteer.load(), Set.of("US"));
  }

  @Test
  void a_publisher_is_the_host_of_a_reports_address_or_of_its_archived_original() {
    assertThat(PublisherRegions.publisherOf("https://www.orlen-herald.example/news/1"))
        .isEqualTo("orlen-herald.example");
    assertThat(
            PublisherRegions.publisherOf(
                "http://web.archive.org/web/20160924093615/http://www.Velmora-News.example:80/a"))
        .isEqualTo("velmora-news.example");
    assertThat(PublisherRegions.publisherOf("report.pdf")).isNull();
    assertThat(PublisherRegions.publisherOf(null)).isNull();
  }

  @Test
  void a_publisher_most_of_whose_reports_are_from_one_region_reports_from_it() {
    PublisherRegions regions = new PublisherRegions(finder);
    String site = "http://chicago-daily.example/";
    regions.add(
        site + "1", "CHICAGO — Two men were shot in Chicago on Sunday, Chicago police said.");
    regions.add(site + "2", "A woman was wounded in Evanston, Illinois, on Monday.");
    regions.add(site + "3", "Chicago police said a boy was shot on the South Side.");
    regions.add(site + "4", "A man was shot in Gary, Indiana.");
    String mixed = "http://wire.example/";
    regions.add(mixed + "1", "A man was shot in Dallas, Texas.");
    regions.add(mixed + "2", "A man was shot in Chicago, Illinois.");
    regions.add(mixed + "3", "A man was shot in Memphis, Tennessee.");
    regions.add("http://small.example/1", "A man was shot in Dallas, Texas.");

    assertThat(regions.regions())
        .containsExactlyEntriesOf(Map.of("chicago-daily.example", "US/Illinois"));
  }

  @Test
  void a_bare_name_in_a_report_of_a_publisher_elsewhere_is_the_publishers_namesake() {
    String text = "Two boys were shot in Englewood on Sunday night, police said.";
    assertThat(finder.inDocument(text))
        .extracting(m -> m.place().admin1())
        .containsExactly("Colorado");
    assertThat(finder.inDocument(text, "US/Illinois"))
        .as("the Chicago neighbourhood, not the Denver suburb")
        .extracting(m -> m.place().admin1())
        .containsExactly("Illinois");
    assertThat(finder.inDocument("Two boys were shot in Denver, Colorado.", "US/Illinois"))
        .as("a town its report names with its state stands")
        .extracting(m -> m.place().admin1())
        .containsOnly("Colorado");
  }
}
