package org.corroborate.nlp.time;

import java.time.LocalDate;
import java.util.Locale;
import org.corroborate.model.TimePrecision;
import org.corroborate.model.TimeValue;

/**
 * Puts a piece's time of day on a day: midnight is {@code T24:00} of the day named, an hour without
 * "am" or "pm" is read in the afternoon or evening when the text says so ("seven in the evening" is
 * 19:00), and a piece without a time of day is the day itself.
 */
final class Clock {

  private Clock() {}

  static TimeValue at(LocalDate day, Piece p) {
    if (p.midnight) {
      return new TimeValue(day + "T24:00", TimePrecision.MINUTE, p.approximate);
    }
    if (p.hour == null) {
      return new TimeValue(day.toString(), TimePrecision.DAY, p.approximate);
    }
    int hour = p.meridiem ? p.hour : afterNoonIfSaid(p.hour, p.part);
    if (p.minute == null) {
      String iso = String.format(Locale.ROOT, "%sT%02d", day, hour);
      return new TimeValue(iso, TimePrecision.HOUR, p.approximate);
    }
    String iso = String.format(Locale.ROOT, "%sT%02d:%02d", day, hour, p.minute);
    return new TimeValue(iso, TimePrecision.MINUTE, p.approximate);
  }

  private static int afterNoonIfSaid(int hour, Piece.DayPart part) {
    if (part == null || hour >= 12) {
      return hour;
    }
    return switch (part) {
      case AFTERNOON, EVENING -> hour + 12;
      case NIGHT -> hour >= 6 ? hour + 12 : hour;
      case MORNING -> hour;
    };
  }
}
