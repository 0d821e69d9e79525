package org.corroborate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Looks into the directory of a zip-based document (DOCX, ODT, EPUB...) before any part is
 * inflated. Some of Tika's extractors hold a whole text run in memory, so a part that inflates to
 * gigabytes of one letter would exhaust the heap before the character limit could stop it.
 */
final class ZipContainers {

  /** Real documents' XML compresses ten- to fifty-fold; a bomb, a thousand-fold. */
  private static final long MAX_RATIO = 100;

  /** Small parts may compress as they like. */
  private static final long GRACE_BYTES = 16L * 1024 * 1024;

  private ZipContainers() {}

  /**
   * The name of the first entry that declares an expansion beyond reason, or null when there is
   * none or the file is no readable zip (the parser then says what is wrong with it).
   */
  static String suspiciousEntry(Path file) throws IOException {
    if (!startsLikeZip(file)) {
      return null;
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        long size = entry.getSize();
        long compressed = Math.max(1, entry.getCompressedSize());
        if (size > GRACE_BYTES && size / compressed > MAX_RATIO) {
          return entry.getName();
        }
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static boolean startsLikeZip(Path file) throws IOException {
    byte[] magic = new byte[4];
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(magic, 0, 4) == 4
          && magic[0] == 'P'
          && magic[1] == 'K'
          && magic[2] == 3
          && magic[3] == 4;
    }
  }
}
