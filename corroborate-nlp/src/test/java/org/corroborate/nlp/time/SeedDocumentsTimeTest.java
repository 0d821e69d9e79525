package org.corroborate.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corroborate.model.TimeMention;
import org.junit.jupiter.api.Test;

/**
 * The time layer on the real seed documents, read at test time from the shared corpus named by the
 * system property {@code corroborate.shared}; their text never enters the repository, so the
 * assertions locate mentions by their normalised values only.
 */
class SeedDocumentsTimeTest {

  private final Path seeds =
      Path.of(System.getProperty("corroborate.shared", "../../shared"))
          .resolve("corpus")
          .resolve("seeds");

  private final TimeExpressions times = new TimeExpressions();

  @Test
  void an_anniversary_article_published_in_2015_is_about_2013_and_its_bare_dates_are_2013() {
    String text = document("000");
    LocalDate published = published("000");
    assertThat(published).isEqualTo(LocalDate.of(2015, 9, 1));
    Integer story = StoryTime.infer(text, published);
    assertThat(story).isEqualTo(2013);

    List<TimeMention> found = times.find(text, 0, context(text, published, story));
    List<TimeMention> bare =
        found.stream().filter(m -> m.note().contains("no year written")).toList();
    assertThat(bare).isNotEmpty().allMatch(m -> m.value().iso().startsWith("2013-"));
    assertThat(isos(found))
        .contains("2013-09-03", "2013-08-31T24:00", "2013-09-01T06")
        .doesNotContain("2014-09-03", "2015-09-03");
    assertThat(found)
        .anyMatch(
            m -> m.value().iso().equals("2013-09-01") && m.note().startsWith("anniversary: "));
    assertThat(found)
        .filteredOn(m -> m.value().iso().equals("2013-09-01") && m.text().startsWith("Sunday"))
        .hasSize(1)
        .allMatch(m -> !m.note().contains("contradicts"));
  }

  @Test
  void a_weekday_that_contradicts_its_date_is_noted_in_a_2011_blog() {
    String text = document("004");
    LocalDate published = published("004");
    Integer story = StoryTime.infer(text, published);
    assertThat(story).isEqualTo(2011);
    List<TimeMention> found = times.find(text, 0, context(text, published, story));
    assertThat(found)
        .filteredOn(m -> m.value().iso().startsWith("2011-04-06T"))
        .anyMatch(m -> m.note().contains("weekday contradicts date: 2011-04-06 was a Wednesday"));
    assertThat(isos(found)).contains("2009-07-28", "2011-04-07");
  }

  @Test
  void an_update_dated_01_09_14_in_a_blog_of_the_day_reads_as_1_september_2014() {
    String text = document("002");
    LocalDate published = published("002");
    // the document has no unambiguous numeric date and no written date with a year: only the
    // caller's fallback (a British source) decides
    assertThat(DateOrders.decide(text, DateOrder.MONTH_FIRST)).isEqualTo(DateOrder.MONTH_FIRST);
    DateOrder order = DateOrders.decide(text, DateOrder.DAY_FIRST);
    assertThat(order).isEqualTo(DateOrder.DAY_FIRST);
    Integer story = StoryTime.infer(text, published);
    List<TimeMention> found = times.find(text, 0, new TimeContext(published, order, story));
    assertThat(isos(found)).contains("2014-09-01", "2013-09-01", "2013-08-31", "2013-02");
  }

  private TimeContext context(String text, LocalDate published, Integer story) {
    return new TimeContext(published, DateOrders.decide(text, DateOrder.DAY_FIRST), story);
  }

  private static List<String> isos(List<TimeMention> found) {
    return found.stream().map(m -> m.value().iso()).toList();
  }

  private String document(String prefix) {
    try (Stream<Path> files = Files.list(seeds.resolve("docs"))) {
      Path file =
          files
              .filter(p -> p.getFileName().toString().startsWith(prefix + "_"))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no seed " + prefix + " in " + seeds));
      return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the seeds under " + seeds, e);
    }
  }

  private LocalDate published(String prefix) {
    try (Stream<String> lines =
        Files.lines(seeds.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
      Map<String, String> dates =
          lines
              .skip(1)
              .map(l -> l.split("\t"))
              .collect(Collectors.toMap(c -> c[0].substring(0, 3), c -> c[1], (a, b) -> a));
      return LocalDate.parse(dates.get(prefix));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the seed manifest under " + seeds, e);
    }
  }
}
