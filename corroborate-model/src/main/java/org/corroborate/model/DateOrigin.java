package org.corroborate.model;

import java.util.Locale;

/** Where a document's publication date came from, so a reader can judge how far to trust it. */
public enum DateOrigin {
  /** Given by the investigator in the ingest manifest. */
  MANIFEST,
  /** The file's own metadata: PDF or office document properties, an e-mail's Date header. */
  FILE_METADATA,
  /** An HTML meta tag such as {@code article:published_time}. */
  HTML_META,
  /** A date written near the top of the text itself (a dateline or "Published ..."). */
  TEXT;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DateOrigin fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
