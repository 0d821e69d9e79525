package org.corroborate.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the ingest stage reads out of one original file: its text (paragraph breaks kept as blank
 * lines), the segments of that text, and what the file says about itself.
 *
 * @param mediaType the detected media type, e.g. {@code text/html}
 * @param charset the character set the text was decoded from, or null for binary formats
 * @param title the document's title, or null when it has none
 * @param language ISO 639-1 code of the text's language, or {@code "und"} when it cannot be told
 */
public record Extraction(
    String mediaType,
    String charset,
    String title,
    String text,
    List<Segment> segments,
    String language,
    Optional<PublicationDate> published) {

  public Extraction {
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(published, "published");
    segments = List.copyOf(segments);
    for (Segment s : segments) {
      if (s.span().end() > text.length()) {
        throw new IllegalArgumentException(
            "segment " + s.span() + " ends beyond the text of " + text.length() + " characters");
      }
    }
  }
}
