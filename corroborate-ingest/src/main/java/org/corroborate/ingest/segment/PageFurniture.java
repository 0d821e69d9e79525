package org.corroborate.ingest.segment;

import java.util.regex.Pattern;

/**
 * Recognises short lines of page furniture. A line is furniture when it has fewer than {@link
 * #MAX_WORDS} words and, as a whole, is one of:
 *
 * <ul>
 *   <li>a share or follow prompt: "Share this", "Share on Facebook", "Follow us on …";
 *   <li>a link prompt: "Click here to …", "Read more", "Read more: …", "Related: …";
 *   <li>"Advertisement";
 *   <li>a legal notice: "… All rights reserved", "Copyright ©…", "© 2020 …";
 *   <li>a newsletter prompt: "Sign up for our newsletter", "Subscribe to our … newsletter";
 *   <li>an image credit line: "Image caption …", "Image copyright …";
 *   <li>a cookie notice: a short line mentioning "we use cookies", "cookie policy", "accept
 *       cookies".
 * </ul>
 */
final class PageFurniture {

  static final int MAX_WORDS = 15;

  private static final Pattern LINE =
      Pattern.compile(
          String.join(
              "|",
              "share (?:this|on \\S+)(?: (?:article|story|page|post))?:?",
              "follow us(?: on\\b.*)?",
              "click here to\\b.*",
              "read more(?:\\s*[:»>…].*|\\.{3})?",
              "related(?: articles| stories| posts| news)?:.*",
              "advertisement:?",
              ".*\\ball rights reserved\\b.*",
              "(?:copyright\\s*)?(?:©|\\(c\\)).*",
              "copyright\\s+\\d{4}\\b.*",
              "(?:sign up|subscribe) (?:for|to) (?:our|the)\\b.*\\bnewsletter\\b.*",
              "image (?:caption|copyright|source)\\b.*",
              ".*\\b(?:we use cookies|uses cookies|cookie (?:policy|settings|notice)"
                  + "|accept (?:all )?cookies)\\b.*"),
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private PageFurniture() {}

  static boolean is(String line) {
    return TextScan.countWords(line, 0, line.length()) < MAX_WORDS && LINE.matcher(line).matches();
  }
}
