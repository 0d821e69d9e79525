package org.corroborate.nlp.claims;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.Claim;
import org.corroborate.model.Document;
import org.corroborate.model.Extraction;
import org.corroborate.model.Segment;
import org.corroborate.model.SegmentKind;
import org.corroborate.model.SourceKind;
import org.corroborate.model.Span;
import org.corroborate.nlp.SharedPipeline;
import org.corroborate.nlp.quantity.QuantityReader;
import org.corroborate.nlp.quantity.VagueConventions;

/**
 * Shares one claim extractor, on the test JVM's one CoreNLP pipeline (see {@link SharedPipeline}),
 * among all the claim tests, and builds documents from plain text.
 */
abstract class ExtractorTestBase {

  private static ClaimExtractor extractor;

  static synchronized ClaimExtractor extractor() {
    if (extractor == null) {
      extractor =
          new ClaimExtractor(
              SharedPipeline.get(),
              new SingleVictims(new QuantityReader(VagueConventions.defaults())::read));
    }
    return extractor;
  }

  /** A document of one body segment holding the whole text. */
  static Document document(String name, String text) {
    return document(
        name, text, List.of(new Segment(new Span(0, text.length()), SegmentKind.BODY, 0)));
  }

  static Document document(String name, String text, List<Segment> segments) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Extraction extraction =
        new Extraction("text/plain", "UTF-8", null, text, segments, "en", Optional.empty());
    return new Document(
        sha256(bytes),
        List.of(name),
        bytes.length,
        extraction,
        SourceKind.UNKNOWN,
        null,
        null,
        Instant.EPOCH);
  }

  static List<Claim> claims(String text) {
    return extractor().extract(document("test.txt", text));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
