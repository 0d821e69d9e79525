package org.corroborate.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A document's publication date with its provenance; {@code evidence} is what it was read from (the
 * meta tag's name, the metadata key, or the words of the text).
 */
public record PublicationDate(LocalDate date, DateOrigin origin, String evidence) {

  public PublicationDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(origin, "origin");
    evidence = evidence == null ? "" : evidence;
  }
}
