package org.corroborate.nlp.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.TimePrecision;
import org.corroborate.model.TimeValue;

/**
 * Resolves "the second anniversary" and "seven years after" to the event they count from, N years
 * before the date of the anniversary.
 *
 * <p>The anniversary's date is the first date of the same sentence that lies less than N years
 * before publication ("Tuesday marks the second anniversary"); a date further back is the event
 * itself ("the report on the 1 September 2013 massacre, published on the first anniversary"). With
 * no such date the publication date stands in, and the value is approximate. An anniversary gives
 * the event's day; "N years after" gives only its year, approximately.
 */
final class Anniversaries {

  private Anniversaries() {}

  static Optional<Resolved> resolve(Piece p, LocalDate published, List<Resolved> sentence) {
    int years = p.eventYearsBefore;
    LocalDate anchor = null;
    for (Resolved r : sentence) {
      if (r.day() != null && (published == null || r.day().isAfter(published.minusYears(years)))) {
        anchor = r.day();
        break;
      }
    }
    boolean fromPublication = anchor == null;
    if (fromPublication) {
      anchor = published;
    }
    if (anchor == null) {
      return Optional.empty();
    }
    LocalDate event = anchor.minusYears(years);
    String distance =
        "the event was "
            + years
            + (years == 1 ? " year" : " years")
            + " before "
            + anchor
            + (fromPublication ? ", the publication date" : "");
    boolean approximate = fromPublication || p.approximate;
    TimeValue value =
        p.anniversary
            ? new TimeValue(event.toString(), TimePrecision.DAY, approximate)
            : new TimeValue(String.valueOf(event.getYear()), TimePrecision.YEAR, true);
    String note = p.anniversary ? "anniversary: " + distance : distance;
    return Optional.of(new Resolved(p.start, p.end, value, note, p.anniversary ? event : null));
  }
}
