package org.corroborate.nlp;

import java.util.regex.Pattern;

/**
 * A photo gallery's counter run into its caption — "Image 3 of 12 A man was shot outside a bar" —
 * reads to the parser as one clause, so the caption's people hang on the counter. The text the
 * splitter sees breaks the line after the counter instead, at the same length, so every offset
 * still points into the original text.
 */
final class GalleryCaptions {

  /** "Image 3 of 12 " (also "Image 1 of / 4 ") before a capitalised word. */
  private static final Pattern COUNTER =
      Pattern.compile("(\\bImage \\d{1,3} of (?:/ )?\\d{1,3}) (?=\\p{Lu})");

  private GalleryCaptions() {}

  /** {@code text} with a line break after each gallery counter that opens a caption. */
  static String mask(String text) {
    return COUNTER.matcher(text).replaceAll("$1\n");
  }
}
