package org.corroborate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's own parsing of a file, as a user of Tika would write it: the baseline the ingest benchmark
 * measures our overhead against.
 */
public final class TikaBaseline {

  private final AutoDetectParser parser = new AutoDetectParser();

  /** Parses a file and returns the number of characters of text Tika produced. */
  public int parse(Path file) throws IOException {
    BodyContentHandler handler = new BodyContentHandler(-1);
    Metadata metadata = new Metadata();
    try (InputStream in = TikaInputStream.get(file, metadata)) {
      parser.parse(in, handler, metadata, new ParseContext());
    } catch (SAXException | TikaException e) {
      throw new IOException("Tika could not parse " + file + ": " + e.getMessage(), e);
    }
    return handler.toString().length();
  }
}
