package org.corroborate.model;

import java.util.Locale;

/** How two documents share text. */
public enum LinkKind {
  /** Mostly the same text: the same wire story on two sites, a re-post, a lightly edited copy. */
  NEAR_DUPLICATE,
  /** A passage of many words that appears in both: a quoted statement, a copied paragraph. */
  SHARED_PASSAGE;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static LinkKind fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
