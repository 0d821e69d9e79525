package org.corroborate.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * Element names as lower-case local names, whichever of the two a SAX parser fills in, and which of
 * them break paragraphs.
 */
final class ElementNames {

  /** Elements that start and end a paragraph, in HTML and in the XHTML Tika emits. */
  static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "tr",
          "table",
          "ul",
          "ol",
          "dl",
          "article",
          "section",
          "main",
          "figure",
          "figcaption",
          "address",
          "body");

  private ElementNames() {}

  static String name(String localName, String qName) {
    String name = localName == null || localName.isEmpty() ? qName : localName;
    return name.toLowerCase(Locale.ROOT);
  }
}
