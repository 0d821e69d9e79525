package org.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corroborate.model.Incident;
import org.corroborate.model.Place;
import org.corroborate.model.TimePrecision;
import org.corroborate.model.TimeValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvExportTest {

  private final TestCase fixture = new TestCase();

  private String export(List<Incident> incidents, Set<String> stateActors) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      new CsvExport(stateActors).write(incidents, fixture.documents(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Splits RFC 4180 text into records of fields, honouring quotes. */
  private static List<List<String>> parse(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    return records;
  }

  private List<String> row(Incident incident, Set<String> stateActors) {
    List<List<String>> records = parse(export(List.of(incident), stateActors));
    assertThat(records).hasSize(2);
    List<String> header = records.get(0);
    assertThat(records.get(1)).hasSameSizeAs(header);
    return records.get(1);
  }

  private String column(Incident incident, String name) {
    List<String> header = parse(export(List.of(incident), Set.of())).get(0);
    return row(incident, Set.of()).get(header.indexOf(name));
  }

  @Test
  void the_header_follows_the_ucdp_ged_columns() {
    assertThat(parse(export(List.of(), Set.of())).get(0))
        .containsExactly(
            "id",
            "type_of_violence",
            "side_a",
            "side_b",
            "date_start",
            "date_end",
            "date_prec",
            "where_description",
            "adm_1",
            "country",
            "latitude",
            "longitude",
            "where_prec",
            "best",
            "low",
            "high",
            "number_of_sources",
            "source_article");
  }

  @Test
  void a_row_carries_the_death_toll_the_place_and_the_documents() {
    assertThat(row(fixture.raid(), Set.of()))
        .containsExactly(
            "inc-marrow-ford",
            "3",
            "Northern Brigade",
            "camp residents",
            "2019-03-04",
            "2019-03-04",
            "1",
            "Marrow Ford",
            "Dunmere",
            "ZZ",
            "-12.25",
            "33.5",
            "1",
            "41",
            "30",
            "41",
            "3",
            TestCase.HERALD + "; " + TestCase.MONITOR + "; " + TestCase.BLOG);
  }

  @Test
  void fields_with_commas_quotes_and_line_breaks_are_quoted_per_rfc_4180() {
    Incident hostile =
        TestCase.with(
            fixture.raid(),
            "t",
            "attack",
            TestCase.day("2019-03-04"),
            null,
            new Place("Ford, \"Upper\" — Ünterdorf", null, "ZZ", null, null, "village", "case"),
            List.of("Brigade\r\nNorth"),
            List.of("line\nbreak"));

    String csv = export(List.of(hostile), Set.of());

    assertThat(csv)
        .contains(",\"Brigade\r\nNorth\",\"line\nbreak\",")
        .contains(",\"Ford, \"\"Upper\"\" — Ünterdorf\",")
        .endsWith("\r\n");
    assertThat(parse(csv).get(1)).contains("Ford, \"Upper\" — Ünterdorf", "Brigade\r\nNorth");
  }

  @Test
  void an_undated_unplaced_incident_leaves_date_place_and_toll_blank() {
    assertThat(row(fixture.undated(), Set.of()))
        .containsExactly(
            "inc-undated",
            "3",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "1",
            TestCase.HERALD);
  }

  @ParameterizedTest(name = "{0} by {1} is type {3} when the state is {2}")
  @CsvSource({
    "attack, Northern Brigade, Army of Dunmere, 3",
    "mass_killing, Army of Dunmere, Army of Dunmere, 3",
    "shelling, Army of Dunmere, Army of Dunmere, 3",
    "armed clash, Northern Brigade, Army of Dunmere, 2",
    "armed clash, army of dunmere, Army of Dunmere, 1",
    "battle, Northern Brigade, Northern Brigade, 1",
  })
  void violence_against_civilians_is_one_sided_and_clashes_are_state_based_only_with_a_state_actor(
      String type, String perpetrator, String state, int expected) {
    Incident incident =
        TestCase.with(
            fixture.raid(),
            "t",
            type,
            TestCase.day("2019-03-04"),
            null,
            null,
            List.of(perpetrator),
            List.of("Southern Brigade"));

    assertThat(row(incident, Set.of(state)).get(1)).isEqualTo(String.valueOf(expected));
  }

  @ParameterizedTest(name = "{0} to {1} is date_prec {2}")
  @CsvSource({
    "2019-03-04, '', 1",
    "2019-03-04T05:30, '', 1",
    "~2019-03-04, '', 2",
    "2019-03-04, 2019-03-06, 2",
    "2019-03-04, 2019-03-10, 3",
    "2019-03, '', 4",
    "2019-02, '', 4",
    "2019, '', 5",
    "2019-03-04, 2019-05-01, 5",
  })
  void the_date_precision_follows_the_span_of_days_the_sources_allow(
      String start, String end, int expected) {
    Incident incident =
        TestCase.with(
            fixture.raid(),
            "t",
            "attack",
            time(start),
            end.isEmpty() ? null : time(end),
            null,
            List.of(),
            List.of());

    assertThat(column(incident, "date_prec")).isEqualTo(String.valueOf(expected));
  }

  @Test
  void midnight_at_the_end_of_a_day_falls_on_the_next_day() {
    Incident incident =
        TestCase.with(
            fixture.raid(),
            "t",
            "attack",
            time("2019-03-04T24:00"),
            null,
            null,
            List.of(),
            List.of());

    assertThat(column(incident, "date_start")).isEqualTo("2019-03-05");
  }

  @ParameterizedTest(name = "a {0} is where_prec {1}")
  @CsvSource({"camp, 1", "village, 1", "district, 3", "admin1, 4", "region, 5", "country, 6"})
  void the_place_precision_follows_the_gazetteer_kind(String kind, int expected) {
    Incident incident =
        TestCase.with(
            fixture.raid(),
            "t",
            "attack",
            null,
            null,
            new Place("Dunmere", null, "ZZ", 1.0, 2.0, kind, "case"),
            List.of(),
            List.of());

    assertThat(column(incident, "where_prec")).isEqualTo(String.valueOf(expected));
  }

  @Test
  void the_same_input_gives_the_same_bytes() {
    List<Incident> incidents = List.of(fixture.raid(), fixture.undated());

    assertThat(export(incidents, Set.of())).isEqualTo(export(incidents, Set.of()));
  }

  private static TimeValue time(String iso) {
    boolean approximate = iso.startsWith("~");
    String value = approximate ? iso.substring(1) : iso;
    TimePrecision precision =
        switch (value.length()) {
          case 4 -> TimePrecision.YEAR;
          case 7 -> TimePrecision.MONTH;
          case 10 -> TimePrecision.DAY;
          case 13 -> TimePrecision.HOUR;
          default -> TimePrecision.MINUTE;
        };
    return new TimeValue(value, precision, approximate);
  }
}
