package org.corroborate.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.corroborate.ingest.segment.StructureHints;
import org.corroborate.model.PublicationDate;
import org.corroborate.model.Span;

/**
 * What {@link FileParser} reads out of one file, before segmentation.
 *
 * @param mediaType the detected media type without parameters, e.g. {@code text/html}
 * @param charset the character set the text was decoded from, e.g. {@code windows-1252}; null for
 *     binary formats such as PDF
 * @param title the document's title, or null when it has none
 * @param text the extracted text, paragraphs separated by a blank line; plain text verbatim
 * @param hints spans of {@code text} that the markup marks as quotations, comments or boilerplate
 * @param language ISO 639-1 code of the text's language, or {@code "und"} when it cannot be told
 * @param published the publication date the file states, if any
 */
public record ParsedFile(
    String mediaType,
    String charset,
    String title,
    String text,
    StructureHints hints,
    String language,
    Optional<PublicationDate> published) {

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}|und");

  public ParsedFile {
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(hints, "hints");
    Objects.requireNonNull(published, "published");
    if (language == null || !LANGUAGE.matcher(language).matches()) {
      throw new IllegalArgumentException(
          "language must be an ISO 639-1 code or \"und\"; got " + language);
    }
    for (List<Span> spans : List.of(hints.quotations(), hints.comments(), hints.boilerplate())) {
      for (Span span : spans) {
        if (span.end() > text.length()) {
          throw new IllegalArgumentException(
              "hint " + span + " ends beyond the text of " + text.length() + " characters");
        }
      }
    }
  }
}
