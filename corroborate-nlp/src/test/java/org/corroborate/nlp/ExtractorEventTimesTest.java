package org.corroborate.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.DateOrigin;
import org.corroborate.model.Document;
import org.corroborate.model.Extraction;
import org.corroborate.model.PublicationDate;
import org.corroborate.model.Segment;
import org.corroborate.model.SegmentKind;
import org.corroborate.model.SourceKind;
import org.corroborate.model.Span;
import org.corroborate.nlp.place.Gazetteer;
import org.corroborate.nlp.quantity.VagueConventions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which times of a sentence date its events, on the real pipeline. */
class ExtractorEventTimesTest {

  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = new Extractor(SharedPipeline.get(), Gazetteer.load(), VagueConventions.defaults());
  }

  @Test
  void the_day_of_a_charge_dates_the_arrest_not_the_shooting() {
    List<Claim> times =
        times(
            "A Velmora man was arrested Thursday and charged with shooting two men"
                + " outside a bar on Quarry Lane.");

    assertThat(times).isNotEmpty().allSatisfy(c -> assertThat(c.eventType()).isEqualTo("arrest"));
  }

  @Test
  void the_day_the_shooting_took_place_dates_it() {
    List<Claim> times = times("Two men were shot Thursday night outside a bar on Quarry Lane.");

    assertThat(times)
        .extracting(Claim::eventType, Claim::value)
        .contains(tuple("shooting", "2021-03-04"));
  }

  @Test
  void an_earlier_attack_named_beside_this_one_keeps_its_own_month() {
    List<Claim> times =
        times(
            "The attack Thursday took place near the scene of a July 2014 attack that left a"
                + " guard dead.");

    assertThat(times)
        .extracting(Claim::trigger, Claim::value)
        .containsExactlyInAnyOrder(
            tuple("attack", "2021-03-04"), tuple("attack", "2014-07"), tuple("dead", "2014-07"));
  }

  @Test
  void the_year_of_a_ceasefire_dates_no_killing() {
    List<Claim> times =
        times(
            "Police said the shooting, the worst since the ceasefire of 2019, left two guards"
                + " dead on Tuesday.");

    assertThat(times)
        .extracting(Claim::trigger, Claim::value)
        .containsExactlyInAnyOrder(tuple("shooting", "2021-03-02"), tuple("dead", "2021-03-02"));
  }

  @Test
  void the_day_of_deaths_told_in_a_clause_of_their_own_is_theirs_alone() {
    List<Claim> times =
        times(
            "The killings at the depot are the worst since the truce of 2019, and they came two"
                + " days after 12 people died on Tuesday when a bus struck a mine.");

    assertThat(times)
        .extracting(Claim::trigger, Claim::value)
        .containsExactly(tuple("died", "2021-03-02"));
  }

  @Test
  void a_gunman_killed_by_police_keeps_apart_the_month_of_his_own_killings() {
    List<Claim> times =
        times(
            "The gunman, who killed two guards in January, was shot dead by police on 2"
                + " March.");

    assertThat(times)
        .extracting(Claim::trigger, Claim::value)
        .containsExactlyInAnyOrder(tuple("killed", "2021-01"), tuple("shot", "2021-03-02"));
  }

  @Test
  void an_anniversary_dates_the_attack_it_remembers_not_the_day_it_is_marked() {
    List<Claim> times =
        times(
            "Saturday marks the second anniversary of the raid on the depot, in which six guards"
                + " were killed.");

    assertThat(times)
        .extracting(Claim::trigger, Claim::value)
        .containsExactlyInAnyOrder(tuple("raid", "2019-03-06"), tuple("killed", "2019-03-06"));
  }

  @Test
  void a_clause_the_parser_hangs_apart_from_its_dated_shooting_keeps_the_shootings_date() {
    List<Claim> times =
        times(
            "A Velmora man accused in a February 3 shooting that killed one and injured three"
                + " others entered pleas today in Orlen District Court.");

    assertThat(times)
        .extracting(Claim::trigger, Claim::value)
        .containsExactlyInAnyOrder(tuple("shooting", "2021-02-03"), tuple("killed", "2021-02-03"));
  }

  @Test
  void a_massacre_the_shooting_came_six_weeks_after_is_six_weeks_earlier() {
    List<Claim> times =
        times(
            "Two guards were shot dead at the Orlen depot on Thursday. The shooting came six weeks"
                + " after a massacre at a market in Velmora, where a gunman killed 31 people.");

    assertThat(times)
        .extracting(Claim::trigger, Claim::value)
        .containsExactlyInAnyOrder(
            tuple("shot", "2021-03-04"),
            tuple("massacre", "2021-01-21"),
            tuple("killed", "2021-01-21"));
  }

  private static List<Claim> times(String text) {
    return extractor.extract(document(text)).claims().stream()
        .filter(c -> c.property() == ClaimProperty.TIME)
        .toList();
  }

  private static Document document(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Extraction extraction =
        new Extraction(
            "text/plain",
            "UTF-8",
            null,
            text,
            List.of(new Segment(new Span(0, text.length()), SegmentKind.BODY, 0)),
            "en",
            Optional.of(
                new PublicationDate(LocalDate.of(2021, 3, 6), DateOrigin.MANIFEST, "test")));
    return new Document(
        sha256(bytes),
        List.of("report.txt"),
        bytes.length,
        extraction,
        SourceKind.NEWS,
        null,
        null,
        Instant.EPOCH);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
