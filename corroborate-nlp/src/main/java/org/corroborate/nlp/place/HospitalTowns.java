package org.corroborate.nlp.place;

import java.util.regex.Pattern;

/**
 * A town named as a hospital's: "taken to St. Vincent Hospital in Indianapolis", "the medical
 * center in Orlen". It says where the wounded were treated, which need not be where they were hurt,
 * so it places no event, though it stays a place the report names.
 */
public final class HospitalTowns {

  private static final int LOOK_BACK = 40;

  private static final Pattern BEFORE =
      Pattern.compile("(?i)\\b(?:hospitals?|clinic|infirmary|center|centre)\\s+(?:in|at)\\s+$");

  private HospitalTowns() {}

  /** Whether the place named at {@code start} of {@code text} is a hospital's town. */
  public static boolean at(String text, int start) {
    return BEFORE.matcher(text.substring(Math.max(0, start - LOOK_BACK), start)).find();
  }
}
