package org.corroborate.model;

import java.util.Locale;

/** What a claim states about an event. */
public enum ClaimProperty {
  /** That the event happened at all (its value is the event type). */
  OCCURRED,
  KILLED,
  INJURED,
  ABDUCTED,
  DETAINED,
  MISSING,
  /** When it began (a {@link TimeValue}). */
  TIME,
  PLACE,
  PERPETRATOR,
  INSTIGATOR,
  VICTIM,
  WEAPON;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ClaimProperty fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }

  /** Whether the claim's value is a count of people. */
  public boolean isFigure() {
    return this == KILLED
        || this == INJURED
        || this == ABDUCTED
        || this == DETAINED
        || this == MISSING;
  }
}
