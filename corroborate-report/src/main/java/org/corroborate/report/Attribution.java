package org.corroborate.report;

import org.corroborate.model.Claim;
import org.corroborate.model.Polarity;

/**
 * Neutral wording for who states a claim: "According to UNAMI, as reported in x.txt" or "The author
 * of x.txt states"; denials and hedges say so. The case file never states a figure in its own
 * voice.
 */
final class Attribution {

  private Attribution() {}

  static String of(Claim claim, String documentName) {
    String name = Markup.escape(documentName);
    String speaker = claim.speaker();
    boolean author = speaker == null || speaker.isBlank();
    String who =
        author ? "The author of " + name : Markup.escape(speaker) + ", as reported in " + name;
    if (claim.polarity() == Polarity.DENIED) {
      return who + (author ? " denies" : ", denies");
    }
    if (claim.polarity() == Polarity.HEDGED) {
      return who + (author ? " reports, with reservation" : ", reportedly states");
    }
    return author ? who + " states" : "According to " + who;
  }
}
