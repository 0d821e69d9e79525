package org.corroborate.ingest;

import java.util.Locale;

/** Element names as lower-case local names, whichever of the two a SAX parser fills in. */
final class ElementNames {

  private ElementNames() {}

  static String name(String localName, String qName) {
    String name = localName == null || localName.isEmpty() ? qName : localName;
    return name.toLowerCase(Locale.ROOT);
  }
}
