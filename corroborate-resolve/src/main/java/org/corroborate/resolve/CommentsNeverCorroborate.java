package org.corroborate.resolve;

import java.util.List;
import java.util.Optional;
import org.corroborate.model.Claim;
import org.corroborate.model.SegmentKind;

/** Reader comments are kept as sources and searchable, and never count toward a figure. */
final class CommentsNeverCorroborate implements CountingRule {

  static final String NOTE = "reader comment: never corroborates";

  @Override
  public Optional<String> excludes(Claim claim, List<Claim> sameProperty) {
    return claim.segment() == SegmentKind.COMMENTS ? Optional.of(NOTE) : Optional.empty();
  }
}
