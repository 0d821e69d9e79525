package org.corroborate.model;

import java.util.List;
import java.util.Objects;

/** A dated sub-event of an incident, with its precision and the claims that date it. */
public record ChronologyEntry(TimeValue time, String description, List<String> claims) {

  public ChronologyEntry {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(description, "description");
    claims = List.copyOf(claims);
  }
}
