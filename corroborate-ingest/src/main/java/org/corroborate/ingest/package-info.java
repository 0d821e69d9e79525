/**
 * Reading original files into text: the first stage of ingest, before segmentation.
 *
 * <p>{@link org.corroborate.ingest.FileParser} turns one file into a {@link
 * org.corroborate.ingest.ParsedFile}: its media type and charset, title, text, language, the
 * publication date it states ({@link org.corroborate.ingest.PublicationDateFinder}) and, for HTML,
 * {@link org.corroborate.ingest.segment.StructureHints} marking quotations, reader comments and
 * page furniture. {@link org.corroborate.ingest.SourceKinds} tells from an address whether the UN,
 * a government or a known NGO published a document.
 *
 * <p>The contract:
 *
 * <ul>
 *   <li>Plain text is kept verbatim — only a leading byte-order mark is dropped and line ends
 *       become LF — because claims' offsets refer to it and quotes are checked against the original
 *       file.
 *   <li>Every other format yields paragraphs separated by one blank line ({@code "\n\n"}), with
 *       whitespace inside a paragraph collapsed; HTML yields the article's main text only.
 *   <li>A file that cannot be ingested raises {@link org.corroborate.ingest.RejectedFileException}
 *       with a reason and advice, never a parser's exception, so a batch records it and goes on.
 *       Size and character limits ({@link org.corroborate.ingest.ExtractionLimits}) are checked
 *       before reading and while extracting.
 *   <li>Nothing here reads the file system's dates: a copy's modification time is the copy's.
 * </ul>
 */
package org.corroborate.ingest;
