package org.corroborate.model;

import java.util.Locale;

/** Whether a source asserts, denies or hedges what a claim says. */
public enum Polarity {
  ASSERTED,
  /** "denying that any of their military had entered the camp". */
  DENIED,
  /** "reportedly", "allegedly", "it is believed". */
  HEDGED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Polarity fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
