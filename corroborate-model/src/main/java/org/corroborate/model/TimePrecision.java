package org.corroborate.model;

import java.util.Locale;

/** How precisely a time is known: "2013", "September 2013", "1 September 2013", "6am", "06:30". */
public enum TimePrecision {
  YEAR,
  MONTH,
  DAY,
  HOUR,
  MINUTE,
  UNKNOWN;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static TimePrecision fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
