package org.corroborate.model;

import java.util.Objects;

/** A place named in a document and the gazetteer entry it was resolved to. */
public record PlaceMention(Span span, String text, Place place) {

  public PlaceMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(place, "place");
  }
}
