package org.corroborate.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Figure;
import org.corroborate.model.Incident;
import org.corroborate.model.Place;

/**
 * Writes one CSV row per incident in the column conventions of the UCDP Georeferenced Event
 * Dataset: {@code id, type_of_violence, side_a, side_b, date_start, date_end, date_prec,
 * where_description, adm_1, country, latitude, longitude, where_prec, best, low, high,
 * number_of_sources, source_article}, with a header row, RFC 4180 quoting and CRLF line ends.
 * {@code side_a} is the first perpetrator named, {@code side_b} the first victim group; {@code
 * country} is the ISO 3166-1 alpha-2 code, not UCDP's country name; {@code best}, {@code low} and
 * {@code high} are the reconciled death toll, blank when no source gives one; {@code
 * number_of_sources} counts the distinct documents that report the incident (as UCDP counts source
 * articles; origins, which merge repeated statements, are in the JSONL export) and {@code
 * source_article} joins their names with "; ". Dates are ISO (yyyy-MM-dd); blank fields mean the
 * sources do not say.
 *
 * <h2>{@code type_of_violence}</h2>
 *
 * <ul>
 *   <li>An armed clash between organised groups (an event type naming a clash, battle, fighting or
 *       exchange of fire) is <b>1</b>, state-based, when a perpetrator or the victim group is one
 *       of the case's state actors, and <b>2</b>, non-state, otherwise.
 *   <li>Every other event type (attack, killing, massacre, execution, shooting, abduction, arrest,
 *       detention, torture, shelling, bombing, air strike, siege, ...) is <b>3</b>, one-sided:
 *       Corroborate records violence against people who are not fighting unless a source calls it a
 *       clash.
 * </ul>
 *
 * <h2>{@code date_prec}</h2>
 *
 * From the days between the first day of the start and the last day of the end (or of the start
 * when there is no end), at the precision the sources give: <b>1</b> one day (a date, hour or
 * minute), <b>2</b> two to six days or an approximate day, <b>3</b> seven days, <b>4</b> eight days
 * to a month (e.g. only the month is known), <b>5</b> longer (e.g. only the year is known). Blank
 * when no source dates the incident.
 *
 * <h2>{@code where_prec}</h2>
 *
 * From the gazetteer kind of the place: <b>1</b> a settlement or site (village, town, city, camp,
 * compound, ...), <b>3</b> a second-order administrative division (admin2, district), <b>4</b> a
 * first-order one (admin1, province, governorate), <b>5</b> a larger area named by no division
 * (region, area), <b>6</b> a country. Code 2 (within 25 km of a point) is not produced: no
 * gazetteer kind says so. Blank when no source places the incident.
 */
public final class CsvExport {

  private static final List<String> HEADER =
      List.of(
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

  private final UcdpCodes codes;

  /**
   * @param stateActors names of the state's forces in this case, which make a clash state-based;
   *     compared without regard to case
   */
  public CsvExport(Set<String> stateActors) {
    this.codes = new UcdpCodes(stateActors);
  }

  /**
   * Writes the header and one row per incident, in the order given.
   *
   * @param documents every document the incidents cite, by id (SHA-256)
   * @param out where to write; the caller opens it as UTF-8 and closes it
   * @throws IllegalArgumentException when an incident cites a document not in {@code documents}
   * @throws UncheckedIOException when writing fails
   */
  public void write(List<Incident> incidents, Map<String, DocumentRef> documents, Writer out) {
    DocumentCatalog catalog = new DocumentCatalog(documents);
    Csv csv = new Csv(out);
    try {
      csv.record(HEADER);
      for (Incident incident : incidents) {
        csv.record(row(incident, catalog));
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the CSV export", e);
    }
  }

  private List<Object> row(Incident incident, DocumentCatalog catalog) {
    List<Object> row = new ArrayList<>(HEADER.size());
    row.add(incident.id());
    row.add(codes.typeOfViolence(incident.type(), incident.perpetrators(), incident.victims()));
    row.add(first(incident.perpetrators()));
    row.add(first(incident.victims()));
    if (incident.start() == null) {
      row.add(null);
      row.add(null);
    } else {
      TimeRange start = TimeRange.of(incident.start());
      TimeRange end = incident.end() == null ? start : TimeRange.of(incident.end());
      row.add(start.firstDay());
      row.add(end.lastDay());
    }
    row.add(UcdpCodes.datePrecision(incident.start(), incident.end()));
    Place place = incident.place();
    row.add(place == null ? null : place.name());
    row.add(place == null ? null : place.admin1());
    row.add(place == null ? null : place.country());
    row.add(place == null ? null : decimal(place.lat()));
    row.add(place == null ? null : decimal(place.lon()));
    row.add(UcdpCodes.wherePrecision(place));
    Figure killed = incident.figures().get(ClaimProperty.KILLED);
    row.add(killed == null ? null : killed.best());
    row.add(killed == null ? null : killed.low());
    row.add(killed == null ? null : killed.high());
    List<String> names = incident.documents().stream().map(catalog::name).distinct().toList();
    row.add(names.size());
    row.add(String.join("; ", names));
    return row;
  }

  private static String first(List<String> names) {
    return names.isEmpty() ? null : names.get(0);
  }

  private static String decimal(Double value) {
    return value == null ? null : BigDecimal.valueOf(value).toPlainString();
  }
}
