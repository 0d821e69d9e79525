package org.corroborate.resolve;

import org.corroborate.model.Claim;
import org.corroborate.model.Polarity;
import org.corroborate.model.SegmentKind;

/** Whether a claim may date, place or count: asserted or hedged, and not in reader comments. */
final class Credible {

  private Credible() {}

  static boolean is(Claim c) {
    return c.polarity() != Polarity.DENIED && c.segment() != SegmentKind.COMMENTS;
  }
}
