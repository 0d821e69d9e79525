package org.corroborate.ingest;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XHTML that Tika emits for PDF, office, RTF and e-mail files into paragraphs separated
 * by blank lines. Line wraps inside a paragraph (as PDFs have) become spaces; the {@code <head>}
 * (title and metadata) is left out.
 */
final class TikaTextHandler extends DefaultHandler {

  private static final char[] CELL_GAP = {' '};

  private final ParagraphText text;
  private int headDepth;

  TikaTextHandler(int maxChars) {
    this.text = new ParagraphText(maxChars, true);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    String name = ElementNames.name(localName, qName);
    if (name.equals("head") || headDepth > 0) {
      headDepth++;
    } else if (ElementNames.BLOCKS.contains(name)) {
      text.endParagraph();
    } else if (name.equals("br")) {
      text.lineBreak();
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    String name = ElementNames.name(localName, qName);
    if (headDepth > 0) {
      headDepth--;
    } else if (ElementNames.BLOCKS.contains(name)) {
      text.endParagraph();
    } else if (name.equals("td") || name.equals("th")) {
      text.append(CELL_GAP, 0, 1);
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (headDepth == 0) {
      text.append(ch, start, length);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    characters(ch, start, length);
  }

  boolean limitReached() {
    return text.limitReached();
  }

  String text() {
    return text.text();
  }
}
