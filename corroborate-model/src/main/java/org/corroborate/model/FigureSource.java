package org.corroborate.model;

import java.util.Objects;

/**
 * One claim behind a reconciled figure: its origin (claims repeating one original statement share
 * an origin; corroboration counts origins, not documents), whether it counted toward the figure,
 * and a one-line note saying why or why not ("reader comment: never corroborates", "partial
 * count").
 */
public record FigureSource(Claim claim, String origin, boolean counted, String note) {

  public FigureSource {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(origin, "origin");
    note = note == null ? "" : note;
  }
}
