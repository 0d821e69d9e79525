package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch full of bad files: each gets one line on stderr naming it, a failure record and a custody
 * entry, and the good files of the batch are ingested all the same.
 */
class BadInputIT {

  @TempDir static Path caseDir;
  @TempDir static Path batch;

  static CliProcess.Run first;

  static final String ODD_NAME = "odd\nname – ü ' \"quoted\".txt";

  @BeforeAll
  static void ingest_a_batch_of_bad_files() throws Exception {
    Files.writeString(
        batch.resolve("good.txt"),
        "Residents of the fictional village of Tarrow Bend said on Monday that the bridge"
            + " had been shelled overnight.\n\nNo one was hurt, the village council said.\n",
        StandardCharsets.UTF_8);
    Files.writeString(batch.resolve(ODD_NAME), "A second good report, with an odd name.\n");
    Files.createFile(batch.resolve("empty.txt"));
    Files.write(
        batch.resolve("corrupt.pdf"),
        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nstre\u0000\u0001garbage"
            .getBytes(StandardCharsets.ISO_8859_1));
    byte[] noise = new byte[64 * 1024];
    new Random(7).nextBytes(noise);
    Files.write(batch.resolve("blob.txt"), noise);
    try (RandomAccessFile huge = new RandomAccessFile(batch.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(200L * 1024 * 1024);
    }
    zipBomb(batch.resolve("bomb.docx"));
    Files.createSymbolicLink(batch.resolve("dangling.txt"), batch.resolve("no-such-file.txt"));

    assertThat(CliProcess.run(caseDir, "init").exit()).isZero();
    first = CliProcess.run(caseDir, "ingest", batch.toString());
  }

  /** A .docx whose document part inflates from a few hundred kilobytes to 400 MB of zeros. */
  private static void zipBomb(Path file) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                  + "content-types\"><Override PartName=\"/word/document.xml\" ContentType=\""
                  + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
                  + "\"/></Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      OutputStream out = zip;
      out.write("<?xml version=\"1.0\"?><w:document><w:body><w:p><w:r><w:t>".getBytes());
      byte[] zeros = new byte[1 << 20];
      java.util.Arrays.fill(zeros, (byte) 'A');
      for (int i = 0; i < 400; i++) {
        out.write(zeros);
      }
      zip.closeEntry();
    }
  }

  @Test
  void the_batch_exits_1_and_the_good_files_are_ingested() {
    assertThat(first.exit()).isEqualTo(1);
    assertThat(first.out()).contains("ingested 2 new documents").contains("6 files failed");
  }

  @Test
  void each_bad_file_gets_one_line_naming_it_and_what_to_do() {
    String[] lines = first.err().split("\n");
    assertThat(lines).hasSize(6);
    assertThat(first.err())
        .contains("empty.txt: ")
        .contains("corrupt.pdf: ")
        .contains("blob.txt: ")
        .contains("huge.txt: ")
        .contains("bomb.docx: ")
        .contains("dangling.txt: ")
        .contains("--max-size");
    for (String line : lines) {
      assertThat(line).as("a reason and, after ';', what to do").contains("; ");
    }
  }

  @Test
  void a_file_with_odd_characters_in_its_name_is_ingested_under_that_name() throws Exception {
    CliProcess.Run docs = CliProcess.run(caseDir, "documents", "--format", "json");
    assertThat(docs.out()).contains("odd\\nname – ü ' \\\"quoted\\\".txt");
    CliProcess.Run table = CliProcess.run(caseDir, "documents");
    assertThat(table.out()).contains("odd\\nname");
  }

  @Test
  void failures_are_recorded_in_the_case_and_the_custody_log() throws Exception {
    CliProcess.Run docs = CliProcess.run(caseDir, "documents");
    assertThat(docs.out()).contains("6 failed:").contains("bomb.docx: ");
    String log = Files.readString(caseDir.resolve(".corroborate/custody.log"));
    assertThat(log.split("\"action\":\"ingest-failed\"", -1)).hasSize(7);
  }

  @Test
  void ingesting_the_batch_again_records_nothing_new() throws Exception {
    byte[] log = Files.readAllBytes(caseDir.resolve(".corroborate/custody.log"));
    CliProcess.Run again = CliProcess.run(caseDir, "ingest", batch.toString());
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).contains("recorded before");
    assertThat(Files.readAllBytes(caseDir.resolve(".corroborate/custody.log"))).isEqualTo(log);
    assertThat(CliProcess.run(caseDir, "verify").exit()).isZero();
  }
}
