package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corroborate.model.DateOrigin;
import org.corroborate.model.PublicationDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileParserTest {

  private static final String TEXT = String.join("\n\n", Fixtures.PARAGRAPHS);

  private static FileParser parser;

  @TempDir Path dir;

  @BeforeAll
  static void loadParser() {
    parser = new FileParser(ExtractionLimits.DEFAULTS);
  }

  // ---- plain text ----

  @Test
  void plain_utf8_text_is_kept_verbatim_with_its_charset_and_language() throws Exception {
    String text =
        "  Kestrel Valley, Tuesday.\n\n\tIndented   line  kept as it is.  \n" + TEXT + "\n";
    Path file = Files.writeString(dir.resolve("report.txt"), text, StandardCharsets.UTF_8);

    ParsedFile parsed = parser.parse(file);

    assertThat(parsed.mediaType()).isEqualTo("text/plain");
    assertThat(parsed.charset()).isEqualTo("UTF-8");
    assertThat(parsed.text()).isEqualTo(text);
    assertThat(parsed.title()).isNull();
    assertThat(parsed.language()).isEqualTo("en");
  }

  @Test
  void a_utf8_byte_order_mark_is_dropped_and_crlf_becomes_lf() throws Exception {
    byte[] body = TEXT.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    Path file = write("bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body));

    ParsedFile parsed = parser.parse(file);

    assertThat(parsed.charset()).isEqualTo("UTF-8");
    assertThat(parsed.text()).isEqualTo(TEXT);
  }

  @Test
  void utf16_with_a_byte_order_mark_is_decoded_in_either_byte_order() throws Exception {
    String text = "Gare de Lirac, d\u00e9cembre.\r" + TEXT;
    Path little =
        write(
            "le.txt",
            concat(
                new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
    Path big =
        write(
            "be.txt",
            concat(
                new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)));

    assertThat(parser.parse(little).charset()).isEqualTo("UTF-16LE");
    assertThat(parser.parse(little).text()).isEqualTo(text.replace('\r', '\n'));
    assertThat(parser.parse(big).charset()).isEqualTo("UTF-16BE");
    assertThat(parser.parse(big).text()).isEqualTo(text.replace('\r', '\n'));
  }

  @Test
  void windows_1252_text_is_detected_and_decoded_with_its_curly_quotes_and_accents()
      throws Exception {
    String text =
        "The mayor of Sainte-Ad\u00e8le said: \u201cWe counted the caf\u00e9s that stayed open"
            + " \u2013 nine of them.\u201d\n\n"
            + TEXT;
    Path file = write("cp1252.txt", text.getBytes(Charset.forName("windows-1252")));

    ParsedFile parsed = parser.parse(file);

    assertThat(parsed.charset()).isEqualTo("windows-1252");
    assertThat(parsed.text()).isEqualTo(text);
  }

  @Test
  void latin1_text_without_windows_punctuation_keeps_every_character() throws Exception {
    String text = "R\u00e9sum\u00e9 from the \u00eele de Varenne: " + TEXT;
    Path file = write("latin1.txt", text.getBytes(StandardCharsets.ISO_8859_1));

    ParsedFile parsed = parser.parse(file);

    assertThat(parsed.charset()).isIn("ISO-8859-1", "windows-1252");
    assertThat(parsed.text()).isEqualTo(text);
  }

  @Test
  void a_date_in_the_opening_lines_of_plain_text_is_found_with_its_words() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("dated.txt"),
            "Published: Sept. 3, 2015\n\n" + TEXT,
            StandardCharsets.UTF_8);

    assertThat(parser.parse(file).published())
        .contains(
            new PublicationDate(
                LocalDate.of(2015, 9, 3), DateOrigin.TEXT, "Published: Sept. 3, 2015"));
  }

  @Test
  void very_short_text_has_undetermined_language() throws Exception {
    Path file =
        Files.writeString(dir.resolve("short.txt"), "Kestrel, 12 May.", StandardCharsets.UTF_8);

    assertThat(parser.parse(file).language()).isEqualTo("und");
  }

  // ---- documents ----

  @Test
  void a_pdf_yields_its_paragraphs_title_and_creation_date() throws Exception {
    ParsedFile parsed = parser.parse(Fixtures.pdf(dir.resolve("report.pdf")));

    assertThat(parsed.mediaType()).isEqualTo("application/pdf");
    assertThat(parsed.charset()).isNull();
    assertThat(parsed.title()).isEqualTo(Fixtures.TITLE);
    assertThat(parsed.text()).isEqualTo(TEXT);
    assertThat(parsed.language()).isEqualTo("en");
    assertThat(parsed.published())
        .contains(
            new PublicationDate(
                LocalDate.of(2015, 9, 1), DateOrigin.FILE_METADATA, "dcterms:created"));
  }

  @Test
  void a_docx_yields_its_paragraphs_and_title() throws Exception {
    ParsedFile parsed = parser.parse(Fixtures.docx(dir.resolve("report.docx")));

    assertThat(parsed.mediaType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(parsed.title()).isEqualTo(Fixtures.TITLE);
    assertThat(parsed.text()).isEqualTo(TEXT);
    assertThat(parsed.published().map(PublicationDate::date)).contains(LocalDate.of(2015, 9, 1));
  }

  @Test
  void an_odt_yields_its_paragraphs_and_title() throws Exception {
    ParsedFile parsed = parser.parse(Fixtures.odt(dir.resolve("report.odt")));

    assertThat(parsed.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
    assertThat(parsed.title()).isEqualTo(Fixtures.TITLE);
    assertThat(parsed.text()).isEqualTo(TEXT);
  }

  @Test
  void an_rtf_yields_its_paragraphs_and_title() throws Exception {
    ParsedFile parsed = parser.parse(Fixtures.rtf(dir.resolve("report.rtf")));

    assertThat(parsed.mediaType()).isEqualTo("application/rtf");
    assertThat(parsed.title()).isEqualTo(Fixtures.TITLE);
    assertThat(parsed.text()).isEqualTo(TEXT);
  }

  @Test
  void an_email_yields_its_body_with_the_subject_as_title_and_the_date_header() throws Exception {
    ParsedFile parsed = parser.parse(Fixtures.eml(dir.resolve("message.eml")));

    assertThat(parsed.mediaType()).isEqualTo("message/rfc822");
    assertThat(parsed.title()).isEqualTo(Fixtures.TITLE);
    assertThat(parsed.text()).isEqualTo(TEXT);
    assertThat(parsed.published())
        .contains(
            new PublicationDate(
                LocalDate.of(2015, 9, 1), DateOrigin.FILE_METADATA, "dcterms:created"));
  }

  @Test
  void one_parser_reads_many_files_at_once_with_the_same_results() throws Exception {
    List<Path> files =
        List.of(
            Fixtures.pdf(dir.resolve("a.pdf")),
            Fixtures.docx(dir.resolve("b.docx")),
            Files.writeString(dir.resolve("c.txt"), TEXT, StandardCharsets.UTF_8),
            Fixtures.eml(dir.resolve("d.eml")));
    List<Callable<ParsedFile>> tasks = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      Path file = files.get(i % files.size());
      tasks.add(() -> parser.parse(file));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (Future<ParsedFile> result : pool.invokeAll(tasks)) {
        assertThat(result.get().text()).isEqualTo(TEXT);
        assertThat(result.get().language()).isEqualTo("en");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- rejections ----

  @Test
  void an_empty_file_is_rejected_with_what_to_do() throws Exception {
    Path file = write("empty.txt", new byte[0]);

    assertThatThrownBy(() -> parser.parse(file))
        .isInstanceOf(RejectedFileException.class)
        .hasMessage(
            "the file is empty (0 bytes); check that it was saved or downloaded completely");
  }

  @Test
  void a_file_over_the_size_limit_is_rejected_before_it_is_read() throws Exception {
    Path file = dir.resolve("huge.txt");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(200L * 1024 * 1024);
    }

    assertThatThrownBy(() -> parser.parse(file))
        .isInstanceOfSatisfying(
            RejectedFileException.class,
            e -> {
              assertThat(e.reason()).contains("200.0 MB", "209,715,200 bytes", "100.0 MB");
              assertThat(e.advice()).contains("--max-size");
            });
  }

  @Test
  void an_archive_is_rejected_with_advice_to_unpack_it() throws Exception {
    Path file = Fixtures.zip(dir.resolve("bundle.zip"));

    assertThatThrownBy(() -> parser.parse(file))
        .isInstanceOfSatisfying(
            RejectedFileException.class,
            e -> {
              assertThat(e.reason()).contains("archive", "application/zip");
              assertThat(e.advice())
                  .isEqualTo("archives are not ingested; unpack it and ingest the folder");
            });
  }

  @Test
  void an_image_is_rejected_as_having_no_text() throws Exception {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };
    Path file = write("photo.png", png);

    assertThatThrownBy(() -> parser.parse(file))
        .isInstanceOfSatisfying(
            RejectedFileException.class, e -> assertThat(e.reason()).contains("image"));
  }

  @Test
  void random_binary_named_txt_is_rejected_as_binary_content() throws Exception {
    byte[] bytes = new byte[4096];
    new Random(42).nextBytes(bytes);
    Path file = write("notes.txt", bytes);

    assertThatThrownBy(() -> parser.parse(file))
        .isInstanceOfSatisfying(
            RejectedFileException.class,
            e -> assertThat(e.reason()).isEqualTo("binary content in a file named .txt"));
  }

  @Test
  void utf8_text_with_mis_decoded_windows_quotes_is_kept_as_it_is() throws Exception {
    String text =
        "The sheriff\u0092s office in Dunmere said two men were hurt.\n\n"
            + "Neither was named. The council\u0092s statement followed on Monday.\n";
    Path file = write("report.txt", text.getBytes(StandardCharsets.UTF_8));

    ParsedFile parsed = parser.parse(file);

    assertThat(parsed.text()).isEqualTo(text);
    assertThat(parsed.charset()).isEqualTo("UTF-8");
  }

  @Test
  void an_encrypted_pdf_is_rejected_as_encrypted() throws Exception {
    Path file = Fixtures.encryptedPdf(dir.resolve("locked.pdf"));

    assertThatThrownBy(() -> parser.parse(file))
        .isInstanceOfSatisfying(
            RejectedFileException.class,
            e -> assertThat(e.reason()).isEqualTo("is encrypted (a password-protected PDF)"));
  }

  @Test
  void a_truncated_pdf_is_rejected_as_unreadable_with_its_cause() throws Exception {
    byte[] whole = Files.readAllBytes(Fixtures.pdf(dir.resolve("whole.pdf")));
    byte[] garbled = new byte[600];
    System.arraycopy(whole, 0, garbled, 0, 20);
    new Random(7)
        .ints(580, 0, 256)
        .forEach(
            new java.util.function.IntConsumer() {
              int i = 20;

              @Override
              public void accept(int value) {
                garbled[i++] = (byte) value;
              }
            });
    Path file = write("broken.pdf", garbled);

    assertThatThrownBy(() -> parser.parse(file))
        .isInstanceOfSatisfying(
            RejectedFileException.class,
            e -> {
              assertThat(e.reason()).startsWith("could not be read as PDF: ");
              assertThat(e.advice()).isEqualTo("check that it opens in a viewer, or re-export it");
            });
  }

  @Test
  void a_pdf_without_text_is_rejected_as_needing_ocr() throws Exception {
    Path file = Fixtures.pdfWithoutText(dir.resolve("scan.pdf"));

    assertThatThrownBy(() -> parser.parse(file))
        .isInstanceOfSatisfying(
            RejectedFileException.class,
            e -> {
              assertThat(e.reason()).isEqualTo("no text found");
              assertThat(e.advice()).isEqualTo("a scanned PDF needs OCR before ingest");
            });
  }

  @Test
  void a_zip_bomb_dressed_as_docx_is_rejected_within_seconds() throws Exception {
    Path file = Fixtures.zipBombDocx(dir.resolve("bomb.docx"), 400);
    assertThat(Files.size(file)).isLessThan(2L * 1024 * 1024);

    long start = System.nanoTime();
    assertThatThrownBy(() -> parser.parse(file))
        .isInstanceOfSatisfying(
            RejectedFileException.class,
            e -> assertThat(e.reason()).containsAnyOf("zip bomb", "characters of text"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void text_beyond_the_character_limit_is_rejected_naming_the_limit() throws Exception {
    FileParser small = new FileParser(new ExtractionLimits(1024 * 1024, 100));
    Path docx = Fixtures.docx(dir.resolve("long.docx"));
    Path txt = Files.writeString(dir.resolve("long.txt"), TEXT, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> small.parse(docx))
        .hasMessageStartingWith("more than 100 characters of text");
    assertThatThrownBy(() -> small.parse(txt))
        .hasMessageStartingWith("more than 100 characters of text");
  }

  @Test
  void a_dangling_symlink_is_rejected() throws Exception {
    Path link = dir.resolve("link.txt");
    Files.createSymbolicLink(link, dir.resolve("missing.txt"));

    assertThatThrownBy(() -> parser.parse(link))
        .hasMessageStartingWith("is a symbolic link to a missing file");
  }

  @Test
  void a_directory_and_a_pipe_are_rejected_without_being_opened() throws Exception {
    Path fifo = dir.resolve("pipe.txt");
    assertThatThrownBy(() -> parser.parse(dir)).hasMessageStartingWith("is a directory");

    boolean made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
    assumeTrue(made, "mkfifo is not available");
    assertThatThrownBy(() -> parser.parse(fifo)).hasMessageStartingWith("is not a regular file");
  }

  @Test
  void an_unreadable_file_is_rejected_with_what_to_do() throws Exception {
    Path file = Files.writeString(dir.resolve("locked.txt"), TEXT, StandardCharsets.UTF_8);
    boolean locked = file.toFile().setReadable(false, false);
    assumeTrue(locked && !Files.isReadable(file), "this user reads every file (root)");

    assertThatThrownBy(() -> parser.parse(file))
        .hasMessageStartingWith("cannot be read: permission denied");
  }

  @Test
  void a_missing_file_is_rejected() {
    assertThatThrownBy(() -> parser.parse(dir.resolve("nowhere.txt")))
        .isInstanceOf(RejectedFileException.class)
        .hasMessage("does not exist; check the path");
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
