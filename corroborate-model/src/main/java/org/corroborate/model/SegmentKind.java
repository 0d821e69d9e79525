package org.corroborate.model;

import java.util.Locale;

/**
 * What part of a document a segment is: the author's text, a quotation, reader comments, or page
 * furniture.
 */
public enum SegmentKind {
  /** The author's own text. */
  BODY,
  /** A block quotation or a long quoted passage inside the text. */
  QUOTATION,
  /** Reader comments appended to an article: kept and searchable, never corroborating. */
  COMMENTS,
  /** Navigation, bylines, share buttons, legal notices and other page furniture. */
  BOILERPLATE;

  /** The lower-case name used in exports, tables and the database. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SegmentKind fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
