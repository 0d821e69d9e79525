package org.corroborate.nlp.time;

import java.util.regex.Pattern;

/**
 * Whether a time expression dates a step of the law's response to violence rather than the violence
 * itself: "was charged Wednesday with murder", "was arrested in Houston on Friday", "appeared in
 * court Monday", "was sentenced Tuesday". In a sentence that also names the shooting, such a date
 * is the arrest's or the hearing's, not the shooting's. "charged in Sunday's shooting" is not one:
 * the possessive gives the shooting its day.
 */
public final class LegalSteps {

  /** A verb of arrest, charge or trial, up to four words (its object, a town) and "on", before. */
  private static final Pattern BEFORE =
      Pattern.compile(
          "(?i)\\b(?:arrested|charged|sentenced|indicted|convicted|arraigned|booked|jailed"
              + "|pleaded|pled|acquitted|extradited|apprehended|surrendered|appeared"
              + "|turned\\s+(?:himself|herself|themselves)\\s+in|taken\\s+into\\s+custody)"
              + "(?:\\s+[\\p{L}\\d.'’-]+){0,4}?\\s+(?:on\\s+|late\\s+|early\\s+)?$");

  private static final Pattern POSSESSIVE = Pattern.compile("^['’]s?\\b");

  /** How far back the verb may stand. */
  private static final int REACH = 48;

  private LegalSteps() {}

  /** Whether the expression at {@code [start, end)} in {@code text} dates a legal step. */
  public static boolean dates(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - REACH), start);
    String after = text.substring(end, Math.min(text.length(), end + 2));
    return BEFORE.matcher(before).find() && !POSSESSIVE.matcher(after).find();
  }
}
