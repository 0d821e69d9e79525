package org.corroborate.ingest.dedup;

import java.util.Objects;
import org.corroborate.model.Span;

/**
 * A run of {@code words} identical normalised words found in two texts: {@code inA} and {@code inB}
 * cover each text from the run's first word's start to its last word's end.
 */
public record SharedPassage(Span inA, Span inB, int words) {

  public SharedPassage {
    Objects.requireNonNull(inA, "inA");
    Objects.requireNonNull(inB, "inB");
    if (words < 1) {
      throw new IllegalArgumentException(
          "a shared passage must hold at least 1 word; got " + words);
    }
  }
}
