package org.corroborate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.corroborate.ingest.segment.StructureHints;
import org.corroborate.model.PublicationDate;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads one original file into text with Apache Tika: plain text in any common encoding (kept
 * verbatim), HTML (main text only, with structure hints), PDF, DOCX, ODT, RTF and e-mail (EML).
 *
 * <p>Build one per application and share it: it is thread-safe, and loading the language models
 * takes a moment. Every file that cannot be ingested — empty, too large, an archive, media, binary,
 * encrypted, corrupt, a decompression bomb, without text — raises a {@link RejectedFileException}
 * saying why and what to do; no exception of the parser's escapes for bad input. {@link
 * IOException} is left for failures of the machine, not of the file.
 */
public final class FileParser {

  private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");

  private static final Set<String> ARCHIVES =
      Set.of(
          "application/zip",
          "application/x-zip-compressed",
          "application/gzip",
          "application/x-gzip",
          "application/x-tar",
          "application/x-gtar",
          "application/x-7z-compressed",
          "application/x-rar-compressed",
          "application/vnd.rar",
          "application/x-rar",
          "application/x-bzip",
          "application/x-bzip2",
          "application/x-xz",
          "application/x-lzma",
          "application/x-lzip",
          "application/zstd",
          "application/x-compress",
          "application/java-archive",
          "application/x-archive",
          "application/x-cpio",
          "application/x-iso9660-image",
          "application/vnd.ms-cab-compressed");

  private static final Set<String> PROGRAMS_AND_DATA =
      Set.of(
          "application/octet-stream",
          "application/x-executable",
          "application/x-sharedlib",
          "application/x-msdownload",
          "application/x-dosexec",
          "application/x-elf",
          "application/x-mach-o-executable",
          "application/java-vm",
          "application/x-object",
          "application/x-coredump",
          "application/x-sqlite3");

  /** Short names of the formats a reader knows, for "could not be read as ..." messages. */
  private static final Map<String, String> FORMAT_NAMES =
      Map.of(
          "application/pdf", "PDF",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
          "application/vnd.oasis.opendocument.text", "ODT",
          "application/rtf", "RTF",
          "message/rfc822", "EML",
          "application/msword", "DOC",
          "text/html", "HTML");

  private static final int LANGUAGE_SAMPLE_CHARS = 20_000;
  private static final int MIN_LETTERS_FOR_LANGUAGE = 40;
  private static final int MAX_CAUSE_CHARS = 160;

  private final ExtractionLimits limits;
  private final Parser parser;
  private final Detector detector;
  private final EncodingDetector encodingDetector;
  private final PublicationDateFinder dates = new PublicationDateFinder();

  /** Tika's detector keeps the text it is given between calls: guarded by itself. */
  private final LanguageDetector languageDetector;

  public FileParser(ExtractionLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    TikaConfig config = TikaConfig.getDefaultConfig();
    this.parser = new AutoDetectParser(config);
    this.detector = config.getDetector();
    this.encodingDetector = config.getEncodingDetector();
    this.languageDetector = new OptimaizeLangDetector().loadModels();
  }

  /**
   * Reads one file.
   *
   * @throws RejectedFileException when the file cannot be ingested, saying why and what to do
   * @throws IOException when the machine fails to read a file it may read
   */
  public ParsedFile parse(Path file) throws RejectedFileException, IOException {
    long size = readableSize(file);
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      return parse(file, size, in, metadata);
    } catch (AccessDeniedException e) {
      throw unreadable();
    }
  }

  private ParsedFile parse(Path file, long size, TikaInputStream in, Metadata metadata)
      throws RejectedFileException, IOException {
    MediaType type = detect(in, metadata);
    String mediaType = type.getBaseType().toString();
    rejectWithoutText(mediaType);
    if (HTML.contains(mediaType)) {
      return html(in, metadata, mediaType);
    }
    if (type.getType().equals("text")) {
      return plainText(file, size, metadata, mediaType);
    }
    return document(file, in, metadata, mediaType);
  }

  private long readableSize(Path file) throws RejectedFileException, IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      if (Files.isSymbolicLink(file)) {
        throw new RejectedFileException(
            "is a symbolic link to a missing file", "ingest the file it should point to");
      }
      throw new RejectedFileException("does not exist", "check the path");
    }
    if (attributes.isDirectory()) {
      throw new RejectedFileException("is a directory, not a file", "ingest the files in it");
    }
    if (!attributes.isRegularFile()) {
      throw new RejectedFileException(
          "is not a regular file (a pipe, socket or device)",
          "save its content to a file and ingest that");
    }
    if (!Files.isReadable(file)) {
      throw unreadable();
    }
    long size = attributes.size();
    if (size == 0) {
      throw new RejectedFileException(
          "the file is empty (0 bytes)", "check that it was saved or downloaded completely");
    }
    if (size > limits.maxBytes()) {
      throw new RejectedFileException(
          String.format(
              Locale.ROOT,
              "the file is %s (%,d bytes), over the limit of %s (%,d bytes)",
              megabytes(size),
              size,
              megabytes(limits.maxBytes()),
              limits.maxBytes()),
          "raise the limit with --max-size if the file is genuine");
    }
    return size;
  }

  private MediaType detect(InputStream in, Metadata metadata)
      throws RejectedFileException, IOException {
    try {
      return detector.detect(in, metadata);
    } catch (RuntimeException e) {
      throw new RejectedFileException(
          "its format could not be identified: " + shortCause(e),
          "check that it opens in the program that made it, or re-export it");
    }
  }

  private static void rejectWithoutText(String mediaType) throws RejectedFileException {
    if (ARCHIVES.contains(mediaType)) {
      throw new RejectedFileException(
          "is an archive (" + mediaType + ")",
          "archives are not ingested; unpack it and ingest the folder");
    }
    if (mediaType.startsWith("image/")) {
      throw new RejectedFileException(
          "is an image (" + mediaType + ") with no text to extract",
          "run OCR on it and ingest the text, or ingest the report it comes from");
    }
    if (mediaType.startsWith("audio/") || mediaType.startsWith("video/")) {
      throw new RejectedFileException(
          "is audio or video (" + mediaType + ") with no text to extract",
          "ingest a transcript instead");
    }
    if (mediaType.startsWith("font/") || PROGRAMS_AND_DATA.contains(mediaType)) {
      throw new RejectedFileException(
          "is not a document but a program or binary data (" + mediaType + ")",
          "ingest the report itself as PDF, HTML, an office document, e-mail or text");
    }
  }

  private ParsedFile plainText(Path file, long size, Metadata metadata, String mediaType)
      throws RejectedFileException, IOException {
    // UTF-8 needs at most four bytes a character, so more bytes than that are too many characters
    if (size > 4L * limits.maxChars()) {
      throw tooMuchText(null);
    }
    PlainText.Decoded decoded =
        PlainText.decode(Files.readAllBytes(file), metadata, encodingDetector);
    if (decoded == null) {
      throw new RejectedFileException(
          "binary content in a file named " + extension(file),
          "check what the file really is; it may be mislabelled or damaged");
    }
    if (decoded.text().length() > limits.maxChars()) {
      throw tooMuchText(null);
    }
    return result(
        mediaType, decoded.charset(), null, decoded.text(), StructureHints.NONE, metadata);
  }

  private ParsedFile html(TikaInputStream in, Metadata metadata, String mediaType)
      throws RejectedFileException, IOException {
    HtmlMainTextHandler handler = new HtmlMainTextHandler(limits.maxChars(), metadata);
    run(in, handler, metadata, mediaType, handler::limitReached);
    return result(
        mediaType,
        metadata.get(Metadata.CONTENT_ENCODING),
        handler.title(),
        handler.text(),
        handler.hints(),
        metadata);
  }

  private ParsedFile document(Path file, TikaInputStream in, Metadata metadata, String mediaType)
      throws RejectedFileException, IOException {
    String bombPart = ZipContainers.suspiciousEntry(file);
    if (bombPart != null) {
      throw zipBomb("its part " + bombPart + " expands far beyond its compressed size", null);
    }
    TikaTextHandler handler = new TikaTextHandler(limits.maxChars());
    run(in, handler, metadata, mediaType, handler::limitReached);
    String title = metadata.get(TikaCoreProperties.TITLE);
    if (title == null || title.isBlank()) {
      title = metadata.get("subject");
    }
    String cleanTitle = title == null || title.isBlank() ? null : title.strip();
    return result(mediaType, null, cleanTitle, handler.text(), StructureHints.NONE, metadata);
  }

  /** Runs Tika, turning every failure caused by the file's content into a rejection. */
  private void run(
      TikaInputStream in,
      ContentHandler handler,
      Metadata metadata,
      String mediaType,
      BooleanSupplier limitReached)
      throws RejectedFileException {
    try {
      parser.parse(in, handler, metadata, context());
    } catch (SAXException | TikaException | IOException | RuntimeException e) {
      throw rejection(e, mediaType);
    }
    if (limitReached.getAsBoolean()) {
      throw tooMuchText(null);
    }
  }

  private ParseContext context() {
    ParseContext context = new ParseContext();
    // parts of a container, such as an e-mail's body, are parsed by the same parser
    context.set(Parser.class, parser);
    // every element and its class and id reach the HTML handler, which decides what is furniture
    context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
    // a scan must be OCR'd before ingest, knowingly: never silently, whatever is installed here
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setSkipOcr(true);
    context.set(TesseractOCRConfig.class, ocr);
    // the streaming extractors hand text over as they read, so the character limit stops a
    // decompression bomb early; the default ones build the whole document in memory first
    OfficeParserConfig office = new OfficeParserConfig();
    office.setUseSAXDocxExtractor(true);
    office.setUseSAXPptxExtractor(true);
    context.set(OfficeParserConfig.class, office);
    return context;
  }

  private ParsedFile result(
      String mediaType,
      String charset,
      String title,
      String text,
      StructureHints hints,
      Metadata metadata)
      throws RejectedFileException {
    if (text.isBlank()) {
      throw new RejectedFileException(
          "no text found",
          mediaType.equals("application/pdf")
              ? "a scanned PDF needs OCR before ingest"
              : "check that the file has text in it; a scan needs OCR before ingest");
    }
    Optional<PublicationDate> published = dates.find(metadata, mediaType, text);
    return new ParsedFile(mediaType, charset, title, text, hints, language(text), published);
  }

  private String language(String text) {
    String sample =
        text.length() > LANGUAGE_SAMPLE_CHARS ? text.substring(0, LANGUAGE_SAMPLE_CHARS) : text;
    if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS_FOR_LANGUAGE) {
      return "und";
    }
    LanguageResult result;
    synchronized (languageDetector) {
      languageDetector.reset();
      languageDetector.addText(sample);
      result = languageDetector.detect();
    }
    if (result.isUnknown() || !result.isReasonablyCertain()) {
      return "und";
    }
    String code = result.getLanguage();
    int region = code.indexOf('-');
    String language = region < 0 ? code : code.substring(0, region);
    return language.matches("[a-z]{2}") ? language : "und";
  }

  private RejectedFileException rejection(Exception e, String mediaType) {
    if (WriteLimitReachedException.isWriteLimitReached(e)) {
      return tooMuchText(e);
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getSimpleName();
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (t instanceof EncryptedDocumentException
          || name.equals("EncryptedDocumentException")
          || name.equals("InvalidPasswordException")) {
        return new RejectedFileException(
            "is encrypted (a password-protected " + formatName(mediaType) + ")",
            "open it with the password, save an unprotected copy and ingest that",
            e);
      }
      if (name.contains("ZipBomb")
          || name.equals("SecureSAXException")
          || message.contains("zip bomb")) {
        return zipBomb("its compressed content expands far beyond its size", e);
      }
      if (t instanceof AccessDeniedException) {
        RejectedFileException unreadable = unreadable();
        return new RejectedFileException(unreadable.reason(), unreadable.advice(), e);
      }
    }
    return new RejectedFileException(
        "could not be read as " + formatName(mediaType) + ": " + shortCause(e),
        "check that it opens in a viewer, or re-export it",
        e);
  }

  private static RejectedFileException zipBomb(String what, Exception cause) {
    return new RejectedFileException(
        "looks like a zip bomb: " + what,
        "it was not unpacked; check where it came from, and re-export the document if it is"
            + " genuine",
        cause);
  }

  private RejectedFileException tooMuchText(Exception cause) {
    return new RejectedFileException(
        String.format(Locale.ROOT, "more than %,d characters of text", limits.maxChars()),
        "split the document into smaller files",
        cause);
  }

  private static RejectedFileException unreadable() {
    return new RejectedFileException(
        "cannot be read: permission denied", "give the user running Corroborate read access to it");
  }

  private static String formatName(String mediaType) {
    return FORMAT_NAMES.getOrDefault(mediaType, mediaType);
  }

  /** The innermost message of a failure, on one line and short enough for a report. */
  private static String shortCause(Throwable e) {
    Throwable root = e;
    String message = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      root = t;
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
      }
    }
    String cause = message == null ? root.getClass().getSimpleName() : message;
    cause = cause.strip().replaceAll("\\s+", " ");
    return cause.length() <= MAX_CAUSE_CHARS ? cause : cause.substring(0, MAX_CAUSE_CHARS) + "…";
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "\"" + name + "\"" : name.substring(dot).toLowerCase(Locale.ROOT);
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
