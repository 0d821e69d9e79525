package org.corroborate.model;

import java.util.Locale;

/** Who published a document, as far as the investigator or its address tells. */
public enum SourceKind {
  UN,
  NGO,
  GOVERNMENT,
  NEWS,
  ADVOCACY,
  BLOG,
  UNKNOWN;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a manifest's {@code publisher_type}; blank means unknown.
   *
   * @throws IllegalArgumentException naming the accepted values when the value is none of them
   */
  public static SourceKind parse(String value) {
    if (value == null || value.isBlank()) {
      return UNKNOWN;
    }
    String v = value.strip().toUpperCase(Locale.ROOT);
    if (v.equals("GOV") || v.equals("STATE")) {
      return GOVERNMENT;
    }
    for (SourceKind kind : values()) {
      if (kind.name().equals(v)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown publisher type '"
            + value
            + "'; use one of un, ngo, government, news, advocacy, blog, unknown");
  }
}
