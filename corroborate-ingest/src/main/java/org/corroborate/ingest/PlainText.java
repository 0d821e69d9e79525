package org.corroborate.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

/**
 * Decodes a plain-text file verbatim: the characters exactly as encoded, except that a leading
 * byte-order mark is dropped and CRLF and CR become LF. Claims' offsets refer to this text and
 * quotes are checked against the original file, so nothing is reflowed or trimmed.
 */
final class PlainText {

  /** Decoded text and the name of the charset it was decoded from. */
  record Decoded(String text, String charset) {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * More than one character in this many being a C0 control or a replacement character is binary.
   * C1 controls (U+0080 to U+009F) are not counted: real UTF-8 news text carries them where
   * windows-1252 quotes were once mis-decoded, and such text must be kept as it is.
   */
  private static final int CONTROL_CHAR_RATIO = 100;

  private PlainText() {}

  /**
   * Decodes with the charset of a byte-order mark, else UTF-8 when the bytes are valid UTF-8, else
   * the charset Tika detects.
   *
   * @return null when the bytes look binary rather than text
   */
  static Decoded decode(byte[] bytes, Metadata metadata, EncodingDetector detector)
      throws IOException {
    int bom = 0;
    Charset charset;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      bom = 3;
      charset = StandardCharsets.UTF_8;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      bom = 2;
      charset = StandardCharsets.UTF_16LE;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      bom = 2;
      charset = StandardCharsets.UTF_16BE;
    } else if (isUtf8(bytes)) {
      charset = StandardCharsets.UTF_8;
    } else {
      charset = detected(bytes, metadata, detector);
    }
    boolean multiByteUnits =
        charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
    if (!multiByteUnits && contains(bytes, (byte) 0)) {
      return null;
    }
    String text = new String(bytes, bom, bytes.length - bom, charset);
    if (looksBinary(text)) {
      return null;
    }
    return new Decoded(normalizeLineEnds(text), charset.name());
  }

  static String normalizeLineEnds(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static Charset detected(byte[] bytes, Metadata metadata, EncodingDetector detector)
      throws IOException {
    Charset charset;
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      charset = detector.detect(in, metadata);
    }
    if (charset == null
        || charset.equals(StandardCharsets.US_ASCII)
        || charset.equals(StandardCharsets.UTF_8)) {
      // not UTF-8 (checked before), so a single-byte Western encoding is the likeliest
      return WINDOWS_1252;
    }
    if (charset.equals(StandardCharsets.ISO_8859_1) && hasC1Bytes(bytes)) {
      // as browsers do: bytes 0x80-0x9F are printable in windows-1252, controls in ISO-8859-1
      return WINDOWS_1252;
    }
    return charset;
  }

  private static boolean looksBinary(String text) {
    int suspicious = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
        suspicious++;
      }
    }
    return (long) suspicious * CONTROL_CHAR_RATIO > text.length();
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean hasC1Bytes(byte[] bytes) {
    for (byte b : bytes) {
      int v = b & 0xFF;
      if (v >= 0x80 && v <= 0x9F) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(byte[] bytes, byte value) {
    for (byte b : bytes) {
      if (b == value) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
