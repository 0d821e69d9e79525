package org.corroborate.model;

import java.util.Locale;

/** How a source states an amount. */
public enum QuantityKind {
  /** "52", "Fifty two", "forty-four", "1,400". */
  EXACT,
  /** "over 30", "at least 34", "up to 32", "more than 300". */
  BOUNDED,
  /** "dozens", "scores", "several", "many", "hundreds". */
  VAGUE,
  /** "six women and one man": a sum of parts. */
  COMPOSITE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static QuantityKind fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
