package org.corroborate.nlp.actor;

import java.util.List;
import java.util.Objects;
import org.corroborate.model.ActorKind;

/**
 * What one rule found: the actor's name at {@code start}–{@code end} of the text, and the {@code
 * region} start–end the construction occupies, which no other mention may overlap ("the Kastrin
 * Council (KC)" occupies its parenthesis too). Offsets are into the text the rule read.
 */
record Candidate(
    int start, int end, int regionStart, int regionEnd, ActorKind kind, List<String> aliases) {

  Candidate {
    if (start < regionStart || end > regionEnd || start >= end) {
      throw new IllegalArgumentException(
          "a candidate's name must be non-empty and lie in its region; got ["
              + start
              + ","
              + end
              + ") in ["
              + regionStart
              + ","
              + regionEnd
              + ")");
    }
    Objects.requireNonNull(kind, "kind");
    aliases = List.copyOf(aliases);
  }

  /** A candidate whose region is its name, without aliases. */
  static Candidate of(int start, int end, ActorKind kind) {
    return new Candidate(start, end, start, end, kind, List.of());
  }

  int regionLength() {
    return regionEnd - regionStart;
  }

  boolean overlaps(Candidate other) {
    return regionStart < other.regionEnd && other.regionStart < regionEnd;
  }
}
