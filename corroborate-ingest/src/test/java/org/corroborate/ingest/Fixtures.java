package org.corroborate.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes test documents from our own text about fictional places: a PDF with PDFBox, a DOCX with
 * POI, an ODT zipped by hand, RTF and e-mail as text, and hostile files (a zip bomb dressed as
 * DOCX).
 */
final class Fixtures {

  /** Three paragraphs about a fictional town, in English. */
  static final List<String> PARAGRAPHS =
      List.of(
          "Residents of Kestrel Valley reported that the northern bridge was closed by armed men on"
              + " the morning of the market day, and that traders could not reach the town square.",
          "A local council member said that at least twelve families had left their homes near the"
              + " river crossing and were sheltering in the school building on Miller Street.",
          "The regional health office confirmed that two clinics remained open, although supplies"
              + " of clean water were running low and the road to the hospital stayed blocked.");

  static final String TITLE = "Bridge closure in Kestrel Valley";

  private Fixtures() {}

  static Path pdf(Path file) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      writePdf(doc);
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(TITLE);
      info.setCreationDate(utc(2015, Calendar.SEPTEMBER, 1));
      doc.save(file.toFile());
    }
    return file;
  }

  static Path encryptedPdf(Path file) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      writePdf(doc);
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(file.toFile());
    }
    return file;
  }

  /** A PDF with a page but no text, as a scan without OCR is. */
  static Path pdfWithoutText(Path file) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.save(file.toFile());
    }
    return file;
  }

  private static void writePdf(PDDocument doc) throws IOException {
    PDPage page = new PDPage();
    doc.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
      content.beginText();
      content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
      content.setLeading(14);
      content.newLineAtOffset(60, 720);
      for (String paragraph : PARAGRAPHS) {
        for (String line : wrap(paragraph, 80)) {
          content.showText(line);
          content.newLine();
        }
        content.newLine();
        content.newLine();
      }
      content.endText();
    }
  }

  static Path docx(Path file) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      doc.getProperties().getCoreProperties().setTitle(TITLE);
      doc.getProperties()
          .getCoreProperties()
          .setCreated(Optional.of(Date.from(Instant.parse("2015-09-01T08:30:00Z"))));
      for (String paragraph : PARAGRAPHS) {
        doc.createParagraph().createRun().setText(paragraph);
      }
      doc.write(out);
    }
    return file;
  }

  static Path odt(Path file) throws IOException {
    StringBuilder body = new StringBuilder();
    for (String paragraph : PARAGRAPHS) {
      body.append("<text:p>").append(paragraph).append("</text:p>");
    }
    String content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<office:document-content"
            + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
            + "<office:body><office:text>"
            + body
            + "</office:text></office:body></office:document-content>";
    String meta =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<office:document-meta"
            + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.2\">"
            + "<office:meta><dc:title>"
            + TITLE
            + "</dc:title><meta:creation-date>2015-09-01T08:30:00</meta:creation-date>"
            + "</office:meta></office:document-meta>";
    String manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<manifest:manifest"
            + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
            + " manifest:version=\"1.2\">"
            + "<manifest:file-entry manifest:full-path=\"/\""
            + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
            + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
            + "</manifest:manifest>";
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      byte[] mimetype =
          "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(mimetype);
      zip.closeEntry();
      entry(zip, "content.xml", content);
      entry(zip, "meta.xml", meta);
      entry(zip, "META-INF/manifest.xml", manifest);
    }
    return file;
  }

  static Path rtf(Path file) throws IOException {
    String rtf =
        "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}"
            + "{\\info{\\title "
            + TITLE
            + "}}\n\\f0\\fs24 "
            + String.join("\\par\n\\par\n", PARAGRAPHS)
            + "\\par\n}";
    return Files.writeString(file, rtf, StandardCharsets.US_ASCII);
  }

  static Path eml(Path file) throws IOException {
    String eml =
        "From: Field Office <office@example.org>\r\n"
            + "To: Desk <desk@example.org>\r\n"
            + "Subject: "
            + TITLE
            + "\r\n"
            + "Date: Tue, 1 Sep 2015 10:00:00 +0000\r\n"
            + "Message-ID: <kestrel-1@example.org>\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=UTF-8\r\n"
            + "Content-Transfer-Encoding: 8bit\r\n"
            + "\r\n"
            + String.join("\r\n\r\n", PARAGRAPHS)
            + "\r\n";
    return Files.writeString(file, eml, StandardCharsets.UTF_8);
  }

  /**
   * A zip dressed as a DOCX whose document.xml inflates to {@code megabytes} of one repeated
   * letter; streamed, so it is never held in memory.
   */
  static Path zipBombDocx(Path file, int megabytes) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      entry(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
              + "</Types>");
      entry(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
              + "2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
              + "</Relationships>");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas."
                  + "openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
              .getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[1024 * 1024];
      Arrays.fill(chunk, (byte) 'a');
      for (int i = 0; i < megabytes; i++) {
        zip.write(chunk);
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  static Path zip(Path file) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      entry(zip, "report.txt", String.join("\n\n", PARAGRAPHS));
    }
    return file;
  }

  static List<String> wrap(String paragraph, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static Calendar utc(int year, int month, int day) {
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.clear();
    calendar.set(year, month, day, 9, 0, 0);
    return calendar;
  }
}
