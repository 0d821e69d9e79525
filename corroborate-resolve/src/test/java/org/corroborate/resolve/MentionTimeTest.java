package org.corroborate.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class MentionTimeTest {

  private final ResolveOptions options = ResolveOptions.defaults();

  private static MentionTime t(String iso) {
    return new MentionTime(MentionTime.parse(iso).orElseThrow(), false);
  }

  @Test
  void midnight_at_the_end_of_a_day_is_the_start_of_the_next() {
    assertThat(MentionTime.lowerBound(MentionTime.parse("2013-08-31T24:00").orElseThrow()))
        .isEqualTo(LocalDateTime.of(2013, 9, 1, 0, 0));
  }

  @Test
  void only_iso_times_from_year_to_minute_are_read() {
    assertThat(MentionTime.parse("2013-02-30")).isEmpty();
    assertThat(MentionTime.parse("last Tuesday")).isEmpty();
    assertThat(MentionTime.parse("2013-09-01T06")).isPresent();
  }

  @Test
  void a_coarser_time_fits_the_finer_times_inside_it() {
    assertThat(t("2011-04").compatible(t("2011-04-08"), options)).isTrue();
    assertThat(t("2011").compatible(t("2011-04-08T06:00"), options)).isTrue();
    assertThat(t("2011-04").compatible(t("2011-05-01"), options)).isFalse();
    assertThat(t("2011").compatible(t("2013-04"), options)).isFalse();
  }

  @Test
  void days_match_within_the_tolerance() {
    assertThat(t("2013-08-31").compatible(t("2013-09-01T06:00"), options)).isTrue();
    assertThat(t("2013-08-31T24:00").compatible(t("2013-09-02"), options)).isTrue();
    assertThat(t("2013-08-30").compatible(t("2013-09-01"), options)).isFalse();
  }

  @Test
  void a_publication_date_reaches_back_over_the_report_lag() {
    MentionTime published = MentionTime.reported(LocalDate.of(2015, 3, 4));
    assertThat(published.compatible(t("2015-03-01"), options)).isTrue();
    assertThat(published.compatible(t("2015-02-28"), options)).isFalse();
    assertThat(published.compatible(t("2015-03-05"), options)).isTrue();
    assertThat(published.compatible(t("2015-03-06"), options)).isFalse();
    assertThat(published.compatible(t("2015-03"), options)).isTrue();
  }

  @Test
  void compatible_times_share_a_block_key() {
    String[][] pairs = {
      {"2013-08-31", "2013-09-01"}, {"2013", "2013-12-31T23:00"}, {"2013-09", "2013-09-30"}
    };
    for (String[] pair : pairs) {
      MentionTime a = t(pair[0]);
      MentionTime b = t(pair[1]);
      assertThat(a.lookupKeys(options)).containsAnyElementsOf(b.registerKeys(options));
      assertThat(b.lookupKeys(options)).containsAnyElementsOf(a.registerKeys(options));
    }
  }
}
