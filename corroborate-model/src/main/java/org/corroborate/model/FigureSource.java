package org.corroborate.model;

import java.util.Objects;

/**
 * One claim behind a reconciled figure: its origin (claims repeating one original statement share
 * an origin; corroboration counts origins, not documents), whether it counted toward the figure,
 * and a one-line note saying why or why not ("reader comment: never corroborates", "partial
 * count").
 *
 * @param countsAs the number the claim counts for when it is not the claim's own figure (3 shot, of
 *     whom the same report says 1 was killed, count as 2 injured), else null; the note says why
 */
public record FigureSource(
    Claim claim, String origin, boolean counted, String note, Long countsAs) {

  public FigureSource {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(origin, "origin");
    note = note == null ? "" : note;
  }

  /** A source that counts for its claim's own figure. */
  public FigureSource(Claim claim, String origin, boolean counted, String note) {
    this(claim, origin, counted, note, null);
  }
}
