/**
 * Segmentation: cuts a document's extracted text into body, quotation, reader-comment and
 * boilerplate {@link org.corroborate.model.Segment}s, so that later stages know which words the
 * author wrote, which they quote, and which never corroborate anything.
 *
 * <p>Contract of {@link org.corroborate.ingest.segment.Segmenter#segment}: paragraphs are separated
 * by blank lines; segments are trimmed, ordered, non-overlapping, never cross a paragraph break,
 * carry their paragraph's 0-based index and cover every non-whitespace character. Spans found in
 * markup ({@link org.corroborate.ingest.segment.StructureHints}) win over what the text alone
 * suggests.
 */
package org.corroborate.ingest.segment;
