package org.corroborate.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Metadata;
import org.corroborate.ingest.segment.StructureHints;
import org.corroborate.model.Span;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an HTML page's main text from the full element stream (Tika's HTML parser with an {@code
 * IdentityHtmlMapper}): drops page furniture, writes block elements as paragraphs, and records
 * block quotations, reader comments and link-dense paragraphs as {@link StructureHints}.
 *
 * <p>Elements are dropped by name ({@code nav}, {@code script}, {@code footer}...) or when a token
 * of their {@code class} or {@code id} names navigation, sharing, cookies, adverts, related links
 * or sign-ups. A {@code header} inside an {@code article} is the article's own (headline, byline,
 * date) and is kept. Comment sections are kept and marked, since what readers write is evidence of
 * a kind, though never a source's statement.
 */
final class HtmlMainTextHandler extends DefaultHandler {

  private static final Set<String> DROPPED =
      Set.of(
          "script",
          "style",
          "noscript",
          "nav",
          "header",
          "footer",
          "aside",
          "form",
          "menu",
          "button",
          "select",
          "textarea",
          "template",
          "iframe",
          "svg",
          "canvas",
          "dialog");

  /** Never dropped by class or id: a page's body often carries classes such as "has-sidebar". */
  private static final Set<String> CONTAINERS = Set.of("html", "body", "main", "article");

  private static final Pattern TOKEN_SPLIT = Pattern.compile("[^a-z0-9]+");

  private static final Pattern FURNITURE =
      Pattern.compile(
          "nav|navbar|navigation|menu|menubar|submenu|breadcrumbs?|share|shares|sharing|sharebar"
              + "|social\\w*|cookies?|cookie\\w*|consent|gdpr|ad|ads|adverts?|advert\\w*"
              + "|sponsor\\w*|promo|related|newsletter\\w*|subscribe|subscription|signup"
              + "|sidebar|footer|masthead|skiplink|toolbar|pagination|pager|outbrain|taboola");

  private static final Pattern COMMENTS =
      Pattern.compile("comments?|commentlist|disqus|respond|replies");

  /** A paragraph this short whose visible characters are mostly link text is page furniture. */
  private static final int LINK_PARAGRAPH_MAX_CHARS = 200;

  private static final double LINK_SHARE = 0.6;

  private static final char[] CELL_GAP = {' '};

  private enum Role {
    PLAIN,
    QUOTE,
    COMMENTS,
    ANCHOR,
    FIRST_H1,
    ARTICLE,
    PRE,
    CELL
  }

  private record Frame(Role role, boolean block, int mark) {}

  private final ParagraphText text;
  private final Metadata metadata;
  private final Deque<Frame> open = new ArrayDeque<>();
  private final List<Span> quotations = new ArrayList<>();
  private final List<Span> comments = new ArrayList<>();
  private final List<Span> boilerplate = new ArrayList<>();
  private final StringBuilder titleText = new StringBuilder();
  private final StringBuilder h1Text = new StringBuilder();
  private int skipDepth;
  private int headDepth;
  private int articleDepth;
  private int commentsDepth;
  private int anchorDepth;
  private int preDepth;
  private boolean inTitle;
  private boolean inFirstH1;
  private boolean seenH1;
  private int paragraphChars;
  private int paragraphLinkChars;

  /**
   * @param metadata receives what Tika leaves out of it: {@code itemprop="datePublished"} values
   */
  HtmlMainTextHandler(int maxChars, Metadata metadata) {
    this.text = new ParagraphText(maxChars, false);
    this.metadata = metadata;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    String name = ElementNames.name(localName, qName);
    if (skipDepth > 0) {
      skipDepth++;
      return;
    }
    recordItemprop(atts);
    if (name.equals("head") || headDepth > 0) {
      headDepth++;
      inTitle = inTitle || name.equals("title");
      return;
    }
    if (isDropped(name, atts)) {
      skipDepth = 1;
      return;
    }
    boolean block = ElementNames.BLOCKS.contains(name);
    if (block) {
      endParagraph();
    }
    Role role = roleOf(name, block, atts);
    int mark = -1;
    switch (role) {
      case QUOTE -> mark = text.mark();
      case COMMENTS -> {
        if (commentsDepth++ == 0) {
          mark = text.mark();
        }
      }
      case ANCHOR -> anchorDepth++;
      case ARTICLE -> articleDepth++;
      case PRE -> preDepth++;
      case FIRST_H1 -> {
        inFirstH1 = true;
        seenH1 = true;
      }
      default -> {
        if (name.equals("br")) {
          text.lineBreak();
        }
      }
    }
    open.push(new Frame(role, block, mark));
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    if (headDepth > 0) {
      headDepth--;
      if (ElementNames.name(localName, qName).equals("title")) {
        inTitle = false;
      }
      return;
    }
    if (open.isEmpty()) {
      return;
    }
    Frame frame = open.pop();
    if (frame.block()) {
      endParagraph();
    }
    switch (frame.role()) {
      case QUOTE -> add(quotations, text.spanSince(frame.mark()));
      case COMMENTS -> {
        if (--commentsDepth == 0) {
          add(comments, text.spanSince(frame.mark()));
        }
      }
      case ANCHOR -> anchorDepth--;
      case ARTICLE -> articleDepth--;
      case PRE -> preDepth--;
      case FIRST_H1 -> inFirstH1 = false;
      case CELL -> text.append(CELL_GAP, 0, 1);
      default -> {}
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (skipDepth > 0) {
      return;
    }
    if (inTitle) {
      titleText.append(ch, start, length);
    }
    if (headDepth > 0 || inTitle) {
      return;
    }
    if (inFirstH1) {
      h1Text.append(ch, start, length);
    }
    if (preDepth > 0) {
      int from = start;
      for (int i = start; i < start + length; i++) {
        if (ch[i] == '\n') {
          visible(text.append(ch, from, i - from));
          text.lineBreak();
          from = i + 1;
        }
      }
      visible(text.append(ch, from, start + length - from));
    } else {
      visible(text.append(ch, start, length));
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
    endParagraph();
    return text.text();
  }

  StructureHints hints() {
    return new StructureHints(quotations, comments, boilerplate);
  }

  /** The {@code <title>}, else {@code og:title}, else the first {@code <h1>}; null if none. */
  String title() {
    for (String candidate :
        new String[] {titleText.toString(), metadata.get("og:title"), h1Text.toString()}) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate.strip().replaceAll("\\s+", " ");
      }
    }
    return null;
  }

  private void visible(int chars) {
    paragraphChars += chars;
    if (anchorDepth > 0) {
      paragraphLinkChars += chars;
    }
  }

  private void endParagraph() {
    Span span = text.endParagraph();
    if (span != null
        && span.length() <= LINK_PARAGRAPH_MAX_CHARS
        && paragraphLinkChars >= LINK_SHARE * paragraphChars) {
      boilerplate.add(span);
    }
    paragraphChars = 0;
    paragraphLinkChars = 0;
  }

  private boolean isDropped(String name, Attributes atts) {
    if (DROPPED.contains(name)) {
      return !(name.equals("header") && articleDepth > 0);
    }
    return !CONTAINERS.contains(name) && anyToken(atts, FURNITURE);
  }

  private Role roleOf(String name, boolean block, Attributes atts) {
    if (block && anyToken(atts, COMMENTS)) {
      return Role.COMMENTS;
    }
    return switch (name) {
      case "blockquote" -> Role.QUOTE;
      case "a" -> Role.ANCHOR;
      case "article" -> Role.ARTICLE;
      case "pre" -> Role.PRE;
      case "td", "th" -> Role.CELL;
      case "h1" -> seenH1 ? Role.PLAIN : Role.FIRST_H1;
      default -> Role.PLAIN;
    };
  }

  private void recordItemprop(Attributes atts) {
    String itemprop = atts.getValue("itemprop");
    if (itemprop == null || !itemprop.equalsIgnoreCase("datePublished")) {
      return;
    }
    String value = atts.getValue("content");
    if (value == null) {
      value = atts.getValue("datetime");
    }
    if (value != null && metadata.get(PublicationDateFinder.ITEMPROP_DATE_PUBLISHED) == null) {
      metadata.set(PublicationDateFinder.ITEMPROP_DATE_PUBLISHED, value);
    }
  }

  private static boolean anyToken(Attributes atts, Pattern pattern) {
    for (String attribute : new String[] {"class", "id"}) {
      String value = atts.getValue(attribute);
      if (value == null) {
        continue;
      }
      for (String token : TOKEN_SPLIT.split(value.toLowerCase(Locale.ROOT))) {
        if (pattern.matcher(token).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  private static void add(List<Span> spans, Span span) {
    if (span != null) {
      spans.add(span);
    }
  }
}
